package com.supplyrisk.api;

import com.supplyrisk.scoring.Assessment;
import com.supplyrisk.scoring.SupplyRiskModel;
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

    public AssessmentResource(PlanMapper plans, SupplyRiskModel model) {
        this.plans = plans;
        this.model = model;
    }

    @AssessmentMetrics.Recorded
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Assessment assessPlan(AssessmentRequest request) {
        return model.assess(plans.toPlan(request));
    }

    /** The same assessment as CSV, one row per option, for spreadsheets. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(AssessmentCsv.MEDIA_TYPE)
    public String assessPlanAsCsv(AssessmentRequest request) {
        return AssessmentCsv.of(assessPlan(request));
    }
}
