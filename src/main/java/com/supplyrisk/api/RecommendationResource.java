package com.supplyrisk.api;

import com.supplyrisk.api.answer.AssessmentCsv;
import com.supplyrisk.api.answer.RecommendationAnswer;
import com.supplyrisk.api.answer.RecommendationCsv;
import com.supplyrisk.api.mapping.PlanRecommendation;
import com.supplyrisk.api.request.RecommendationRequest;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.scoring.SupplyRiskModel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Recommends how many of each option to order for a goal. Stateless: the same request always gives the same answer. */
@Path("/api/v1/recommendations")
public class RecommendationResource {

    private final PlanRecommendation recommendations;
    private final SupplyRiskModel model;

    public RecommendationResource(PlanRecommendation recommendations, SupplyRiskModel model) {
        this.recommendations = recommendations;
        this.model = model;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RecommendationAnswer recommendMix(RecommendationRequest request) {
        ProcurementPlan plan = recommendations.toPlan(request);
        return recommendations.recommend(request, plan, model.assess(plan));
    }

    /** The recommended mix as CSV, one row per option ordered. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(AssessmentCsv.MEDIA_TYPE)
    public String recommendMixAsCsv(RecommendationRequest request) {
        ProcurementPlan plan = recommendations.toPlan(request);
        Assessment assessment = model.assess(plan);
        return RecommendationCsv.of(recommendations.recommend(request, plan, assessment), assessment);
    }
}
