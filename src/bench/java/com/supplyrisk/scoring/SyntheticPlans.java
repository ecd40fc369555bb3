package com.supplyrisk.scoring;

import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.catalog.Segment;
import com.supplyrisk.plan.Buyer;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Weights;
import com.supplyrisk.referencedata.ReferenceData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans the benchmarks score: the seed plan's buyer, date and fleet with {@code n} options that cycle
 * through every catalog accelerator, every channel and seven suppliers, every tenth with the buyer's own
 * licensing probability and every seventh with its own reference price. bench/plans.py writes the same
 * plans as JSON for the HTTP benchmark.
 */
public final class SyntheticPlans {

    private static final List<String> SUPPLIERS = List.of("Authorised distributor", "Shenzhen broker", "Huawei",
            "Cloud provider in Malaysia", "Inspur", "Hong Kong trading house", "Singapore system integrator");
    private static final List<Channel> CHANNELS = List.of(Channel.OFFICIAL, Channel.GREY_MARKET, Channel.DOMESTIC,
            Channel.CLOUD_RENTAL);

    private final ReferenceData data = new ReferenceData(new ShippedData());

    public PolicyTimeline policy() {
        return data.policy();
    }

    public FxRates fxRates() {
        return data.fxRates();
    }

    public AcceleratorCatalog catalog() {
        return data.catalog();
    }

    /** The model as the service builds it from the default configuration. */
    public SupplyRiskModel model() {
        return new SupplyRiskModel(policy(), fxRates(),
                new ScoringParameters(new Weights(0.30, 0.45, 0.25), 1.0, new RatingBands(25, 50, 75), 0.30), data.supply());
    }

    public ProcurementPlan plan(int size) {
        List<Accelerator> accelerators = catalog().all();
        var options = new ArrayList<PlanOption>(size);
        for (int i = 0; i < size; i++) {
            Channel channel = CHANNELS.get(i / accelerators.size() % CHANNELS.size());
            boolean rented = channel == Channel.CLOUD_RENTAL;
            options.add(new PlanOption("line-%05d".formatted(i), accelerators.get(i % accelerators.size()),
                    channel, SUPPLIERS.get(i % SUPPLIERS.size()), 8 + i % 120,
                    rented ? new Money(2 + i % 9, "USD") : new Money(20_000 + (i * 7919L) % 300_000, i % 2 == 1 ? "CNY" : "USD"),
                    i % 10 == 9 ? 0.35 : null,
                    i % 7 == 6 ? new Money(rented ? 4 : 25_000, "USD") : null,
                    rented ? new PlanOption.Rental(RentalRate.Period.HOUR, 12) : null));
        }
        return new ProcurementPlan("bj-cluster-2026q1", new Buyer("CN", "CN", Segment.COMMERCIAL), LocalDate.of(2026, 1, 26), 12,
                "USD", Mode.ALTERNATIVES, List.of(new FleetHolding("NVIDIA", null, 120.0)), null, Map.of(), options);
    }

    /** No replacement files: the shipped data. */
    private record ShippedData() implements SupplyRiskConfig.Data {
        @Override
        public Optional<Path> accelerators() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> policy() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> fx() {
            return Optional.empty();
        }

        @Override
        public Duration reloadInterval() {
            return Duration.ZERO;
        }

        @Override
        public Optional<Path> supply() {
            return Optional.empty();
        }
    }
}
