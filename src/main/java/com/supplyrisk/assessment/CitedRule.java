package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.ReviewPolicy;
import java.time.LocalDate;

/**
 * What an answer shows of a policy rule its options cite, listed once per answer under the rule's id.
 *
 * @param effectiveTo last day in force, inclusive; null while still in force
 * @param review      how the authority treats an application, for a licence; null for a channel's risk
 * @param evidence    how strong the rule's ground is
 */
public record CitedRule(
        String authority,
        String requirement,
        String basis,
        String source,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        ReviewPolicy review,
        Evidence evidence) {

    /** A rule's new field that answers should show is one component above and one argument here. */
    public static CitedRule of(PolicyRule rule) {
        return new CitedRule(rule.authority(), rule.requirement(), rule.basis(), rule.source(), rule.effectiveFrom(),
                rule.effectiveTo(), rule.review(), rule.evidence());
    }
}
