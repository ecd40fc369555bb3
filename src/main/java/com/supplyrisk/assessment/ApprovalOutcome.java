package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.ReviewPolicy;
import java.time.LocalDate;

/**
 * One approval a route needs, the rule that set its probability, and why.
 *
 * @param review   how the authority treats an application; null for a channel's risk
 * @param evidence how strong the rule's ground is
 */
public record ApprovalOutcome(
        String approval,
        String rule,
        String authority,
        String requirement,
        double probability,
        double monthlyHazard,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        ReviewPolicy review,
        Evidence evidence,
        String basis,
        String source) {
}
