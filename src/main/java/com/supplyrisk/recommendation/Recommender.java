package com.supplyrisk.recommendation;

import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.simulation.DeliveryOutcomes;
import com.supplyrisk.simulation.SimulatedPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recommends how many of each option to order: the lowest expected cost at which the target is delivered with the
 * goal's confidence, within the budget and vendor share, under the simulation's correlated delivery model, and the
 * same at each confidence of the frontier. Pure and deterministic: the same candidates, goal and seed give the same
 * recommendation.
 */
public final class Recommender {

    /** The confidences at which the frontier shows what each step of certainty costs. */
    public static final List<Double> FRONTIER = List.of(0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99);
    /** Up to this many uncertain approvals every combination (4,096) is weighed exactly; beyond, the simulation's trials. */
    public static final int MAX_EXACT_DRAWS = 12;

    private final PolicyTimeline policy;

    public Recommender(PolicyTimeline policy) {
        this.policy = policy;
    }

    /**
     * @param samples trials weighed when the approvals are too many to enumerate
     * @param seed    the simulation's seed for those trials
     */
    public Recommendation recommend(Candidates candidates, Goal goal, int samples, long seed) {
        List<Candidate> options = candidates.options();
        var offered = new ArrayList<Candidate>();
        var maxLots = new ArrayList<Long>();
        for (Candidate option : options) {
            long lots = refused(option, goal) || arrivesTooLate(option, candidates) ? 0 : option.quantity() / goal.lotSize();
            if (lots > 0) {
                offered.add(option);
                maxLots.add(lots);
            }
        }
        if (offered.isEmpty()) {
            var none = new Mix(List.of(), 0, money(0, candidates), money(0, candidates), 0, List.of(), 0, 0);
            List<FrontierPoint> frontier = FRONTIER.stream().map(c -> FrontierPoint.of(c, false, none)).toList();
            return new Recommendation(none, false, nothingToBuy(candidates, goal), frontier, true, 0, 0);
        }
        var plan = new SimulatedPlan(candidates.asOf(), candidates.horizonMonths(), candidates.currency(),
                offered.stream().map(Candidate::option).toList());
        DeliveryOutcomes outcomes = DeliveryOutcomes.of(policy, plan, MAX_EXACT_DRAWS, samples, seed);
        var solves = new Solves(new MixModel(offered, maxLots.stream().mapToLong(Long::longValue).toArray(), outcomes, goal),
                offered, outcomes, goal, candidates.currency());

        // From the highest confidence down: a mix found for one reaches every lower one, so it starts the next solve.
        var confidences = new TreeSet<>(FRONTIER);
        confidences.add(goal.confidence());
        for (double confidence : confidences.descendingSet()) {
            solves.cheapest(confidence);
        }
        var frontier = new ArrayList<FrontierPoint>(FRONTIER.size());
        for (double confidence : FRONTIER) {
            Optional<Mix> cheapest = solves.cheapest(confidence);
            frontier.add(FrontierPoint.of(confidence, cheapest.isPresent(), cheapest.orElseGet(solves::likeliest)));
        }
        Optional<Mix> recommended = solves.cheapest(goal.confidence());
        Mix mix = recommended.orElseGet(solves::likeliest);
        double p = mix.probabilityOfTarget();
        double standardError = outcomes.exact() ? 0 : round(Math.sqrt(p * (1 - p) / outcomes.samples()), 4);
        return new Recommendation(mix, recommended.isPresent(),
                recommended.isPresent() ? null : solves.whyNot(mix), List.copyOf(frontier), outcomes.exact(),
                outcomes.samples(), standardError);
    }

    private static boolean refused(Candidate option, Goal goal) {
        return option.nonCompliant() && !goal.allowNonCompliant();
    }

    /** Compute ordered with a lead time as long as the horizon arrives after it: none of it counts towards the target. */
    private static boolean arrivesTooLate(Candidate option, Candidates candidates) {
        return option.option().leadTimeMonths() >= candidates.horizonMonths();
    }

    private static String nothingToBuy(Candidates candidates, Goal goal) {
        List<Candidate> options = candidates.options();
        long nonCompliant = options.stream().filter(o -> refused(o, goal)).count();
        if (nonCompliant == options.size()) {
            return "every option is NON_COMPLIANT, and the goal does not allow buying such options (allowNonCompliant)";
        }
        long late = options.stream().filter(o -> !refused(o, goal) && arrivesTooLate(o, candidates)).count();
        long small = options.size() - nonCompliant - late;
        var reasons = new ArrayList<String>();
        if (nonCompliant > 0) {
            reasons.add(nonCompliant + " NON_COMPLIANT (allowNonCompliant is false)");
        }
        if (late > 0) {
            reasons.add(late + " with a lead time of the whole " + candidates.horizonMonths() + "-month horizon or more");
        }
        if (small > 0) {
            reasons.add(small + " offering fewer accelerators than a lot of " + goal.lotSize());
        }
        return "no option may be bought: " + String.join(", ", reasons);
    }

    /** The solves of one recommendation, each confidence solved once, and the evaluation of their mixes. */
    private static final class Solves {
        private final MixModel model;
        private final List<Candidate> offered;
        private final DeliveryOutcomes outcomes;
        private final Goal goal;
        private final String currency;
        private final Map<Double, Optional<Mix>> cheapest = new HashMap<>();
        private Mix likeliest;
        /** The lots of the last mix found, which reaches every lower confidence. */
        private long[] lastLots;

        Solves(MixModel model, List<Candidate> offered, DeliveryOutcomes outcomes, Goal goal, String currency) {
            this.model = model;
            this.offered = offered;
            this.outcomes = outcomes;
            this.goal = goal;
            this.currency = currency;
        }

        Optional<Mix> cheapest(double confidence) {
            return cheapest.computeIfAbsent(confidence, c -> {
                // Should the solver stop before taking the hint, the mix of the higher confidence still reaches this
                // one: it stands, with nothing proven about how far from the cheapest it is.
                long[] hint = lastLots;
                double solveTime = c == goal.confidence() ? MixModel.GOAL_SOLVE_TIME : MixModel.OTHER_SOLVE_TIME;
                Optional<MixModel.Solution> solution = model.cheapest(c, hint, solveTime)
                        .or(() -> Optional.ofNullable(hint).map(lots -> new MixModel.Solution(lots, 1)));
                solution.ifPresent(found -> lastLots = found.lots());
                return solution.map(this::mix);
            });
        }

        Mix likeliest() {
            if (likeliest == null) {
                likeliest = mix(model.likeliest());
            }
            return likeliest;
        }

        /** A mix's figures computed exactly from the outcomes, not from the solver's scaled numbers. */
        private Mix mix(MixModel.Solution solution) {
            long[] lots = solution.lots();
            var quantities = new ArrayList<Quantity>();
            double worstCase = 0;
            double expectedCost = 0;
            double expectedPflops = 0;
            var pflopsByVendor = new TreeMap<String, Double>();
            for (int i = 0; i < lots.length; i++) {
                if (lots[i] == 0) {
                    continue;
                }
                quantities.add(new Quantity(offered.get(i).id(), lots[i] * goal.lotSize()));
                worstCase += model.lotCost(i) * lots[i];
                expectedCost += model.expectedLotCost(i) * lots[i];
                double pflops = model.lotPflops(i) * lots[i] * model.deliveryProbability(i);
                expectedPflops += pflops;
                pflopsByVendor.merge(offered.get(i).vendor(), pflops, Double::sum);
            }
            double reached = 0;
            double target = DeliveryOutcomes.reachable(goal.targetPflops());
            for (int s = 0; s < outcomes.outcomes(); s++) {
                double delivered = 0;
                for (int i = 0; i < lots.length; i++) {
                    if (lots[i] > 0 && outcomes.delivers(s, i)) {
                        delivered += model.lotPflops(i) * lots[i];
                    }
                }
                if (delivered >= target) {
                    reached += outcomes.probability(s);
                }
            }
            var shares = new ArrayList<VendorShare>();
            double hhi = 0;
            for (var vendor : pflopsByVendor.entrySet()) {
                double share = expectedPflops > 0 ? vendor.getValue() / expectedPflops : 0;
                shares.add(new VendorShare(vendor.getKey(), round(share, 4)));
                hhi += share * share * 10_000;
            }
            shares.sort(Comparator.comparingDouble(VendorShare::share).reversed().thenComparing(VendorShare::vendor));
            return new Mix(List.copyOf(quantities), round(Math.min(reached, 1), 4), new Money(round(expectedCost, 2), currency),
                    new Money(round(worstCase, 2), currency), round(expectedPflops, 3), List.copyOf(shares), round(hhi, 1),
                    round(solution.gap(), 4));
        }

        /** Why no mix reaches the confidence: no compute enough, no budget enough, or not likely enough. */
        String whyNot(Mix likeliestMix) {
            double most = 0;
            double cheapestLot = Double.POSITIVE_INFINITY;
            String cheapestOption = null;
            for (int i = 0; i < offered.size(); i++) {
                most += offered.get(i).pflopsOf(offered.get(i).quantity() / goal.lotSize() * (long) goal.lotSize());
                if (model.lotCost(i) < cheapestLot) {
                    cheapestLot = model.lotCost(i);
                    cheapestOption = offered.get(i).id();
                }
            }
            if (most < DeliveryOutcomes.reachable(goal.targetPflops())) {
                return String.format(Locale.ROOT, "the target of %s PFLOPS is out of reach: every option bought in whole lots delivers %s PFLOPS at most",
                        number(goal.targetPflops()), number(round(most, 3)));
            }
            if (goal.budget() != null && goal.budget() < cheapestLot) {
                return String.format(Locale.ROOT, "the budget of %s %s is below the cheapest lot, %s %s of %s", currency,
                        number(round(goal.budget(), 2)), currency, number(round(cheapestLot, 2)), cheapestOption);
            }
            String within = goal.budget() == null && goal.maxVendorShare() == null ? ""
                    : goal.maxVendorShare() == null ? " within the budget"
                    : goal.budget() == null ? " within the vendor share" : " within the budget and vendor share";
            if (likeliestMix.probabilityOfTarget() == 0) {
                return "no mix" + within + " reaches the target of " + number(goal.targetPflops()) + " PFLOPS in any outcome";
            }
            return String.format(Locale.ROOT, "no mix%s reaches %s PFLOPS with probability %s; the likeliest reaches it with probability %s",
                    within, number(goal.targetPflops()), number(goal.confidence()), number(likeliestMix.probabilityOfTarget()));
        }
    }

    private static Money money(double amount, Candidates candidates) {
        return new Money(amount, candidates.currency());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.4f", value).replaceAll("0+$", "");
    }

    /** Half up, as every figure of an answer is rounded. */
    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double scaled = value * scale;
        return Math.abs(scaled) < 1e15 ? Math.round(scaled) / scale : value;
    }
}
