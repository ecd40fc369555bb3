package com.supplyrisk.simulation;

import com.supplyrisk.catalog.PolicyTimeline;
import java.util.BitSet;
import java.util.List;

/**
 * What can happen to a plan's deliveries, as a list of outcomes with their probabilities: in each, the options that
 * deliver. The same correlated model as the Monte Carlo: options needing the same draws deliver together. Exact
 * (every combination of the uncertain draws) when there are few draws, else the frequencies of the simulation's own
 * seeded trials, whose error is a Monte Carlo error.
 */
public final class DeliveryOutcomes {

    private final int[] groupOfOption;
    private final List<BitSet> deliveringGroups;
    private final double[] probabilities;
    private final boolean exact;
    private final int samples;

    DeliveryOutcomes(int[] groupOfOption, List<BitSet> deliveringGroups, double[] probabilities, boolean exact, int samples) {
        this.groupOfOption = groupOfOption;
        this.deliveringGroups = deliveringGroups;
        this.probabilities = probabilities;
        this.exact = exact;
        this.samples = samples;
    }

    /**
     * @param maxExactDraws the most uncertain draws enumerated exactly (2^draws combinations)
     * @param samples       the trials drawn otherwise, from {@code seed} as the simulation draws them
     */
    public static DeliveryOutcomes of(PolicyTimeline policy, SimulatedPlan plan, int maxExactDraws, int samples, long seed) {
        return ApprovalDraws.of(policy, plan).outcomes(maxExactDraws, samples, seed);
    }

    /** The least compute that counts as reaching a target, as the simulation counts it. */
    public static double reachable(double target) {
        return ApprovalDraws.reachable(target);
    }

    public int outcomes() {
        return probabilities.length;
    }

    public double probability(int outcome) {
        return probabilities[outcome];
    }

    /** Whether the option, by its index in the plan, delivers in the outcome. */
    public boolean delivers(int outcome, int option) {
        return deliveringGroups.get(outcome).get(groupOfOption[option]);
    }

    /** Options in one group need the same draws, so deliver together in every outcome. */
    public int groupOf(int option) {
        return groupOfOption[option];
    }

    /** The groups that deliver in the outcome. */
    public BitSet deliveringGroups(int outcome) {
        return (BitSet) deliveringGroups.get(outcome).clone();
    }

    public boolean exact() {
        return exact;
    }

    /** The trials the outcomes were counted from; 0 when exact. */
    public int samples() {
        return samples;
    }

    /** The chance the option delivers: the summed probability of the outcomes in which it does. */
    public double deliveryProbability(int option) {
        double sum = 0;
        for (int s = 0; s < probabilities.length; s++) {
            if (delivers(s, option)) {
                sum += probabilities[s];
            }
        }
        return sum;
    }
}
