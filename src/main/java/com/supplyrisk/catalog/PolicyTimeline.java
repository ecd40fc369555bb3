package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final List<Approval> approvals;
    private final List<PolicyRule> rules;
    /**
     * Per channel, the rule groups in approval-id order, each group in precedence order and holding only the
     * rules that can match the channel: built once, so a route is checked against its channel's rules alone.
     */
    private final Map<Channel, List<List<PolicyRule>>> rulesByChannel = new EnumMap<>(Channel.class);

    public PolicyTimeline(String version, ExportControlThresholds thresholds, List<Approval> approvals, List<PolicyRule> rules) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        this.version = version;
        this.thresholds = thresholds;
        this.approvals = List.copyOf(approvals);
        this.rules = List.copyOf(rules);
        var ids = new HashSet<String>();
        var grouped = new LinkedHashMap<String, List<PolicyRule>>();
        approvals.stream().sorted(Comparator.comparing(Approval::id)).forEach(a -> grouped.put(a.id(), new ArrayList<>()));
        for (PolicyRule rule : rules) {
            if (!ids.add(rule.id())) {
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

    public List<Approval> approvals() {
        return approvals;
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    public List<PolicyRule> rulesInForceOn(LocalDate date) {
        return rules.stream().filter(rule -> rule.inForceOn(date)).toList();
    }

    /** The rule that applies per approval the route needs on that day, ordered by approval id. */
    public List<PolicyRule> approvalsFor(Route route, LocalDate date) {
        var applied = new ArrayList<PolicyRule>();
        for (List<PolicyRule> group : rulesByChannel.get(route.channel())) {
            firstMatch(group, route, date).ifPresent(applied::add);
        }
        return applied;
    }

    private static Optional<PolicyRule> firstMatch(List<PolicyRule> ordered, Route route, LocalDate date) {
        for (PolicyRule rule : ordered) {
            if (rule.inForceOn(date) && rule.match().matches(route)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
