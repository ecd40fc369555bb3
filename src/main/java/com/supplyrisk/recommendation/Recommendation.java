package com.supplyrisk.recommendation;

import java.util.List;

/**
 * The recommended mix and what each step of certainty costs.
 *
 * @param feasible      whether the mix reaches the goal's confidence within its bounds
 * @param reason        why not, when it does not; else null
 * @param exact         true when every combination of the approvals was weighed, false when the simulation's trials were
 * @param samples       the trials weighed when not exact, else 0
 * @param standardError the Monte Carlo standard error of the mix's probability of the target; 0 when exact
 */
public record Recommendation(Mix recommendation, boolean feasible, String reason, List<FrontierPoint> frontier,
        boolean exact, int samples, double standardError) {
}
