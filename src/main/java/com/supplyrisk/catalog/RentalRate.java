package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** What renting one unit costs per period, when and where that rate was quoted, and how strong the evidence is. */
public record RentalRate(Money price, Period period, LocalDate asOf, Evidence evidence, String source) {

    /** A month is a twelfth of a 365-day year, as cloud providers bill it: 730 hours. */
    public static final double HOURS_PER_MONTH = 730;

    /** What a rental price is quoted per. */
    public enum Period {
        HOUR(1),
        MONTH(HOURS_PER_MONTH);

        private final double hours;

        Period(double hours) {
            this.hours = hours;
        }

        public double hours() {
            return hours;
        }
    }

    public RentalRate {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evidence, "evidence");
        if (price.amount() <= 0) {
            throw new IllegalArgumentException("price must be positive");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    /** The same rate quoted per another period. */
    public Money per(Period other) {
        return price.times(other.hours() / period.hours());
    }
}
