package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** The most power one unit draws, in watts, with the day it was published, the evidence and who published it. */
public record BoardPower(double watts, LocalDate asOf, Evidence evidence, String source) {

    public BoardPower {
        if (!(watts > 0) || !Double.isFinite(watts)) {
            throw new IllegalArgumentException("watts must be a positive number");
        }
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evidence, "evidence");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
