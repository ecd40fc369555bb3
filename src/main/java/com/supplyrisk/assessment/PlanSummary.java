package com.supplyrisk.assessment;

/**
 * The plan as a whole: in PORTFOLIO mode all options with the fleet, in ALTERNATIVES mode the fleet
 * with the lowest-risk option.
 */
public record PlanSummary(
        int vendorHhi,
        int supplierHhi,
        ConcentrationBand concentrationBand,
        double computePflops,
        double expectedComputePflops,
        double score,
        Rating rating) {
}
