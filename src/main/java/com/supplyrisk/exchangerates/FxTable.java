package com.supplyrisk.exchangerates;

import com.supplyrisk.catalog.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Exchange rates in force from {@code date}: units of each currency per US dollar. */
public record FxTable(LocalDate date, String source, Map<String, Double> perUsd) {

    public static final String USD = "USD";

    public FxTable {
        Objects.requireNonNull(date, "date");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        var rates = new TreeMap<String, Double>(perUsd);
        rates.forEach((currency, rate) -> {
            if (!Money.isCurrencyCode(currency)) {
                throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code");
            }
            if (rate == null || !(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("rate for " + currency + " must be a positive number");
            }
        });
        rates.put(USD, 1.0);
        perUsd = java.util.Collections.unmodifiableMap(rates);
    }

    public boolean knows(String currency) {
        return perUsd.containsKey(currency);
    }

    public Optional<Money> convert(Money money, String target) {
        Double from = perUsd.get(money.currency());
        Double to = perUsd.get(target);
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (money.currency().equals(target)) {
            return Optional.of(money);
        }
        return Optional.of(new Money(money.amount() / from * to, target));
    }

    /** This table with some rates replaced, as a request may do. */
    public FxTable withRates(Map<String, Double> replacements, String replacementSource) {
        if (replacements.isEmpty()) {
            return this;
        }
        var merged = new TreeMap<String, Double>(perUsd);
        merged.putAll(replacements);
        return new FxTable(date, replacementSource, merged);
    }
}
