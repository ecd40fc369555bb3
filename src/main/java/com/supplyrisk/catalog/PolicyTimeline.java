package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated licensing rules. A request's date selects the rules in force, so a buyer can replay what
 * it faced on a past day.
 */
public final class PolicyTimeline {

    /** Highest priority first, then the newest rule, then the id, so the choice never depends on file order. */
    private static final Comparator<PolicyRule> PRECEDENCE = Comparator.comparingInt(PolicyRule::priority).reversed()
            .thenComparing(PolicyRule::effectiveFrom, Comparator.reverseOrder())
            .thenComparing(PolicyRule::id);

    private final String version;
    private final ExportControlThresholds thresholds;
    private final CountryGroups countryGroups;
    private final List<Approval> approvals;
    private final List<PolicyRule> rules;
    private final Map<String, PolicyRule> rulesById = new HashMap<>();
    private final List<ScenarioPreset> scenarios;
    /**
     * Per channel, the rule groups in approval-id order, each group in precedence order and holding only the
     * rules that can match the channel: built once, so a route is checked against its channel's rules alone.
     */
    private final Map<Channel, List<List<PolicyRule>>> rulesByChannel = new EnumMap<>(Channel.class);

    /** @param scenarios the what-ifs shipped with the rules; each may change only rules of this timeline */
    public PolicyTimeline(String version, ExportControlThresholds thresholds, CountryGroups countryGroups, List<Approval> approvals,
            List<PolicyRule> rules, List<ScenarioPreset> scenarios) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        this.version = version;
        this.thresholds = thresholds;
        this.countryGroups = Objects.requireNonNull(countryGroups, "countryGroups");
        this.approvals = List.copyOf(approvals);
        this.rules = List.copyOf(rules);
        this.scenarios = List.copyOf(scenarios);
        var grouped = new LinkedHashMap<String, List<PolicyRule>>();
        approvals.stream().sorted(Comparator.comparing(Approval::id)).forEach(a -> grouped.put(a.id(), new ArrayList<>()));
        for (PolicyRule rule : rules) {
            for (String group : rule.match().groupsNamed()) {
                if (!countryGroups.defines(group)) {
                    throw new IllegalArgumentException("rule '" + rule.id() + "' names country group '" + group
                            + "', which the country groups do not define");
                }
            }
            if (rulesById.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("duplicate rule id '" + rule.id() + "'");
            }
            List<PolicyRule> group = grouped.get(rule.approval().id());
            if (group == null) {
                throw new IllegalArgumentException("rule '" + rule.id() + "' names unknown approval '" + rule.approval().id() + "'");
            }
            group.add(rule);
        }
        List<List<PolicyRule>> rulesByApproval = grouped.values().stream()
                .map(group -> group.stream().sorted(PRECEDENCE).toList())
                .toList();
        var names = new HashSet<String>();
        for (ScenarioPreset scenario : scenarios) {
            if (!names.add(scenario.name())) {
                throw new IllegalArgumentException("duplicate scenario name '" + scenario.name() + "'");
            }
            checkRulesKnown(scenario.overrides().rules());
        }
        for (Channel channel : Channel.values()) {
            rulesByChannel.put(channel, rulesByApproval.stream()
                    .map(group -> group.stream().filter(rule -> rule.match().admits(channel)).toList())
                    .filter(group -> !group.isEmpty())
                    .toList());
        }
    }

    public String version() {
        return version;
    }

    public ExportControlThresholds thresholds() {
        return thresholds;
    }

    public CountryGroups countryGroups() {
        return countryGroups;
    }

    public List<Approval> approvals() {
        return approvals;
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    public List<ScenarioPreset> scenarios() {
        return scenarios;
    }

    public Optional<ScenarioPreset> scenario(String name) {
        return scenarios.stream().filter(scenario -> scenario.name().equals(name)).findFirst();
    }

    public Optional<PolicyRule> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** The rule ids nearest to an unknown one, so that an error can suggest what was meant. */
    public List<String> closestRuleIds(String unknown, int limit) {
        return NearestNames.of(rulesById.keySet(), unknown, limit);
    }

    /**
     * This timeline with some rules' numbers changed, as a scenario sees it: the same rules, dates and precedence, so
     * the same routes pick the same rules, only with other probabilities and hazards.
     */
    public PolicyTimeline withChanges(Map<String, RuleChange> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        checkRulesKnown(changes);
        List<PolicyRule> changed = rules.stream()
                .map(rule -> changes.containsKey(rule.id()) ? changes.get(rule.id()).applyTo(rule) : rule)
                .toList();
        return new PolicyTimeline(version, thresholds, countryGroups, approvals, changed, scenarios);
    }

    private void checkRulesKnown(Map<String, RuleChange> changes) {
        for (String id : changes.keySet()) {
            if (!rulesById.containsKey(id)) {
                throw new IllegalArgumentException("rule '" + id + "' is not among the rules; closest: "
                        + String.join(", ", closestRuleIds(id, 3)));
            }
        }
    }

    public List<PolicyRule> rulesInForceOn(LocalDate date) {
        return rules.stream().filter(rule -> rule.inForceOn(date)).toList();
    }

    /** The rule that applies per approval the route needs on that day, ordered by approval id. */
    public List<PolicyRule> approvalsFor(Route route, LocalDate date) {
        Destination located = countryGroups.on(route.buyerCountry(), date);
        Destination parent = countryGroups.on(route.buyerHeadquarters(), date);
        var applied = new ArrayList<PolicyRule>();
        for (List<PolicyRule> group : rulesByChannel.get(route.channel())) {
            firstMatch(group, route, located, parent, date).ifPresent(applied::add);
        }
        return applied;
    }

    private static Optional<PolicyRule> firstMatch(List<PolicyRule> ordered, Route route, Destination located, Destination parent,
            LocalDate date) {
        for (PolicyRule rule : ordered) {
            if (rule.inForceOn(date) && rule.match().matches(route, located, parent)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
