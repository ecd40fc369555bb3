package com.supplyrisk.scoring;

import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.Route;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code P = product of the approvals' grant probabilities x exp(-sum of hazards x horizon months)}:
 * every approval must be granted, and none of the rules may tighten before the horizon ends.
 */
record LicensingProbability(double probability, List<PolicyRule> rules, double totalHazard) {

    static LicensingProbability of(PolicyTimeline policy, Route route, LocalDate asOf, int horizonMonths) {
        List<PolicyRule> rules = policy.approvalsFor(route, asOf);
        double grants = 1;
        double hazard = 0;
        for (PolicyRule rule : rules) {
            grants *= rule.probability();
            hazard += rule.monthlyHazard();
        }
        return new LicensingProbability(grants * Math.exp(-hazard * horizonMonths), rules, hazard);
    }

    boolean needsLicence() {
        return rules.stream().anyMatch(PolicyRule::needsLicence);
    }

    /** A rule no licence can satisfy applies: the route is not lawful as planned. */
    boolean prohibited() {
        return rules.stream().anyMatch(rule -> rule.review() == ReviewPolicy.PROHIBITED);
    }
}
