package com.supplyrisk.assessment;

import java.util.List;

/**
 * Factor 2: the probability {@code P} that every approval is granted within the horizon and survives it.
 *
 * @param policyProbability  what the policy data gives, shown beside a buyer's override
 * @param overridden         true when {@code probability} is the buyer's own estimate
 * @param totalMonthlyHazard the approvals' monthly hazards summed: the policy's P is the product of their
 *                           probabilities times exp(-totalMonthlyHazard x horizonMonths)
 * @param explanation        the factor in words, only when the plan asked for explanations
 */
public record LicensingFactor(
        double probability,
        double risk,
        double points,
        double policyProbability,
        boolean overridden,
        double totalMonthlyHazard,
        List<ApprovalOutcome> approvals,
        String explanation) {
}
