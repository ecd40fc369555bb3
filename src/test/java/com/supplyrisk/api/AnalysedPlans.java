package com.supplyrisk.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid plans that ask for the analyses too: {@link RandomPlans}' plans with scenarios (the policy data's presets
 * and the buyer's own, changing rules, premiums and exchange rates), sensitivity, and a simulation with a target and
 * sometimes a budget. The preset names and rule ids come from the running service, so the plans follow its data.
 */
final class AnalysedPlans {

    private final RandomPlans plans;
    private final List<String> presets;
    private final List<String> ruleIds;

    AnalysedPlans(RandomPlans plans, List<String> presets, List<String> ruleIds) {
        this.plans = plans;
        this.presets = presets;
        this.ruleIds = ruleIds;
    }

    Map<String, Object> plan() {
        Map<String, Object> plan = plans.plan();
        if (plans.chance(0.4)) {
            plan.put("scenarios", scenarios());
        }
        if (plans.chance(0.4)) {
            plan.put("sensitivity", plans.chance(0.8));
        }
        if (plans.chance(0.3)) {
            var simulation = new LinkedHashMap<String, Object>();
            simulation.put("trials", 1 + plans.below(400));
            if (plans.chance(0.7)) {
                simulation.put("seed", (long) plans.below(Integer.MAX_VALUE) * (plans.chance(0.5) ? 1 : -1));
            }
            plan.put("simulation", simulation);
            plan.put("targetComputePflops", decimal(0.1 + plans.below(5_000), 1));
            if (plans.chance(0.5)) {
                plan.put("budget", Map.of("amount", decimal(1_000 + plans.below(100_000_000), 2), "currency", "USD"));
            }
        }
        return plan;
    }

    private List<Object> scenarios() {
        var scenarios = new ArrayList<Object>();
        var names = new HashSet<String>();
        int count = 1 + plans.below(4);
        for (int i = 0; i < count; i++) {
            if (plans.chance(0.5)) {
                String preset = plans.pick(presets);
                if (names.add(preset)) {
                    scenarios.add(preset);
                }
            } else {
                String name = "what-if-" + i;
                names.add(name);
                scenarios.add(Map.of("name", name, "overrides", overrides()));
            }
        }
        return scenarios.isEmpty() ? List.of(presets.get(0)) : scenarios;
    }

    private Map<String, Object> overrides() {
        var overrides = new LinkedHashMap<String, Object>();
        var rules = new LinkedHashMap<String, Object>();
        Set<String> changed = new HashSet<>();
        for (int i = 1 + plans.below(3); i > 0; i--) {
            String rule = plans.pick(ruleIds);
            if (changed.add(rule)) {
                var change = new LinkedHashMap<String, Object>();
                change.put("probability", probability());
                if (plans.chance(0.3)) {
                    change.put("monthlyHazard", decimal(plans.below(200) / 1000.0, 3));
                }
                rules.put(rule, change);
            }
        }
        overrides.put("rules", rules);
        if (plans.chance(0.4)) {
            overrides.put("premiums", Map.of(plans.pick(RandomPlans.CHANNELS), decimal(-0.5 + plans.below(300) / 100.0, 2)));
        }
        if (plans.chance(0.3)) {
            overrides.put("fxRates", Map.of("CNY", decimal(5 + plans.below(400) / 100.0, 4)));
        }
        return overrides;
    }

    /** Often exactly 0 or 1, where break-even and sensitivity values meet the ends of their range. */
    private BigDecimal probability() {
        if (plans.chance(0.3)) {
            return plans.chance(0.5) ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        return decimal(plans.below(1001) / 1000.0, 3);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
