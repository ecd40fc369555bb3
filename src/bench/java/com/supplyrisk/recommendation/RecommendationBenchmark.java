package com.supplyrisk.recommendation;

import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.scoring.RecommendationCandidates;
import com.supplyrisk.scoring.SyntheticPlans;
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
 * A whole recommendation without HTTP or JSON (the recommended mix and the seven points of the frontier) on the
 * synthetic plans of the scoring benchmark: 50 options on 50 routes, so more than 12 uncertain approvals and the
 * simulation's 1,000 trials weighed. The target of issue 20 is under 2 s; the solver's gap is printed at the end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RecommendationBenchmark {

    @Param({"50"})
    int options;

    @Param({"200"})
    double targetPflops;

    private Recommender recommender;
    private Candidates candidates;
    private Recommendation last;

    @Setup
    public void build() {
        var plans = new SyntheticPlans();
        ProcurementPlan plan = plans.plan(options);
        candidates = RecommendationCandidates.of(plan, plans.model().assess(plan));
        recommender = new Recommender(plans.policy());
    }

    @Benchmark
    public Recommendation recommend() {
        last = recommender.recommend(candidates, new Goal(targetPflops, 0.9, null, 8, null, false), 1000, 20260126L);
        return last;
    }

    @TearDown
    public void report() {
        Mix mix = last.recommendation();
        System.out.printf("%n%d options, %s outcomes, feasible %s: %s, probability %.4f, expected cost %.2f, optimality gap %.4f;"
                        + " frontier %s%n", options, last.exact() ? "exact" : last.samples() + " sampled", last.feasible(),
                mix.quantities(), mix.probabilityOfTarget(), mix.expectedCost().amount(), mix.optimalityGap(),
                last.frontier().stream().map(p -> p.confidence() + (p.feasible() ? "" : " (unreached)")).toList());
    }
}
