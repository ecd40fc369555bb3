package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Money;

/**
 * How many trials to run, from which seed, and what the plan must achieve.
 *
 * @param budget the most the buyer can spend, in the plan's currency; null when none was given
 */
public record Trials(int count, long seed, double targetComputePflops, Money budget) {

    public Trials {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (!(targetComputePflops > 0) || Double.isInfinite(targetComputePflops)) {
            throw new IllegalArgumentException("targetComputePflops must be a finite number above 0");
        }
        if (budget != null && budget.amount() <= 0) {
            throw new IllegalArgumentException("budget must be above 0");
        }
    }
}
