package com.supplyrisk.api.view;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.RuleChange;
import com.supplyrisk.catalog.ScenarioPreset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The presets a request may name in {@code scenarios}, with what each changes on one day. */
public record ScenarioList(String policyVersion, LocalDate asOf, List<PresetView> scenarios) {

    /**
     * One preset. {@code rules} are the changed rules in force on the day, with their numbers in the policy and in the
     * scenario; {@code rulesChanged} counts the changed rules across the whole timeline.
     */
    public record PresetView(String name, String description, String basis, List<RuleChangeView> rules, int rulesChanged,
            Map<Channel, Double> premiums, Map<String, Double> fxRates) {
    }

    /** A rule's numbers in the policy and in the scenario. */
    public record RuleChangeView(String id, String requirement, double probability, double newProbability, double monthlyHazard,
            double newMonthlyHazard) {
    }

    public static PresetView of(ScenarioPreset preset, PolicyTimeline policy, LocalDate day) {
        Map<String, RuleChange> changes = preset.overrides().rules();
        var inForce = new ArrayList<RuleChangeView>();
        changes.forEach((id, change) -> policy.rule(id).filter(rule -> rule.inForceOn(day))
                .ifPresent(rule -> inForce.add(view(rule, change.applyTo(rule)))));
        return new PresetView(preset.name(), preset.description(), preset.basis(), List.copyOf(inForce), changes.size(),
                preset.overrides().premiums(), preset.overrides().fxRates());
    }

    private static RuleChangeView view(PolicyRule rule, PolicyRule changed) {
        return new RuleChangeView(rule.id(), rule.requirement(), rule.probability(), changed.probability(), rule.monthlyHazard(),
                changed.monthlyHazard());
    }
}
