package com.supplyrisk.plan;

import com.supplyrisk.catalog.ScenarioOverrides;
import com.supplyrisk.catalog.ScenarioPreset;
import java.util.Objects;

/**
 * A what-if a plan is scored under besides the plan as sent: a preset of the policy data or the buyer's own.
 *
 * @param custom true when the buyer defined it in the request
 */
public record Scenario(String name, String description, boolean custom, ScenarioOverrides overrides) {

    public Scenario {
        if (!ScenarioPreset.isName(name)) {
            throw new IllegalArgumentException("name must be lower-case kebab case of at most " + ScenarioPreset.MAX_NAME_LENGTH
                    + " characters");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(overrides, "overrides");
    }

    public static Scenario of(ScenarioPreset preset) {
        return new Scenario(preset.name(), preset.description(), false, preset.overrides());
    }

    /** The buyer's own scenario, described by what it changes. */
    public static Scenario custom(String name, ScenarioOverrides overrides) {
        return new Scenario(name, "Given in the request: " + count(overrides.rules().size(), "rule") + ", "
                + count(overrides.premiums().size(), "channel premium") + " and "
                + count(overrides.fxRates().size(), "exchange rate") + " changed", true, overrides);
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
