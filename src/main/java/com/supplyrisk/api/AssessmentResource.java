package com.supplyrisk.api;

import com.supplyrisk.api.answer.AssessmentCsv;
import com.supplyrisk.api.http.AssessmentMetrics;
import com.supplyrisk.api.http.RequestGuards;
import com.supplyrisk.api.mapping.PlanMapper;
import com.supplyrisk.api.mapping.PlanSimulation;
import com.supplyrisk.api.request.AssessmentRequest;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.scoring.SupplyRiskModel;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Scores procurement plans. Stateless: the same plan always gives the same answer. */
@Path("/api/v1/assessments")
public class AssessmentResource {

    private final PlanMapper plans;
    private final SupplyRiskModel model;
    private final PlanSimulation simulation;
    private final RequestGuards guards;

    public AssessmentResource(PlanMapper plans, SupplyRiskModel model, PlanSimulation simulation, RequestGuards guards) {
        this.plans = plans;
        this.model = model;
        this.simulation = simulation;
        this.guards = guards;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Assessment assessPlan(AssessmentRequest request, RoutingContext http) {
        return answer(checkedAndCharged(request, http), request);
    }

    /** The same assessment as CSV, one row per option, for spreadsheets; a simulation has no columns there. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(AssessmentCsv.MEDIA_TYPE)
    public String assessPlanAsCsv(AssessmentRequest request, RoutingContext http) {
        return AssessmentCsv.of(answer(checkedAndCharged(request, http), request), Boolean.TRUE.equals(request.explain()));
    }

    /** The plan, once checked, charged for the answer it asks for against the requests in flight. */
    private ProcurementPlan checkedAndCharged(AssessmentRequest request, RoutingContext http) {
        ProcurementPlan plan = plans.toPlan(request);
        guards.chargeForAnswer(http, request.answerSize());
        return plan;
    }

    /** The answer to a plan outside an HTTP request, so outside its limits. */
    public Assessment assess(AssessmentRequest request) {
        return answer(plans.toPlan(request), request);
    }

    /** The answer to a checked plan, whichever form it is written in; a plan is charged for its answer once checked. */
    @AssessmentMetrics.Recorded
    Assessment answer(ProcurementPlan plan, AssessmentRequest request) {
        return simulation.addTo(model.assess(plan), plan, request);
    }
}
