package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Money;
import java.util.List;

/**
 * The outcome of a Monte Carlo over approvals and deliveries: what the plan delivers and costs, how likely it
 * reaches the target and stays within the budget, and each option's part; and the compute running in each month of the
 * horizon.
 *
 * @param standardError           the Monte Carlo standard error of {@code probabilityOfTarget}
 * @param budget                  the budget in the plan's currency, or null when none was given
 * @param probabilityWithinBudget the share of trials costing at most the budget, or null without one
 */
public record Simulation(
        int trials,
        long seed,
        double targetComputePflops,
        DeliveredPflops deliveredPflops,
        List<MonthlyPflops> deliveredPflopsByMonth,
        double probabilityOfTarget,
        double standardError,
        Money expectedCost,
        Money p90Cost,
        Money budget,
        Double probabilityWithinBudget,
        List<OptionSimulation> options) {
}
