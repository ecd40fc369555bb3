package com.supplyrisk.assessment;

/**
 * One option's score under a scenario. {@code rankChange} is its rank there minus its rank in the plan as sent:
 * negative when the scenario makes it climb.
 */
public record OptionUnderScenario(String id, double score, Rating rating, int rank, int rankChange) {
}
