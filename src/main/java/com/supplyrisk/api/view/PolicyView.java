package com.supplyrisk.api.view;

import com.supplyrisk.catalog.Approval;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.CountryGroups;
import com.supplyrisk.catalog.Eccn;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.ExportControlThresholds;
import com.supplyrisk.exchangerates.FxTable;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.RuleMatch;
import com.supplyrisk.catalog.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The policy data in force on one day: every number behind a licensing probability, with its source. */
public record PolicyView(
        String version,
        LocalDate asOf,
        FxView fx,
        ExportControlThresholds exportControl,
        CountryGroupsView countryGroups,
        List<Approval> approvals,
        List<RuleView> rules) {

    /** The EAR country groups on the day, with their members then; countries in none of them are listed apart. */
    public record CountryGroupsView(String source, Evidence evidence, List<GroupView> groups, List<String> unlisted) {
    }

    public record GroupView(String id, String description, List<String> members) {
    }

    public static CountryGroupsView of(CountryGroups groups, LocalDate day) {
        return new CountryGroupsView(groups.source(), groups.evidence(),
                groups.groups().stream().map(g -> new GroupView(g.id(), g.description(), List.copyOf(g.membersOn(day)))).toList(),
                List.copyOf(groups.unlisted()));
    }

    /** The exchange-rate table in force: units of each currency per US dollar. */
    public record FxView(String version, LocalDate date, String source, Map<String, Double> perUsd) {
    }

    /** One rule; the match lists only the conditions it sets. */
    public record RuleView(String id, String approval, String authority, String requirement, LocalDate effectiveFrom,
            LocalDate effectiveTo, int priority, MatchView match, double probability, double monthlyHazard, ReviewPolicy review,
            Evidence evidence, String basis, String source) {
    }

    /** Which routes a rule applies to; an absent condition matches anything. */
    public record MatchView(List<String> accelerators, List<String> eccn, List<String> origins, Boolean foreignToBuyer,
            List<String> destinations, List<String> destinationGroups, List<String> exceptDestinations,
            List<String> exceptDestinationGroups, List<String> headquarters, List<String> headquartersGroups, List<Segment> segments,
            List<Channel> channels, Double tppBelow, Double memoryBandwidthBelowTbps) {
    }

    public static RuleView of(PolicyRule rule) {
        RuleMatch m = rule.match();
        var match = new MatchView(sorted(m.accelerators()), m.eccn().stream().sorted().map(Eccn::code).toList(),
                sorted(m.origins()), m.foreignToBuyer(), sorted(m.destinations()), sorted(m.destinationGroups()),
                sorted(m.exceptDestinations()), sorted(m.exceptDestinationGroups()), sorted(m.headquarters()),
                sorted(m.headquartersGroups()), m.segments().stream().sorted().toList(), m.channels().stream().sorted().toList(), m.tppBelow(),
                m.memoryBandwidthBelowTbps());
        return new RuleView(rule.id(), rule.approval().id(), rule.authority(), rule.requirement(), rule.effectiveFrom(),
                rule.effectiveTo(), rule.priority(), match, rule.probability(), rule.monthlyHazard(), rule.review(), rule.evidence(),
                rule.basis(), rule.source());
    }

    public static FxView of(String version, FxTable table) {
        return new FxView(version, table.date(), table.source(), table.perUsd());
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
