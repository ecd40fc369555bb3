package com.supplyrisk.recommendation;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.supplyrisk.simulation.DeliveryOutcomes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The choice of lots as a CP-SAT model: an integer number of lots per option, and per outcome of the deliveries a
 * yes/no "this outcome reaches the target", which may be yes only when the options delivering in it add up to the
 * target. The outcomes answered yes must weigh at least the confidence (a chance constraint). CP-SAT wants whole
 * numbers in constraints, so compute, money and probabilities are scaled; each is rounded so that what the solver
 * accepts is within a rounding of the exact figure, and every mix is evaluated exactly afterwards.
 */
final class MixModel {

    static {
        Loader.loadNativeLibraries();
    }

    /** Probabilities in billionths: far finer than any outcome's weight matters to a buyer. */
    private static final double PROBABILITY_SCALE = 1e9;
    /** The largest scaled total kept well inside a long, whatever the sizes of plan and target. */
    private static final double LARGEST_SCALED = 1e15;
    /**
     * Deterministic time (CP-SAT's own unit; on the 2-core build machine about two seconds of wall time each) per solve:
     * the goal's own confidence gets the most, each other point of the frontier and the two solves for the likeliest
     * mix less, so that a plan of 50 options answers within 2 s. A solve stopped by it reports its gap.
     */
    static final double GOAL_SOLVE_TIME = 0.25;
    static final double OTHER_SOLVE_TIME = 0.06;

    private final List<Candidate> options;
    private final long[] maxLots;
    private final DeliveryOutcomes outcomes;
    private final Goal goal;
    private final double[] lotPflops;
    private final double[] lotCost;
    private final double[] expectedLotCost;
    private final double[] deliveryProbability;

    MixModel(List<Candidate> options, long[] maxLots, DeliveryOutcomes outcomes, Goal goal) {
        this.options = options;
        this.maxLots = maxLots;
        this.outcomes = outcomes;
        this.goal = goal;
        int n = options.size();
        lotPflops = new double[n];
        lotCost = new double[n];
        expectedLotCost = new double[n];
        deliveryProbability = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate option = options.get(i);
            lotPflops[i] = option.pflopsOf(goal.lotSize());
            lotCost[i] = option.committedCost(goal.lotSize());
            deliveryProbability[i] = outcomes.deliveryProbability(i);
            expectedLotCost[i] = option.paidUpFront() ? lotCost[i] : lotCost[i] * deliveryProbability[i];
        }
    }

    /** The lots chosen, and the solver's proven gap on the expected cost (0 when optimal). */
    record Solution(long[] lots, double gap) {
    }

    /**
     * The cheapest mix in expected cost that reaches the target with at least {@code confidence}, if there is one.
     *
     * @param hint lots to start from, such as the mix found for a higher confidence (which reaches this one too); or null
     */
    Optional<Solution> cheapest(double confidence, long[] hint, double solveTime) {
        var built = new Built();
        if (hint != null) {
            built.hint(hint);
        }
        built.model.addGreaterOrEqual(built.chance(), Math.round(confidence * PROBABILITY_SCALE));
        built.model.minimize(built.expectedCost());
        return built.solve(solveTime);
    }

    /** The mix most likely to reach the target within the bounds, the cheapest of those. */
    Solution likeliest() {
        var first = new Built();
        first.model.maximize(first.chance());
        var solver = solver(OTHER_SOLVE_TIME);
        CpSolverStatus status = solver.solve(first.model);
        long reached = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE
                ? Math.round(solver.objectiveValue()) : 0;
        var second = new Built();
        second.model.addGreaterOrEqual(second.chance(), reached);
        second.model.minimize(second.expectedCost());
        return second.solve(OTHER_SOLVE_TIME).orElse(new Solution(new long[options.size()], 0));
    }

    private static CpSolver solver(double solveTime) {
        var solver = new CpSolver();
        // One worker and a deterministic time limit: the same request gives the same mix on every run.
        solver.getParameters().setNumWorkers(1).setMaxDeterministicTime(solveTime).setLinearizationLevel(2).setRandomSeed(0);
        return solver;
    }

    /** The variables and constraints every solve shares: lots, budget, vendor shares, and which outcomes reach the target. */
    private final class Built {
        final CpModel model = new CpModel();
        final IntVar[] lots = new IntVar[options.size()];
        final List<BoolVar> reaches = new ArrayList<>();
        final List<Long> weights = new ArrayList<>();
        /** Per reaching yes/no, the groups delivering in its outcome. */
        private final List<BitSet> delivering = new ArrayList<>();
        private final long[] scaledLotPflops = new long[options.size()];
        private IntVar[] groupPflops;
        private long target;

        Built() {
            for (int i = 0; i < lots.length; i++) {
                lots[i] = model.newIntVar(0, maxLots[i], options.get(i).id());
            }
            double largestPflops = Math.max(goal.targetPflops(), total(lotPflops));
            double pflopsScale = Math.min(1e6, LARGEST_SCALED / largestPflops);
            target = (long) Math.ceil(DeliveryOutcomes.reachable(goal.targetPflops()) * pflopsScale);
            for (int i = 0; i < lots.length; i++) {
                scaledLotPflops[i] = (long) Math.floor(lotPflops[i] * pflopsScale);
            }
            groupPflops = groupPflops();
            reachingOutcomes();
            if (goal.budget() != null) {
                double moneyScale = Math.min(100, LARGEST_SCALED / Math.max(goal.budget(), total(lotCost)));
                model.addLessOrEqual(LinearExpr.weightedSum(lots, scaled(lotCost, moneyScale)), Math.round(goal.budget() * moneyScale));
            }
            if (goal.maxVendorShare() != null && goal.maxVendorShare() < 1) {
                vendorShares(pflopsScale);
            }
        }

        /** Per group of options delivering together, its compute, capped at the target: more in one group adds nothing to an outcome. */
        private IntVar[] groupPflops() {
            var byGroup = new HashMap<Integer, List<Integer>>();
            for (int i = 0; i < lots.length; i++) {
                byGroup.computeIfAbsent(outcomes.groupOf(i), g -> new ArrayList<>()).add(i);
            }
            int groups = byGroup.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            IntVar[] capped = new IntVar[groups];
            byGroup.forEach((group, members) -> {
                capped[group] = model.newIntVar(0, target, "group " + group);
                IntVar[] memberLots = members.stream().map(i -> lots[i]).toArray(IntVar[]::new);
                long[] pflops = members.stream().mapToLong(i -> scaledLotPflops[i]).toArray();
                model.addLessOrEqual(capped[group], LinearExpr.weightedSum(memberLots, pflops));
            });
            return capped;
        }

        /**
         * One yes/no per outcome that could reach the target at all; an outcome reaches it only if the groups delivering
         * in it add up to it, and an outcome with more groups delivering reaches it whenever one with fewer does, which
         * the solver is told, as it cuts its search a great deal.
         */
        private void reachingOutcomes() {
            double[] groupMost = new double[groupPflops.length];
            for (int i = 0; i < lots.length; i++) {
                groupMost[outcomes.groupOf(i)] += lotPflops[i] * maxLots[i];
            }
            var byGroups = new HashMap<BitSet, BoolVar>();
            for (int s = 0; s < outcomes.outcomes(); s++) {
                BitSet delivering = outcomes.deliveringGroups(s);
                double most = delivering.stream().mapToDouble(g -> groupMost[g]).sum();
                if (most < DeliveryOutcomes.reachable(goal.targetPflops())) {
                    continue;
                }
                BoolVar reached = model.newBoolVar("outcome " + s);
                IntVar[] delivered = delivering.stream().mapToObj(g -> groupPflops[g]).toArray(IntVar[]::new);
                model.addGreaterOrEqual(LinearExpr.sum(delivered), target).onlyEnforceIf(reached);
                reaches.add(reached);
                weights.add(Math.round(outcomes.probability(s) * PROBABILITY_SCALE));
                this.delivering.add(delivering);
                byGroups.put(delivering, reached);
            }
            byGroups.forEach((delivering, reached) -> {
                var more = (BitSet) delivering.clone();
                for (int g = delivering.nextClearBit(0); g < groupPflops.length; g = delivering.nextClearBit(g + 1)) {
                    more.set(g);
                    BoolVar wider = byGroups.get(more);
                    if (wider != null) {
                        model.addImplication(reached, wider);
                    }
                    more.clear(g);
                }
            });
        }

        /** Each vendor's expected delivered compute at most the share of the whole: linear, as both sides are sums over lots. */
        private void vendorShares(double pflopsScale) {
            double share = goal.maxVendorShare();
            for (String vendor : new TreeSet<>(options.stream().map(Candidate::vendor).toList())) {
                long[] excess = new long[lots.length];
                for (int i = 0; i < lots.length; i++) {
                    double own = options.get(i).vendor().equals(vendor) ? 1 : 0;
                    excess[i] = Math.round(lotPflops[i] * deliveryProbability[i] * (own - share) * pflopsScale);
                }
                model.addLessOrEqual(LinearExpr.weightedSum(lots, excess), 0);
            }
        }

        /** Starts the search from these lots, every other variable set as they imply, so that CP-SAT can take it whole. */
        void hint(long[] hinted) {
            long[] groups = new long[groupPflops.length];
            for (int i = 0; i < lots.length; i++) {
                model.addHint(lots[i], hinted[i]);
                groups[outcomes.groupOf(i)] += scaledLotPflops[i] * hinted[i];
            }
            for (int g = 0; g < groups.length; g++) {
                if (groupPflops[g] != null) {
                    groups[g] = Math.min(groups[g], target);
                    model.addHint(groupPflops[g], groups[g]);
                }
            }
            for (int r = 0; r < reaches.size(); r++) {
                long delivered = delivering.get(r).stream().mapToLong(g -> groups[g]).sum();
                model.addHint(reaches.get(r), delivered >= target);
            }
        }

        LinearExpr chance() {
            return LinearExpr.weightedSum(reaches.toArray(BoolVar[]::new), weights.stream().mapToLong(Long::longValue).toArray());
        }

        DoubleLinearExpr expectedCost() {
            return new DoubleLinearExpr(lots, expectedLotCost, 0);
        }

        Optional<Solution> solve(double solveTime) {
            var solver = solver(solveTime);
            CpSolverStatus status = solver.solve(model);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return Optional.empty();
            }
            long[] chosen = new long[lots.length];
            for (int i = 0; i < lots.length; i++) {
                chosen[i] = solver.value(lots[i]);
            }
            double cost = solver.objectiveValue();
            double gap = status == CpSolverStatus.OPTIMAL || cost <= 0
                    ? 0 : Math.max(0, (cost - solver.bestObjectiveBound()) / cost);
            return Optional.of(new Solution(chosen, gap));
        }
    }

    private static long[] scaled(double[] values, double scale) {
        long[] scaled = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = Math.round(values[i] * scale);
        }
        return scaled;
    }

    private double total(double[] perLot) {
        double sum = 0;
        for (int i = 0; i < perLot.length; i++) {
            sum += perLot[i] * maxLots[i];
        }
        return sum;
    }

    double lotPflops(int option) {
        return lotPflops[option];
    }

    double lotCost(int option) {
        return lotCost[option];
    }

    double expectedLotCost(int option) {
        return expectedLotCost[option];
    }

    double deliveryProbability(int option) {
        return deliveryProbability[option];
    }
}
