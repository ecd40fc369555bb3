package com.supplyrisk.api.mapping;

import com.supplyrisk.api.answer.RecommendationAnswer;
import com.supplyrisk.api.problem.FieldError;
import com.supplyrisk.api.problem.InvalidRequestException;
import com.supplyrisk.api.request.AssessmentRequest;
import com.supplyrisk.api.request.GoalRequest;
import com.supplyrisk.api.request.MoneyRequest;
import com.supplyrisk.api.request.RecommendationRequest;
import com.supplyrisk.api.request.RequestLimits;
import com.supplyrisk.api.request.SimulationRequest;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.recommendation.Goal;
import com.supplyrisk.recommendation.Recommendation;
import com.supplyrisk.recommendation.Recommender;
import com.supplyrisk.scoring.RecommendationCandidates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a recommendation request into a plan and a goal, every field error of both in one answer, and recommends the
 * mix. Runs on the request's worker thread: the solver's deterministic time limit and the bounded trials bound the
 * time one request holds a core.
 */
@ApplicationScoped
public class PlanRecommendation {

    private static final double DEFAULT_CONFIDENCE = 0.9;
    private static final int DEFAULT_LOT_SIZE = 8;

    private final PlanMapper plans;
    private final Recommender recommender;
    private final FxRates fxRates;

    public PlanRecommendation(PlanMapper plans, PolicyTimeline policy, FxRates fxRates) {
        this.plans = plans;
        this.recommender = new Recommender(policy);
        this.fxRates = fxRates;
    }

    public ProcurementPlan toPlan(RecommendationRequest request) {
        if (request == null || request.plan() == null) {
            throw new InvalidRequestException(List.of(FieldError.at("", "a procurement plan with a goal is required")));
        }
        AssessmentRequest plan = request.plan();
        var errors = new ArrayList<FieldError>();
        GoalRequest goal = request.goal();
        if (goal == null) {
            errors.add(FieldError.at("/goal", "a recommendation needs a goal, with targetComputePflops at least"));
        } else {
            errors.addAll(plans.violations(goal, "/goal"));
        }
        SimulationRequest simulation = plan.simulation();
        if (simulation != null) {
            errors.addAll(plans.violations(simulation, "/simulation"));
            if (simulation.trials() != null && simulation.trials() > RequestLimits.MAX_RECOMMENDATION_TRIALS) {
                errors.add(FieldError.at("/simulation/trials", "a recommendation weighs at most "
                        + RequestLimits.MAX_RECOMMENDATION_TRIALS + " trials"));
            }
        }
        if (plan.targetComputePflops() != null) {
            errors.add(FieldError.at("/targetComputePflops", "a recommendation takes its target in goal.targetComputePflops"));
        }
        if (plan.budget() != null) {
            errors.add(FieldError.at("/budget", "a recommendation takes its budget in goal.budget"));
        }
        if (plan.scenarios() != null) {
            errors.add(FieldError.at("/scenarios", "scenarios are asked of assessments, not of recommendations"));
        }
        if (plan.sensitivity() != null) {
            errors.add(FieldError.at("/sensitivity", "sensitivity is asked of assessments, not of recommendations"));
        }
        Map<String, MoneyRequest> amounts = goal == null || goal.budget() == null ? Map.of() : Map.of("/goal/budget", goal.budget());
        return plans.toPlan(plan.planOnly(), errors, amounts);
    }

    public RecommendationAnswer recommend(RecommendationRequest request, ProcurementPlan plan, Assessment assessment) {
        GoalRequest asked = request.goal();
        Money budget = asked.budget() == null ? null : inPlanCurrency(asked.budget(), plan);
        var goal = new Goal(asked.targetComputePflops().doubleValue(),
                asked.confidence() == null ? DEFAULT_CONFIDENCE : asked.confidence().doubleValue(),
                budget == null ? null : budget.amount(),
                asked.lotSize() == null ? DEFAULT_LOT_SIZE : asked.lotSize(),
                asked.maxVendorShare() == null ? null : asked.maxVendorShare().doubleValue(),
                Boolean.TRUE.equals(asked.allowNonCompliant()));
        SimulationRequest simulation = request.plan().simulation();
        int trials = simulation == null ? RequestLimits.DEFAULT_RECOMMENDATION_TRIALS : simulation.trials();
        long seed = simulation == null || simulation.seed() == null ? 0 : simulation.seed();
        Recommendation recommendation = recommender.recommend(RecommendationCandidates.of(plan, assessment), goal, trials, seed);
        return RecommendationAnswer.of(assessment, goal, budget, recommendation, trials, seed);
    }

    /** The budget in the plan's currency, at the rates the assessment used. */
    private Money inPlanCurrency(MoneyRequest budget, ProcurementPlan plan) {
        var fx = fxRates.tableOn(plan.asOf()).orElseThrow().withRates(plan.fxRates(), "rates given in the request");
        return fx.convert(new Money(budget.amount().doubleValue(), budget.currency()), plan.currency()).orElseThrow();
    }
}
