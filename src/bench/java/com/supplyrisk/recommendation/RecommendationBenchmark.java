package com.supplyrisk.recommendation;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.plan.Buyer;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.catalog.Segment;
import com.supplyrisk.scoring.RecommendationCandidates;
import com.supplyrisk.scoring.SyntheticPlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole recommendation without HTTP or JSON (the recommended mix and the seven points of the frontier) for the seed
 * buyer with 50 options, the target of issue 20 being under 2 s. {@code routes}: the options share 10 routes (H200,
 * H20, H100 officially or rented, Ascend 910B and 910C domestically), each purchase with its own volume draw;
 * {@code estimates}: each option carries the buyer's own licensing probability, 50 independent draws. Both have more
 * than 12 uncertain draws, so the simulation's 1,000 trials are weighed. The solver's gap is printed at the end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RecommendationBenchmark {

    private static final List<String> CHIPS = List.of("nvidia-h200", "nvidia-h20", "nvidia-h100", "huawei-ascend-910b",
            "huawei-ascend-910c");

    @Param({"routes", "estimates"})
    String approvals;

    private Recommender recommender;
    private Candidates candidates;
    private final Goal goal = new Goal(400, 0.9, null, 8, 0.7, false);
    private Recommendation last;

    @Setup
    public void build() {
        var plans = new SyntheticPlans();
        var options = new ArrayList<PlanOption>();
        for (int i = 0; i < 50; i++) {
            String chip = CHIPS.get(i % CHIPS.size());
            Channel channel = chip.startsWith("huawei") ? Channel.DOMESTIC : i / CHIPS.size() % 2 == 0 ? Channel.OFFICIAL : Channel.CLOUD_RENTAL;
            Double estimate = approvals.equals("estimates") ? 0.5 + (i * 37 % 45) / 100.0 : null;
            // Bought at USD 15,000 to 35,000 a card, rented at USD 2 to 4 an hour for the year.
            boolean rented = channel == Channel.CLOUD_RENTAL;
            Money price = rented ? new Money(2 + (i * 7919L) % 200 / 100.0, "USD") : new Money(15_000 + (i * 7919L) % 20_000, "USD");
            options.add(new PlanOption("line-%02d".formatted(i), plans.catalog().find(chip).orElseThrow(), channel, "supplier " + i % 7,
                    16 + 8 * (i % 9), price, estimate, null, rented ? new PlanOption.Rental(RentalRate.Period.HOUR, 12) : null));
        }
        ProcurementPlan plan = new ProcurementPlan("bench", new Buyer("CN", "CN", Segment.COMMERCIAL), LocalDate.of(2026, 1, 26), 12,
                "USD", com.supplyrisk.plan.Mode.PORTFOLIO, List.of(new FleetHolding("NVIDIA", null, 120.0)), null, Map.of(), options);
        candidates = RecommendationCandidates.of(plan, plans.model().assess(plan));
        recommender = new Recommender(plans.policy());
    }

    @Benchmark
    public Recommendation recommend() {
        last = recommender.recommend(candidates, goal, 1000, 20260126L);
        return last;
    }

    @TearDown
    public void report() {
        Mix mix = last.recommendation();
        System.out.printf("%n%s: %s outcomes, feasible %s, %d options ordered, probability %.4f, expected cost %.2f, optimality gap %.4f;"
                        + " frontier %s%n", approvals, last.exact() ? "exact" : last.samples() + " sampled", last.feasible(),
                mix.quantities().size(), mix.probabilityOfTarget(), mix.expectedCost().amount(), mix.optimalityGap(),
                last.frontier().stream().map(p -> p.confidence() + (p.feasible() ? "" : " unreached") + " p " + p.probabilityOfTarget()).toList());
    }
}
