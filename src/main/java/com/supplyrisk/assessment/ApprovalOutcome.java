package com.supplyrisk.assessment;

import java.time.LocalDate;

/** One approval a route needs, the rule that set its probability, and why. */
public record ApprovalOutcome(
        String approval,
        String rule,
        String authority,
        String requirement,
        double probability,
        double monthlyHazard,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String basis,
        String source) {
}
