package com.supplyrisk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.simulation.Plans;
import com.supplyrisk.simulation.SimulatedOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recommendation against exhaustive enumeration of every mix, on instances drawn from a seed (named in each case):
 * up to six options in lots of 8, up to 10 lots each, several on one route so that they share approvals. The
 * enumeration weighs outcomes from the closed-form probability of each route, not from the recommender's outcomes.
 */
class RecommendOptimalityTest {

    private static final int LOT = 8;
    private static final Recommender RECOMMENDER = new Recommender(Plans.POLICY);

    /** An option with the chance of its route: options sharing a route share the route's index. */
    private record Offered(Candidate candidate, int route, double probability) {
    }

    private record Instance(long seed, List<Offered> offered, Goal goal) {
    }

    static Stream<Named<Instance>> instances() {
        return LongStream.range(0, 60).mapToObj(seed -> {
            Instance instance = draw(seed);
            return Named.of("seed " + seed + ": " + instance.offered().size() + " options, target "
                    + instance.goal().targetPflops() + " at " + instance.goal().confidence(), instance);
        });
    }

    private static Instance draw(long seed) {
        var random = new SplittableRandom(seed);
        int count = 1 + random.nextInt(6);
        var offered = new ArrayList<Offered>();
        double capacity = 0;
        for (int i = 0; i < count; i++) {
            int lots = 1 + random.nextInt(10);
            double unitPflops = 0.2 + random.nextInt(20) / 10.0;
            double unitPrice = 10_000 + random.nextInt(30) * 1_000;
            int kind = random.nextInt(5);
            SimulatedOption option;
            int route;
            double probability;
            String vendor;
            switch (kind) {
                case 0, 1 -> {
                    option = Plans.option("o" + i, Plans.CHIP_A, Channel.OFFICIAL, unitPflops * lots * LOT, unitPrice * lots * LOT);
                    route = 0;
                    probability = Plans.P_A;
                    vendor = "A";
                }
                case 2 -> {
                    option = Plans.option("o" + i, Plans.CHIP_B, Channel.DOMESTIC, unitPflops * lots * LOT, unitPrice * lots * LOT);
                    route = 1;
                    probability = Plans.P_B;
                    vendor = "B";
                }
                case 3 -> {
                    option = Plans.option("o" + i, Plans.CHIP_A, Channel.GREY_MARKET, unitPflops * lots * LOT, unitPrice * lots * LOT);
                    route = 2;
                    probability = Plans.P_GREY;
                    vendor = "A";
                }
                default -> {
                    probability = 0.5 + random.nextInt(50) / 100.0;
                    option = Plans.estimated("o" + i, probability, unitPflops * lots * LOT, unitPrice * lots * LOT);
                    route = 3 + i;
                    vendor = "C";
                }
            }
            capacity += unitPflops * lots * LOT;
            offered.add(new Offered(new Candidate(option, lots * LOT, vendor, kind == 3 && random.nextBoolean()), route, probability));
        }
        double target = Math.max(1, Math.round(capacity * (0.1 + 0.5 * random.nextDouble())));
        double confidence = List.of(0.5, 0.6, 0.7, 0.8, 0.9).get(random.nextInt(5));
        Double budget = random.nextBoolean() ? null : 200_000.0 + random.nextInt(40) * 50_000;
        Double share = random.nextInt(4) == 0 ? 0.6 + random.nextInt(4) / 10.0 : null;
        return new Instance(seed, offered, new Goal(target, confidence, budget, LOT, share, random.nextInt(3) == 0));
    }

    @ParameterizedTest
    @MethodSource("instances")
    void matchesExhaustiveEnumeration(Instance instance) {
        List<Offered> offered = instance.offered();
        var candidates = new Candidates(Plans.DAY, Plans.HORIZON, "USD", offered.stream().map(Offered::candidate).toList());
        Recommendation answer = RECOMMENDER.recommend(candidates, instance.goal(), 1000, instance.seed());
        Best best = exhaustive(offered, instance.goal());

        assertThat(answer.exact()).isTrue();
        assertThat(answer.feasible()).as("feasible").isEqualTo(best.feasibleCost() != null);
        if (best.feasibleCost() != null) {
            assertThat(answer.recommendation().expectedCost().amount()).as("expected cost")
                    .isCloseTo(best.feasibleCost(), within(Math.max(0.01, best.feasibleCost() * 0.005)));
            assertThat(answer.recommendation().probabilityOfTarget()).isGreaterThanOrEqualTo(instance.goal().confidence() - 1e-4);
        } else {
            assertThat(answer.recommendation().probabilityOfTarget()).as("likeliest probability")
                    .isCloseTo(best.highestProbability(), within(1e-4));
            assertThat(answer.reason()).isNotBlank();
        }
        if (instance.goal().budget() != null) {
            assertThat(answer.recommendation().worstCaseCost().amount()).isLessThanOrEqualTo(instance.goal().budget() + 0.01);
        }
    }

    private record Best(Double feasibleCost, double highestProbability) {
    }

    /** Every mix of lots, each weighed over every combination of the routes' outcomes. */
    private static Best exhaustive(List<Offered> offered, Goal goal) {
        int n = offered.size();
        int[] max = new int[n];
        for (int i = 0; i < n; i++) {
            Candidate c = offered.get(i).candidate();
            max[i] = c.nonCompliant() && !goal.allowNonCompliant() ? 0 : c.quantity() / LOT;
        }
        int routes = offered.stream().mapToInt(Offered::route).max().orElse(0) + 1;
        double[] routeProbability = new double[routes];
        offered.forEach(o -> routeProbability[o.route()] = o.probability());
        int[] lots = new int[n];
        Double bestCost = null;
        double highest = 0;
        while (true) {
            double committed = 0;
            double expected = 0;
            double[] vendorPflops = new double[3];
            double expectedPflops = 0;
            for (int i = 0; i < n; i++) {
                Candidate c = offered.get(i).candidate();
                double cost = c.committedCost((long) lots[i] * LOT);
                committed += cost;
                expected += c.paidUpFront() ? cost : cost * offered.get(i).probability();
                double pflops = c.pflopsOf((long) lots[i] * LOT) * offered.get(i).probability();
                vendorPflops[c.vendor().charAt(0) - 'A'] += pflops;
                expectedPflops += pflops;
            }
            boolean withinBudget = goal.budget() == null || committed <= goal.budget() + 1e-6;
            boolean withinShare = true;
            if (goal.maxVendorShare() != null) {
                for (double v : vendorPflops) {
                    withinShare &= v <= goal.maxVendorShare() * expectedPflops + 1e-6;
                }
            }
            if (withinBudget && withinShare) {
                double p = probabilityOfTarget(offered, lots, routeProbability, goal.targetPflops());
                highest = Math.max(highest, p);
                if (p >= goal.confidence() - 1e-9 && (bestCost == null || expected < bestCost)) {
                    bestCost = expected;
                }
            }
            int i = 0;
            while (i < n && lots[i] == max[i]) {
                lots[i] = 0;
                i++;
            }
            if (i == n) {
                return new Best(bestCost, highest);
            }
            lots[i]++;
        }
    }

    private static double probabilityOfTarget(List<Offered> offered, int[] lots, double[] routeProbability, double target) {
        int routes = routeProbability.length;
        double reached = 0;
        for (int delivered = 0; delivered < 1 << routes; delivered++) {
            double p = 1;
            for (int r = 0; r < routes; r++) {
                p *= (delivered >> r & 1) == 1 ? routeProbability[r] : 1 - routeProbability[r];
            }
            double pflops = 0;
            for (int i = 0; i < offered.size(); i++) {
                if ((delivered >> offered.get(i).route() & 1) == 1) {
                    pflops += offered.get(i).candidate().pflopsOf((long) lots[i] * LOT);
                }
            }
            if (pflops >= target * (1 - 1e-9)) {
                reached += p;
            }
        }
        return reached;
    }
}
