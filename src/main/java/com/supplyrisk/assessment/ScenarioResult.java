package com.supplyrisk.assessment;

import java.util.List;

/** Every option of a plan scored under one scenario, in request order. */
public record ScenarioResult(String scenario, String description, boolean custom, List<OptionUnderScenario> options) {
}
