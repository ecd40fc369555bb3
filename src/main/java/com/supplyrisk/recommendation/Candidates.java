package com.supplyrisk.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a recommendation chooses from: the day whose rules apply, the horizon they must hold for, and the options. */
public record Candidates(LocalDate asOf, int horizonMonths, String currency, List<Candidate> options) {

    public Candidates {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a recommendation needs at least one option");
        }
    }
}
