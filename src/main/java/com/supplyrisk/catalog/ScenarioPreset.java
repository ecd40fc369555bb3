package com.supplyrisk.catalog;

import java.util.Objects;

/**
 * A named what-if shipped with the policy data, such as Beijing approving H200 imports broadly. Presets name the
 * rules they change across the whole timeline, so they apply to whatever day a plan is assessed on.
 *
 * @param basis why the new numbers are what they are, with the events they come from
 */
public record ScenarioPreset(String name, String description, String basis, ScenarioOverrides overrides) {

    /** Lower-case kebab case, the form of every scenario name. */
    public static final String NAME_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_NAME_LENGTH = 64;

    public ScenarioPreset {
        if (!isName(name)) {
            throw new IllegalArgumentException("name must be lower-case kebab case of at most " + MAX_NAME_LENGTH + " characters");
        }
        if (description == null || description.isBlank() || basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("description and basis must not be blank");
        }
        Objects.requireNonNull(overrides, "overrides");
    }

    public static boolean isName(String name) {
        return name != null && name.length() <= MAX_NAME_LENGTH && name.matches(NAME_PATTERN);
    }
}
