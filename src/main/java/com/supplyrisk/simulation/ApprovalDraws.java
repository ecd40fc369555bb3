package com.supplyrisk.simulation;

import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A plan compiled for the trial loop. A draw is one policy rule applied to one route (or one buyer's estimate
 * for one option); options needing the same draws form a group, which delivers in a trial when all its draws
 * succeed. Every array is sized by the plan, none by the number of trials, and a trial touches arrays only.
 */
final class ApprovalDraws {

    /** A draw succeeds when 53 random bits fall below its threshold, probability x 2^53: nextDouble() < p, exactly. */
    private static final double TWO_TO_53 = 0x1p53;
    /** Sums of many doubles may land a hair below a target they meet exactly; this much below still counts. */
    private static final double TARGET_TOLERANCE = 1e-9;

    private final double[] probabilities;
    private final long[] thresholds;
    /** Group g needs the draws {@code drawsOfGroups[groupStarts[g]]} up to, not including, {@code groupStarts[g + 1]}. */
    private final int[] groupStarts;
    private final int[] drawsOfGroups;
    /** Per group, the compute and the cost paid on delivery of the options the plan buys in it. */
    private final double[] boughtPflops;
    private final double[] boughtPaidOnDelivery;
    private final double boughtPaidUpFront;
    /** Per option, in plan order, its group. */
    private final int[] groupOfOption;
    /** Per bought option with compute in the horizon: its group, compute, and first and last month in the horizon. */
    private final Timeline timeline;

    private ApprovalDraws(double[] probabilities, long[] thresholds, int[] groupStarts, int[] drawsOfGroups, double[] boughtPflops,
            double[] boughtPaidOnDelivery, double boughtPaidUpFront, int[] groupOfOption, Timeline timeline) {
        this.probabilities = probabilities;
        this.thresholds = thresholds;
        this.groupStarts = groupStarts;
        this.drawsOfGroups = drawsOfGroups;
        this.boughtPflops = boughtPflops;
        this.boughtPaidOnDelivery = boughtPaidOnDelivery;
        this.boughtPaidUpFront = boughtPaidUpFront;
        this.groupOfOption = groupOfOption;
        this.timeline = timeline;
    }

    /** When bought compute runs: arrays over the options that run within the horizon, and the horizon's months. */
    private record Timeline(int months, int[] group, double[] pflops, int[] first, int[] last) {
    }

    /** One draw: what is decided, and the chance it succeeds within the horizon. */
    private record Draw(Object key, double probability) {
    }

    /** Options that need the same draws, and the key that orders groups independently of the plan's order. */
    private record Group(String order, List<Draw> draws, List<Integer> options) {
    }

    private record RuleOnRoute(String rule, Route route) {
    }

    private record OwnEstimate(String option) {
    }

    /** An option whose route's volume limits it: its own draw of the volume, beside the route's approvals. */
    private record OwnVolume(String option) {
    }

    static ApprovalDraws of(PolicyTimeline policy, SimulatedPlan plan) {
        List<SimulatedOption> options = plan.options();
        var groups = new LinkedHashMap<Object, Group>();
        for (int i = 0; i < options.size(); i++) {
            SimulatedOption option = options.get(i);
            Object key = option.licensingProbability() != null ? new OwnEstimate(option.id())
                    : option.volumeProbability() < 1 ? new OwnVolume(option.id()) : option.route();
            int index = i;
            groups.computeIfAbsent(key, k -> new Group(orderOf(option), drawsOf(policy, plan, option), new ArrayList<>()))
                    .options().add(index);
        }
        // Draws are numbered in an order of the routes and ids, not of the listing, so that the same plan listed
        // in another order meets the same random numbers.
        List<Group> ordered = groups.values().stream()
                .sorted(Comparator.comparing(Group::order).thenComparing(g -> options.get(g.options().get(0)).id()))
                .toList();
        var drawIndexes = new HashMap<Object, Integer>();
        var probabilities = new ArrayList<Double>();
        int[] groupStarts = new int[ordered.size() + 1];
        var drawsOfGroups = new ArrayList<Integer>();
        double[] pflops = new double[ordered.size()];
        double[] paidOnDelivery = new double[ordered.size()];
        double paidUpFront = 0;
        int[] groupOfOption = new int[options.size()];
        for (int g = 0; g < ordered.size(); g++) {
            Group group = ordered.get(g);
            groupStarts[g] = drawsOfGroups.size();
            for (Draw draw : group.draws()) {
                drawsOfGroups.add(drawIndexes.computeIfAbsent(draw.key(), k -> {
                    probabilities.add(draw.probability());
                    return probabilities.size() - 1;
                }));
            }
            for (int i : group.options()) {
                SimulatedOption option = options.get(i);
                groupOfOption[i] = g;
                if (!option.bought()) {
                    continue;
                }
                pflops[g] += option.computePflops();
                if (option.paidUpFront()) {
                    paidUpFront += option.totalCost().amount();
                } else {
                    paidOnDelivery[g] += option.totalCost().amount();
                }
            }
        }
        groupStarts[ordered.size()] = drawsOfGroups.size();
        long[] thresholds = probabilities.stream().mapToLong(p -> (long) (p * TWO_TO_53)).toArray();
        return new ApprovalDraws(probabilities.stream().mapToDouble(Double::doubleValue).toArray(), thresholds, groupStarts,
                drawsOfGroups.stream().mapToInt(Integer::intValue).toArray(), pflops, paidOnDelivery, paidUpFront, groupOfOption,
                timeline(plan, groupOfOption));
    }

    private static Timeline timeline(SimulatedPlan plan, int[] groupOfOption) {
        List<SimulatedOption> options = plan.options();
        int months = plan.horizonMonths();
        var running = new ArrayList<Integer>();
        for (int i = 0; i < options.size(); i++) {
            SimulatedOption option = options.get(i);
            if (option.bought() && option.computePflops() > 0 && option.firstMonth() <= months) {
                running.add(i);
            }
        }
        int n = running.size();
        int[] group = new int[n];
        double[] pflops = new double[n];
        int[] first = new int[n];
        int[] last = new int[n];
        for (int k = 0; k < n; k++) {
            SimulatedOption option = options.get(running.get(k));
            group[k] = groupOfOption[running.get(k)];
            pflops[k] = option.computePflops();
            first[k] = option.firstMonth();
            last[k] = Math.min(months, option.lastMonth());
        }
        return new Timeline(months, group, pflops, first, last);
    }

    private static String orderOf(SimulatedOption option) {
        Route route = option.route();
        return option.licensingProbability() != null
                ? "option " + option.id()
                : "route " + route.accelerator().id() + " " + route.channel();
    }

    /** Each rule the route needs is one draw, granted and surviving the horizon: {@code probability x exp(-hazard x months)}. */
    private static List<Draw> drawsOf(PolicyTimeline policy, SimulatedPlan plan, SimulatedOption option) {
        if (option.licensingProbability() != null) {
            return List.of(new Draw(new OwnEstimate(option.id()), option.licensingProbability()));
        }
        var draws = new ArrayList<Draw>();
        for (PolicyRule rule : policy.approvalsFor(option.route(), plan.asOf())) {
            // StrictMath: the same probability, so the same bytes, on every machine.
            double probability = rule.probability() * StrictMath.exp(-rule.monthlyHazard() * plan.horizonMonths());
            draws.add(new Draw(new RuleOnRoute(rule.id(), option.route()), probability));
        }
        if (option.volumeProbability() < 1) {
            draws.add(new Draw(new OwnVolume(option.id()), option.volumeProbability()));
        }
        return draws;
    }

    /** The least compute that counts as reaching a target. */
    static double reachable(double target) {
        return target * (1 - TARGET_TOLERANCE);
    }

    int draws() {
        return thresholds.length;
    }

    int groups() {
        return boughtPflops.length;
    }

    int groupOfOption(int option) {
        return groupOfOption[option];
    }

    double boughtPflopsInAll() {
        double sum = 0;
        for (double pflops : boughtPflops) {
            sum += pflops;
        }
        return sum;
    }

    double boughtCostInAll() {
        double sum = boughtPaidUpFront;
        for (double cost : boughtPaidOnDelivery) {
            sum += cost;
        }
        return sum;
    }

    double boughtPaidUpFront() {
        return boughtPaidUpFront;
    }

    double boughtPflops(int group) {
        return boughtPflops[group];
    }

    double boughtPaidOnDelivery(int group) {
        return boughtPaidOnDelivery[group];
    }

    /** Runs the trials into a tally whose size depends on the plan alone. */
    Tally run(Trials trials) {
        int months = timeline.months();
        var byMonth = new Histogram[months];
        for (int m = 0; m < months; m++) {
            byMonth[m] = new Histogram(0, boughtPflopsInAll());
        }
        var tally = new Tally(groups(), new Histogram(0, boughtPflopsInAll()),
                new Histogram(boughtPaidUpFront, boughtCostInAll()), byMonth);
        // Compute arriving (+) and leaving (-) at the start of each month; summed up, what runs in it.
        double[] change = new double[months + 2];
        int[] delivered = new int[groups()];
        int running = timeline.group().length;
        double target = reachable(trials.targetComputePflops());
        double budget = trials.budget() == null ? Double.POSITIVE_INFINITY : trials.budget().amount();
        var random = new SplittableRandom(trials.seed());
        int[] granted = new int[thresholds.length];
        long[] deliveries = tally.deliveries;
        int groups = groups();
        for (int trial = 0; trial < trials.count(); trial++) {
            for (int d = 0; d < granted.length; d++) {
                // 1 when the 53 random bits are below the threshold: the sign of their difference, without a branch.
                granted[d] = (int) (((random.nextLong() >>> 11) - thresholds[d]) >>> 63);
            }
            double pflops = 0;
            double cost = boughtPaidUpFront;
            for (int g = 0; g < groups; g++) {
                int all = 1;
                for (int k = groupStarts[g]; k < groupStarts[g + 1]; k++) {
                    all &= granted[drawsOfGroups[k]];
                }
                delivered[g] = all;
                deliveries[g] += all;
                pflops += all * boughtPflops[g];
                cost += all * boughtPaidOnDelivery[g];
            }
            Arrays.fill(change, 0);
            for (int k = 0; k < running; k++) {
                double arriving = delivered[timeline.group()[k]] * timeline.pflops()[k];
                change[timeline.first()[k]] += arriving;
                change[timeline.last()[k] + 1] -= arriving;
            }
            double inMonth = 0;
            for (int m = 1; m <= months; m++) {
                inMonth += change[m];
                // Sums and differences of doubles may leave a hair below zero where nothing runs.
                byMonth[m - 1].add(Math.max(0, inMonth));
            }
            tally.delivered.add(pflops);
            tally.costs.add(cost);
            if (pflops >= target) {
                tally.reachedTarget++;
            }
            if (cost <= budget) {
                tally.withinBudget++;
            }
        }
        return tally;
    }

    /**
     * The joint outcomes of the groups: every combination of the uncertain draws with its probability when there
     * are at most {@code maxExactDraws} of them, else the frequencies of {@code samples} trials drawn exactly as
     * {@link #run} draws them from {@code seed}. Outcomes in which the same groups deliver are merged.
     */
    DeliveryOutcomes outcomes(int maxExactDraws, int samples, long seed) {
        var uncertain = new ArrayList<Integer>();
        boolean[] granted = new boolean[thresholds.length];
        for (int d = 0; d < thresholds.length; d++) {
            granted[d] = probabilities[d] >= 1;
            if (probabilities[d] > 0 && probabilities[d] < 1) {
                uncertain.add(d);
            }
        }
        var weights = new LinkedHashMap<BitSet, Double>();
        boolean exact = uncertain.size() <= maxExactDraws;
        if (exact) {
            for (long combination = 0; combination < 1L << uncertain.size(); combination++) {
                double probability = 1;
                for (int u = 0; u < uncertain.size(); u++) {
                    int d = uncertain.get(u);
                    granted[d] = (combination >>> u & 1) == 1;
                    probability *= granted[d] ? probabilities[d] : 1 - probabilities[d];
                }
                weights.merge(delivering(granted), probability, Double::sum);
            }
        } else {
            var random = new SplittableRandom(seed);
            for (int trial = 0; trial < samples; trial++) {
                for (int d = 0; d < granted.length; d++) {
                    granted[d] = (random.nextLong() >>> 11) < thresholds[d];
                }
                weights.merge(delivering(granted), 1.0 / samples, Double::sum);
            }
        }
        return new DeliveryOutcomes(groupOfOption.clone(), List.copyOf(weights.keySet()),
                weights.values().stream().mapToDouble(Double::doubleValue).toArray(), exact, exact ? 0 : samples);
    }

    private BitSet delivering(boolean[] granted) {
        var groups = new BitSet(groups());
        for (int g = 0; g < groups(); g++) {
            boolean delivered = true;
            for (int k = groupStarts[g]; k < groupStarts[g + 1]; k++) {
                delivered &= granted[drawsOfGroups[k]];
            }
            groups.set(g, delivered);
        }
        return groups;
    }

    /** What the trials counted: deliveries per group, the distributions in all and per month, and two frequencies. */
    static final class Tally {
        final long[] deliveries;
        final Histogram delivered;
        final Histogram costs;
        final Histogram[] byMonth;
        long reachedTarget;
        long withinBudget;

        Tally(int groups, Histogram delivered, Histogram costs, Histogram[] byMonth) {
            this.deliveries = new long[groups];
            this.delivered = delivered;
            this.costs = costs;
            this.byMonth = byMonth;
        }
    }
}
