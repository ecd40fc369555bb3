package com.supplyrisk.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scenario changes: the numbers of named policy rules, the premium over the reference price at which each
 * channel's options are bought ({@code unit price = reference x (1 + premium)}), and exchange rates (units of a
 * currency per US dollar). Kept in a fixed order, so that answers never depend on the order they were given in.
 */
public record ScenarioOverrides(Map<String, RuleChange> rules, Map<Channel, Double> premiums, Map<String, Double> fxRates) {

    public static final double MIN_PREMIUM = -0.99;
    public static final double MAX_PREMIUM = 10;

    public static final ScenarioOverrides NONE = new ScenarioOverrides(Map.of(), Map.of(), Map.of());

    public ScenarioOverrides {
        rules = Collections.unmodifiableMap(new TreeMap<>(rules == null ? Map.of() : rules));
        var byChannel = new EnumMap<Channel, Double>(Channel.class);
        if (premiums != null) {
            byChannel.putAll(premiums);
        }
        byChannel.forEach((channel, premium) -> {
            if (premium == null || !(premium >= MIN_PREMIUM && premium <= MAX_PREMIUM)) {
                throw new IllegalArgumentException("the premium of " + channel + " must be between " + MIN_PREMIUM + " and "
                        + MAX_PREMIUM);
            }
        });
        premiums = Collections.unmodifiableMap(byChannel);
        fxRates = Collections.unmodifiableMap(new TreeMap<>(fxRates == null ? Map.of() : fxRates));
        fxRates.forEach((currency, rate) -> {
            if (!Money.isCurrencyCode(currency)) {
                throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code");
            }
            if (rate == null || !(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("the rate of " + currency + " must be a positive number");
            }
        });
    }

    public boolean isEmpty() {
        return rules.isEmpty() && premiums.isEmpty() && fxRates.isEmpty();
    }
}
