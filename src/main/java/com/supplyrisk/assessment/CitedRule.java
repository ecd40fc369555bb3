package com.supplyrisk.assessment;

import com.supplyrisk.catalog.PolicyRule;
import java.time.LocalDate;

/**
 * What an answer shows of a policy rule its options cite, listed once per answer under the rule's id.
 *
 * @param effectiveTo last day in force, inclusive; null while still in force
 */
public record CitedRule(
        String authority,
        String requirement,
        String basis,
        String source,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    /** A rule's new field that answers should show is one component above and one argument here. */
    public static CitedRule of(PolicyRule rule) {
        return new CitedRule(rule.authority(), rule.requirement(), rule.basis(), rule.source(), rule.effectiveFrom(),
                rule.effectiveTo());
    }
}
