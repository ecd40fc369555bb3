package com.supplyrisk.supply;

import com.supplyrisk.catalog.Evidence;
import java.time.LocalDate;
import java.util.Objects;

/** An entry of the supply data: which routes it speaks for, from which day, on what evidence. */
interface Dated {

    String id();

    SupplyMatch match();

    LocalDate asOf();

    static void require(String id, SupplyMatch match, LocalDate asOf, Evidence evidence, String source) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evidence, "evidence");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
