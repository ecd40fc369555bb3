package com.supplyrisk.scoring;

import java.time.LocalDate;
import java.util.List;

/** The answer to a plan: every option scored and ranked, in request order, and the plan as a whole. */
public record Assessment(
        String planId,
        String modelVersion,
        String policyVersion,
        LocalDate asOf,
        int horizonMonths,
        String currency,
        Mode mode,
        List<OptionAssessment> options,
        PlanSummary plan,
        List<Warning> warnings) {
}
