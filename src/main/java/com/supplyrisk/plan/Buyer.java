package com.supplyrisk.plan;

import com.supplyrisk.catalog.Segment;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who buys. {@code headquarters} differs from {@code country} for a subsidiary abroad, which US rules
 * treat like its parent.
 */
public record Buyer(String country, String headquarters, Segment segment) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Buyer {
        requireCountry(country, "country");
        requireCountry(headquarters, "headquarters");
        Objects.requireNonNull(segment, "segment");
    }

    private static void requireCountry(String code, String field) {
        if (code == null || !COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException(field + " must be an ISO 3166-1 alpha-2 code");
        }
    }
}
