package com.supplyrisk.supply;

import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a kilowatt-hour costs a business in a country, as published for a day.
 *
 * @param country ISO 3166-1 alpha-2, or null for the price assumed wherever the data has none
 */
public record ElectricityPrice(String country, Money perKwh, LocalDate asOf, Evidence evidence, String source) {

    public ElectricityPrice {
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
        }
        Objects.requireNonNull(perKwh, "perKwh");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evidence, "evidence");
        if (perKwh.amount() <= 0) {
            throw new IllegalArgumentException("price must be positive");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
