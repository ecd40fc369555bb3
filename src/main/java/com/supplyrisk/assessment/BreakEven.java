package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Money;

/**
 * Where the ranking of the two best options flips: for the first, the licensing probability below which and the
 * unit price above which it loses first place to the second; for the second, the values at which it takes first
 * place. A value is null when none in range flips the ranking, and the explanation says why. Only the option's own
 * input moves; the score is linear in each, so the value is where its score meets the other's.
 *
 * @param against the id of the option it is compared with
 */
public record BreakEven(String against, Double licensingProbability, Money unitPrice, String explanation) {
}
