package com.supplyrisk.api.request;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A Monte Carlo asked for with a plan: at most {@code supply-risk.simulation.max-trials} trials, which PlanMapper checks,
 * from a seed (0 when not given, so still deterministic).
 */
public record SimulationRequest(@NotNull @Min(1) Integer trials, Long seed) {
}
