package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A Monte Carlo over approvals and deliveries. In each trial every draw (a policy rule applied to a route, or a
 * buyer's own estimate for one option) is drawn once and shared by every option that needs it: options on one
 * route succeed or fail together, options on different routes independently. An option delivers when all its
 * draws succeed. Pure and deterministic: the same plan, trials and seed give the same simulation.
 */
public final class MonteCarlo {

    private final PolicyTimeline policy;

    public MonteCarlo(PolicyTimeline policy) {
        this.policy = policy;
    }

    public Simulation run(SimulatedPlan plan, Trials trials) {
        if (trials.budget() != null && !trials.budget().currency().equals(plan.currency())) {
            throw new IllegalArgumentException("the budget must be in the plan's currency, " + plan.currency());
        }
        ApprovalDraws draws = ApprovalDraws.of(policy, plan);
        ApprovalDraws.Tally tally = draws.run(trials);
        double count = trials.count();
        String currency = plan.currency();

        double meanPflops = 0;
        double expectedCost = draws.boughtPaidUpFront();
        for (int g = 0; g < draws.groups(); g++) {
            double share = tally.deliveries[g] / count;
            meanPflops += draws.boughtPflops(g) * share;
            expectedCost += draws.boughtPaidOnDelivery(g) * share;
        }
        double target = trials.targetComputePflops();
        List<SimulatedOption> listed = plan.options();
        var options = new ArrayList<OptionSimulation>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            SimulatedOption option = listed.get(i);
            double probability = tally.deliveries[draws.groupOfOption(i)] / count;
            double pflops = option.computePflops() * probability;
            double cost = option.paidUpFront() ? option.totalCost().amount() : option.totalCost().amount() * probability;
            double share = option.bought() && meanPflops > 0 ? pflops / meanPflops : 0;
            double alone = option.computePflops() >= ApprovalDraws.reachable(target) ? probability : 0;
            options.add(new OptionSimulation(option.id(), round(probability, 4), round(pflops, 3), round(share, 4),
                    money(cost, currency), round(alone, 4)));
        }
        double reached = tally.reachedTarget / count;
        Histogram delivered = tally.delivered;
        var byMonth = new ArrayList<MonthlyPflops>(tally.byMonth.length);
        for (int m = 0; m < tally.byMonth.length; m++) {
            Histogram month = tally.byMonth[m];
            byMonth.add(new MonthlyPflops(m + 1, round(month.mean(), 3), round(month.quantile(0.1), 3), round(month.quantile(0.5), 3),
                    round(month.quantile(0.9), 3)));
        }
        return new Simulation(trials.count(), trials.seed(), target,
                new DeliveredPflops(round(meanPflops, 3), round(delivered.quantile(0.1), 3), round(delivered.quantile(0.5), 3),
                        round(delivered.quantile(0.9), 3)), List.copyOf(byMonth),
                round(reached, 4), round(Math.sqrt(reached * (1 - reached) / count), 4),
                money(expectedCost, currency), money(tally.costs.quantile(0.9), currency),
                trials.budget() == null ? null : money(trials.budget().amount(), currency),
                trials.budget() == null ? null : round(tally.withinBudget / count, 4),
                List.copyOf(options));
    }

    private static Money money(double amount, String currency) {
        return new Money(round(amount, 2), currency);
    }

    /** Half up, as every figure of an answer is rounded. */
    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double scaled = value * scale;
        return Math.abs(scaled) < 1e15 ? Math.round(scaled) / scale : value;
    }
}
