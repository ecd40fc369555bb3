package com.supplyrisk.api.answer;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.recommendation.FrontierPoint;
import com.supplyrisk.recommendation.Goal;
import com.supplyrisk.recommendation.Mix;
import com.supplyrisk.recommendation.Recommendation;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a recommendation request: the plan it is for, the goal as applied (the budget in the plan's
 * currency), the recommended mix, whether it meets the goal and why not, the frontier, and how outcomes were weighed.
 */
public record RecommendationAnswer(String planId, String modelVersion, String policyVersion, LocalDate asOf, String currency,
        GoalApplied goal, boolean feasible, String reason, Mix recommendation, List<FrontierPoint> frontier, Outcomes outcomes) {

    /** The goal with its defaults filled in. */
    public record GoalApplied(double targetComputePflops, double confidence, Money budget, int lotSize, Double maxVendorShare,
            boolean allowNonCompliant) {
    }

    /**
     * How the outcomes of the approvals were weighed: {@code EXACT}, every combination, or {@code SAMPLED}, the
     * simulation's {@code trials} from {@code seed}, whose {@code standardError} is that of the recommended mix's probability.
     */
    public record Outcomes(String method, Integer trials, long seed, double standardError) {
    }

    public static RecommendationAnswer of(Assessment assessment, Goal goal, Money budget, Recommendation recommendation,
            int trials, long seed) {
        // Converted at the day's rate, the budget is rounded to cents like every amount of an answer.
        Money shown = budget == null ? null : new Money(Math.round(budget.amount() * 100) / 100.0, budget.currency());
        var applied = new GoalApplied(goal.targetPflops(), goal.confidence(), shown, goal.lotSize(), goal.maxVendorShare(),
                goal.allowNonCompliant());
        var outcomes = new Outcomes(recommendation.exact() ? "EXACT" : "SAMPLED", recommendation.exact() ? null : trials, seed,
                recommendation.standardError());
        return new RecommendationAnswer(assessment.planId(), assessment.modelVersion(), assessment.policyVersion(), assessment.asOf(),
                assessment.currency(), applied, recommendation.feasible(), recommendation.reason(), recommendation.recommendation(),
                recommendation.frontier(), outcomes);
    }
}
