package com.supplyrisk.scoring;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.plan.ProcurementPlan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The scoring core without HTTP or JSON: {@link SupplyRiskModel#assess} on plans of 10, 1,000 and 10,000
 * options. Each benchmark counts one operation per option, so JMH reports nanoseconds per option and a
 * per-request cost that grows faster than the plan shows up as a rising figure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScoringBenchmark {

    @State(Scope.Benchmark)
    public abstract static class Plan {
        SupplyRiskModel model;
        ProcurementPlan plan;

        abstract int size();

        @Setup
        public void build() {
            var plans = new SyntheticPlans();
            model = plans.model();
            plan = plans.plan(size());
        }
    }

    public static class TenOptions extends Plan {
        @Override
        int size() {
            return 10;
        }
    }

    public static class ThousandOptions extends Plan {
        @Override
        int size() {
            return 1_000;
        }
    }

    public static class TenThousandOptions extends Plan {
        @Override
        int size() {
            return 10_000;
        }
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public Assessment options10(TenOptions state) {
        return state.model.assess(state.plan);
    }

    @Benchmark
    @OperationsPerInvocation(1_000)
    public Assessment options1000(ThousandOptions state) {
        return state.model.assess(state.plan);
    }

    @Benchmark
    @OperationsPerInvocation(10_000)
    public Assessment options10000(TenThousandOptions state) {
        return state.model.assess(state.plan);
    }
}
