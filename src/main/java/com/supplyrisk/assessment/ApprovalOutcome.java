package com.supplyrisk.assessment;

/**
 * One approval a route needs and the rule that set its probability; the rule's authority, requirement, basis and
 * source are in the answer's {@code rules}, once however many options cite it.
 */
public record ApprovalOutcome(String approval, String rule, double probability, double monthlyHazard) {
}
