package com.supplyrisk.assessment;

/**
 * Something the buyer should know that does not change the score.
 *
 * @param message the warning in words, only when the plan asked for explanations: the code says what it is
 */
public record Warning(WarningCode code, String message) {
}
