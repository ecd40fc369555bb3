package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** The official price of one unit, with the day it was quoted and who quoted it. */
public record ReferencePrice(Money price, LocalDate asOf, String source) {

    public ReferencePrice {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(asOf, "asOf");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (price.amount() <= 0) {
            throw new IllegalArgumentException("price must be positive");
        }
    }
}
