package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An effective-dated rule: on the routes it matches, the approval it speaks for is granted (or, for a
 * channel, the delivery succeeds) with {@code probability} within the horizon, and the rule tightens at
 * a monthly hazard. Among the rules in force that match a route, the highest priority per approval applies.
 *
 * @param effectiveTo last day in force, inclusive; null while still in force
 * @param review      how the authority treats an application, for rules of a licence; null for a channel's risk
 * @param evidence    how strong the rule's ground is; the basis says how its probability was derived
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
        ReviewPolicy review,
        Evidence evidence,
        String basis,
        String source) {

    public PolicyRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(evidence, "evidence");
        if (approval.kind() == ApprovalKind.LICENCE && review == null) {
            throw new IllegalArgumentException("a rule for a licence must say its review policy");
        }
        if (approval.kind() != ApprovalKind.LICENCE && review != null) {
            throw new IllegalArgumentException("review is for rules of a licence; '" + approval.id() + "' is a channel risk");
        }
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

    /** Whether the route needs the approval applied for: a channel's risk never does. */
    public boolean needsLicence() {
        return review != null && review.needsLicence();
    }

    public PolicyRule withNumbers(double probability, double monthlyHazard) {
        return new PolicyRule(id, approval, authority, requirement, effectiveFrom, effectiveTo, priority, match, probability,
                monthlyHazard, review, evidence, basis, source);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
