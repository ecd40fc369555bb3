package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.Factors;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The invariants of scoring-model.md, over generated plans. */
class SupplyRiskModelPropertyTest {

    private static final List<Accelerator> CHIPS = List.of(Fixtures.H200, Fixtures.ASCEND, Fixtures.CAMBRICON);

    @Provide
    Arbitrary<ProcurementPlan> plans() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 1200).map(d -> LocalDate.of(2025, 10, 1).plusDays(d));
        Arbitrary<Mode> modes = Arbitraries.of(Mode.class);
        Arbitrary<List<PlanOption>> options = option().list().ofMinSize(1).ofMaxSize(8)
                .map(list -> {
                    var renamed = new ArrayList<PlanOption>();
                    for (int i = 0; i < list.size(); i++) {
                        PlanOption o = list.get(i);
                        renamed.add(new PlanOption("option-" + i, o.accelerator(), o.channel(), o.supplier(), o.quantity(),
                                o.unitPrice(), o.licensingProbability(), o.referenceUnitPrice(), o.rental()));
                    }
                    return renamed;
                });
        Arbitrary<List<FleetHolding>> fleet = Combinators.combine(Arbitraries.of("NVIDIA", "Huawei", "AMD"),
                Arbitraries.doubles().between(0, 500)).as((vendor, pflops) -> new FleetHolding(vendor, null, pflops))
                .list().ofMaxSize(3);
        Arbitrary<Integer> horizons = Arbitraries.integers().between(1, 60);
        return Combinators.combine(days, modes, options, fleet, horizons)
                .as((day, mode, opts, held, horizon) -> new ProcurementPlan("generated", Fixtures.CHINESE_COMMERCIAL, day, horizon,
                        "USD", mode, held, null, Map.of(), opts));
    }

    private Arbitrary<PlanOption> option() {
        Arbitrary<Double> overrides = Arbitraries.doubles().between(0, 1).injectNull(0.7);
        return Combinators.combine(Arbitraries.of(CHIPS), Arbitraries.of(Channel.class), Arbitraries.of("A", "B", "C"),
                Arbitraries.integers().between(1, 2000), Arbitraries.doubles().between(500, 200_000), overrides)
                .as((chip, channel, supplier, quantity, price, p) -> new PlanOption("x", chip, channel, supplier, quantity,
                        new Money(price, "USD"), p, null,
                        channel == Channel.CLOUD_RENTAL ? new PlanOption.Rental(RentalRate.Period.MONTH, 12) : null));
    }

    @Property
    void everyRiskAndScoreIsInBounds(@ForAll("plans") ProcurementPlan plan) {
        Assessment assessment = MODEL.assess(plan);
        for (OptionAssessment o : assessment.options()) {
            Factors f = o.factors();
            assertThat(List.of(f.concentration().risk(), f.licensing().risk(), f.pricePremium().risk(), f.licensing().probability(),
                    f.concentration().vendorShare(), f.concentration().supplierShare())).allSatisfy(r -> assertThat(r).isBetween(0.0, 1.0));
            assertThat(o.score()).isBetween(0.0, 100.0);
            assertThat(o.rank()).isBetween(1, plan.options().size());
        }
        assertThat(assessment.plan().score()).isBetween(0.0, 100.0);
        assertThat(assessment.plan().vendorHhi()).isBetween(0, 10_000);
        assertThat(assessment.plan().supplierHhi()).isBetween(0, 10_000);
        assertThat(assessment.options()).extracting(OptionAssessment::rank).doesNotHaveDuplicates();
    }

    @Property
    void thePointsAddUpToTheScore(@ForAll("plans") ProcurementPlan plan) {
        for (OptionAssessment o : MODEL.assess(plan).options()) {
            BigDecimal sum = BigDecimal.valueOf(o.factors().concentration().points())
                    .add(BigDecimal.valueOf(o.factors().licensing().points()))
                    .add(BigDecimal.valueOf(o.factors().pricePremium().points()));
            assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(o.score()));
        }
    }

    @Property
    void aHigherPriceNeverLowersAScore(@ForAll("plans") ProcurementPlan plan, @ForAll @DoubleRange(min = 1, max = 5) double factor) {
        double before = MODEL.assess(plan).options().get(0).score();
        double after = MODEL.assess(changeFirst(plan, o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(),
                o.quantity(), o.unitPrice().times(factor), o.licensingProbability(), o.referenceUnitPrice(), o.rental())))
                .options().get(0).score();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void aHigherLicensingProbabilityOverrideNeverRaisesAScore(@ForAll("plans") ProcurementPlan plan,
            @ForAll @DoubleRange(min = 0, max = 1) double low, @ForAll @DoubleRange(min = 0, max = 1) double high) {
        double lower = Math.min(low, high);
        double higher = Math.max(low, high);
        double atLower = MODEL.assess(changeFirst(plan, withProbability(lower))).options().get(0).score();
        double atHigher = MODEL.assess(changeFirst(plan, withProbability(higher))).options().get(0).score();
        assertThat(atHigher).isLessThanOrEqualTo(atLower);
    }

    private static Function<PlanOption, PlanOption> withProbability(double p) {
        return o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), o.unitPrice(), p,
                o.referenceUnitPrice(), o.rental());
    }

    @Property
    void moreComputeFromAnOptionsVendorNeverLowersItsConcentrationRisk(@ForAll("plans") ProcurementPlan plan,
            @ForAll @IntRange(min = 1, max = 5000) int extra) {
        double before = MODEL.assess(plan).options().get(0).factors().concentration().risk();
        double after = MODEL.assess(changeFirst(plan, o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(),
                o.quantity() + extra, o.unitPrice(), o.licensingProbability(), o.referenceUnitPrice(), o.rental())))
                .options().get(0).factors().concentration().risk();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void reorderingOptionsChangesNoOptionsResult(@ForAll("plans") ProcurementPlan plan, @ForAll long seed) {
        var shuffled = new ArrayList<>(plan.options());
        Collections.shuffle(shuffled, new Random(seed));
        var reordered = new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(),
                plan.mode(), plan.existingFleet(), plan.weights(), plan.fxRates(), shuffled);
        Assessment original = MODEL.assess(plan);
        Assessment other = MODEL.assess(reordered);
        for (OptionAssessment o : original.options()) {
            assertThat(other.options()).contains(o);
        }
        assertThat(other.plan()).isEqualTo(original.plan());
    }

    @Property
    void theSamePlanGivesTheSameAssessment(@ForAll("plans") ProcurementPlan plan) {
        assertThat(MODEL.assess(plan)).isEqualTo(MODEL.assess(plan));
    }

    private static ProcurementPlan changeFirst(ProcurementPlan plan, Function<PlanOption, PlanOption> change) {
        var options = new ArrayList<>(plan.options());
        options.set(0, change.apply(options.get(0)));
        return new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(), plan.mode(),
                plan.existingFleet(), plan.weights(), plan.fxRates(), options);
    }
}
