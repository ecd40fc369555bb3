package com.supplyrisk.simulation;

import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.scoring.SimulatedPlans;
import com.supplyrisk.scoring.SyntheticPlans;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The simulation without HTTP or JSON: {@link MonteCarlo#run} of 100,000 trials, compiling the plan's draws
 * included, on the synthetic plans of the scoring benchmark bought as portfolios. The target is under 300 ms
 * for 50 options; milliseconds per simulation.
 */
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SimulationBenchmark {

    @Param({"50", "1000"})
    int options;

    private MonteCarlo monteCarlo;
    private SimulatedPlan plan;
    private final Trials trials = new Trials(100_000, 20260126L, 500, null);

    @Setup
    public void build() {
        var plans = new SyntheticPlans();
        ProcurementPlan synthetic = plans.plan(options);
        ProcurementPlan portfolio = new ProcurementPlan(synthetic.planId(), synthetic.buyer(), synthetic.asOf(),
                synthetic.horizonMonths(), synthetic.currency(), Mode.PORTFOLIO, synthetic.existingFleet(), synthetic.weights(),
                synthetic.fxRates(), synthetic.options());
        plan = SimulatedPlans.of(portfolio, plans.model().assess(portfolio));
        monteCarlo = new MonteCarlo(plans.policy());
    }

    @Benchmark
    public Simulation trials100000() {
        return monteCarlo.run(plan, trials);
    }
}
