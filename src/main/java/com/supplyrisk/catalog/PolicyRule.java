package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An effective-dated rule: on the routes it matches, the approval it speaks for is granted (or, for a
 * channel, the delivery succeeds) with {@code probability} within the horizon, and the rule tightens at
 * a monthly hazard. Among the rules in force that match a route, the highest priority per approval applies.
 *
 * @param effectiveTo last day in force, inclusive; null while still in force
 */
public record PolicyRule(
        String id,
        Approval approval,
        String authority,
        String requirement,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        int priority,
        RuleMatch match,
        double probability,
        double monthlyHazard,
        String basis,
        String source) {

    public PolicyRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(match, "match");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo must not be before effectiveFrom");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        if (!(monthlyHazard >= 0) || !Double.isFinite(monthlyHazard)) {
            throw new IllegalArgumentException("monthlyHazard must be a non-negative number");
        }
        for (var text : new String[] {authority, requirement, basis, source}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("authority, requirement, basis and source must not be blank");
            }
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
