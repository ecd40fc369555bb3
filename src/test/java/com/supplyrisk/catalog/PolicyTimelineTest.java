package com.supplyrisk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rules are in force on a day and which one applies per approval. */
class PolicyTimelineTest {

    static final ExportControlThresholds EAR = ExportControlThresholdsTest.EAR;

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static final Approval US = new Approval("us-export-licence", ApprovalKind.LICENCE, "US export licence");
    static final Approval CN = new Approval("cn-import-approval", ApprovalKind.LICENCE, "China import approval");

    static final Accelerator H200 = chip("nvidia-h200", "US", 15832, 4.8);
    static final Accelerator B300 = chip("nvidia-b300", "US", 36000, 8.0);
    static final Accelerator ASCEND = chip("huawei-ascend-910b", "CN", 5120, 1.6);

    static Accelerator chip(String id, String origin, double tpp, Double bandwidthTbps) {
        return new Accelerator(id, "Vendor", id, origin, Form.CARD, true, 1, tpp / 16, 80.0, bandwidthTbps, tpp, 800.0, 2024,
                new ReferencePrice(new Money(10_000, "USD"), DAY, "test"), null, null, EAR.classify(tpp, 800.0, true), "test", null,
                null);
    }

    static RuleMatch any() {
        return SampleRules.match(null, null, null, null, null, false, null, null, null, null);
    }

    static RuleMatch toDestinations(boolean includeHeadquarters, String... destinations) {
        return SampleRules.match(null, null, null, null, Set.of(destinations), includeHeadquarters, null, null, null, null);
    }

    static PolicyRule rule(String id, Approval approval, LocalDate from, LocalDate to, int priority, RuleMatch match) {
        return new PolicyRule(id, approval, "authority", "requirement", from, to, priority, match, 0.5, 0.0,
                approval.kind() == ApprovalKind.LICENCE ? ReviewPolicy.CASE_BY_CASE : null, Evidence.ESTIMATE, "basis", "source");
    }

    static PolicyTimeline timeline(PolicyRule... rules) {
        return new PolicyTimeline("2026-06-01", EAR, SampleRules.GROUPS, List.of(US, CN), List.of(rules), List.of());
    }

    static Route route(Accelerator chip, String country, String headquarters) {
        return new Route(chip, country, headquarters, Segment.COMMERCIAL, Channel.OFFICIAL);
    }

    static List<String> ids(List<PolicyRule> rules) {
        return rules.stream().map(PolicyRule::id).toList();
    }

    @Test
    void effectiveDatesAreInclusiveAtBothEnds() {
        PolicyTimeline timeline = timeline(rule("window", US, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20), 1, any()));
        Route route = route(H200, "CN", "CN");

        assertThat(ids(timeline.approvalsFor(route, LocalDate.of(2026, 1, 9)))).isEmpty();
        assertThat(ids(timeline.approvalsFor(route, LocalDate.of(2026, 1, 10)))).containsExactly("window");
        assertThat(ids(timeline.approvalsFor(route, LocalDate.of(2026, 1, 20)))).containsExactly("window");
        assertThat(ids(timeline.approvalsFor(route, LocalDate.of(2026, 1, 21)))).isEmpty();
    }

    @Test
    void rulesInForceOnListsOnlyTheRulesOfThatDay() {
        PolicyTimeline timeline = timeline(
                rule("old", US, LocalDate.of(2022, 10, 7), LocalDate.of(2026, 1, 14), 1, any()),
                rule("new", US, LocalDate.of(2026, 1, 15), null, 1, any()));

        assertThat(ids(timeline.rulesInForceOn(LocalDate.of(2026, 1, 14)))).containsExactly("old");
        assertThat(ids(timeline.rulesInForceOn(LocalDate.of(2026, 1, 15)))).containsExactly("new");
        assertThat(ids(timeline.rulesInForceOn(LocalDate.of(2022, 10, 6)))).isEmpty();
    }

    @Test
    void highestPriorityWinsWhateverTheListOrder() {
        PolicyRule low = rule("low", US, LocalDate.of(2026, 1, 1), null, 1, any());
        PolicyRule high = rule("high", US, LocalDate.of(2025, 1, 1), null, 3, any());
        PolicyRule middle = rule("middle", US, LocalDate.of(2026, 2, 1), null, 2, any());

        assertThat(ids(timeline(low, high, middle).approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("high");
        assertThat(ids(timeline(middle, low, high).approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("high");
    }

    @Test
    void higherPriorityRuleNotInForceGivesWayToALowerOne() {
        PolicyTimeline timeline = timeline(
                rule("expired-high", US, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 5, any()),
                rule("low", US, LocalDate.of(2022, 1, 1), null, 1, any()));

        assertThat(ids(timeline.approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("low");
    }

    @Test
    void priorityTieGoesToTheLaterEffectiveFrom() {
        PolicyRule older = rule("a-older", US, LocalDate.of(2025, 1, 1), null, 2, any());
        PolicyRule newer = rule("z-newer", US, LocalDate.of(2026, 1, 15), null, 2, any());

        assertThat(ids(timeline(older, newer).approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("z-newer");
        assertThat(ids(timeline(newer, older).approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("z-newer");
    }

    @Test
    void fullTieGoesToTheLowerId() {
        PolicyRule b = rule("b-rule", US, LocalDate.of(2026, 1, 15), null, 2, any());
        PolicyRule a = rule("a-rule", US, LocalDate.of(2026, 1, 15), null, 2, any());

        assertThat(ids(timeline(b, a).approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("a-rule");
    }

    @Test
    void oneRulePerApprovalOrderedByApprovalId() {
        PolicyTimeline timeline = timeline(
                rule("us-1", US, LocalDate.of(2025, 1, 1), null, 1, any()),
                rule("us-2", US, LocalDate.of(2025, 1, 1), null, 2, any()),
                rule("cn-1", CN, LocalDate.of(2025, 1, 1), null, 1, any()),
                rule("cn-2", CN, LocalDate.of(2025, 1, 1), null, 2, any()));

        List<PolicyRule> applied = timeline.approvalsFor(route(H200, "CN", "CN"), DAY);

        assertThat(ids(applied)).containsExactly("cn-2", "us-2");
        assertThat(applied).extracting(r -> r.approval().id()).doesNotHaveDuplicates();
    }

    @Test
    void approvalWithNoMatchingRuleIsNotNeeded() {
        PolicyTimeline timeline = timeline(rule("us-cn", US, LocalDate.of(2025, 1, 1), null, 1, toDestinations(false, "CN", "MO")));

        assertThat(timeline.approvalsFor(route(H200, "US", "US"), DAY)).isEmpty();
    }

    @Test
    void includeHeadquartersMatchesABuyerLocatedElsewhereWithHeadquartersInTheDestination() {
        PolicyTimeline timeline = timeline(rule("hq-rule", US, LocalDate.of(2025, 1, 1), null, 1, toDestinations(true, "CN", "MO")));

        assertThat(ids(timeline.approvalsFor(route(H200, "MY", "CN"), DAY))).containsExactly("hq-rule");
        assertThat(ids(timeline.approvalsFor(route(H200, "CN", "CN"), DAY))).containsExactly("hq-rule");
        assertThat(timeline.approvalsFor(route(H200, "MY", "MY"), DAY)).isEmpty();
    }

    @Test
    void withoutIncludeHeadquartersABuyerLocatedElsewhereIsNotMatched() {
        RuleMatch match = toDestinations(false, "CN", "MO");

        assertThat(SampleRules.matches(match, route(H200, "MY", "CN"))).isFalse();
        assertThat(SampleRules.matches(match, route(H200, "CN", "MY"))).isTrue();
    }

    @Test
    void groupsMatchWhereTheBuyerIsAndExceptedGroupsDoNot() {
        RuleMatch d1OrD4NotA5 = new RuleMatch(null, null, null, null, null, Set.of("D:1", "D:4"), null, Set.of("A:5"), null, null, null,
                null, null, null);

        assertThat(SampleRules.matches(d1OrD4NotA5, route(H200, "AE", "AE"))).isTrue();
        assertThat(SampleRules.matches(d1OrD4NotA5, route(H200, "VN", "VN"))).isTrue();
        assertThat(SampleRules.matches(d1OrD4NotA5, route(H200, "JP", "JP"))).isFalse();
        assertThat(SampleRules.matches(d1OrD4NotA5, route(H200, "MY", "CN"))).isFalse();
    }

    @Test
    void headquartersGroupsMatchASubsidiaryAbroadButNotAParentAbroad() {
        RuleMatch d5Parent = new RuleMatch(null, null, null, null, null, Set.of("D:5"), null, null, null, Set.of("D:5"), null, null,
                null, null);

        assertThat(SampleRules.matches(d5Parent, route(H200, "MY", "CN"))).isTrue();
        assertThat(SampleRules.matches(d5Parent, route(H200, "CN", "CN"))).isTrue();
        assertThat(SampleRules.matches(d5Parent, route(H200, "MY", "MY"))).isFalse();
        assertThat(SampleRules.matches(d5Parent, route(H200, "MY", "US"))).isFalse();
    }

    @Test
    void anUnclassifiedCountryIsInTheUnknownGroupOnly() {
        RuleMatch unknown = new RuleMatch(null, null, null, null, null, Set.of(CountryGroups.UNKNOWN), null, null, null, null, null,
                null, null, null);

        assertThat(SampleRules.GROUPS.on("ZZ", DAY).groups()).containsExactly(CountryGroups.UNKNOWN);
        assertThat(SampleRules.GROUPS.on("ZZ", DAY).known()).isFalse();
        assertThat(SampleRules.GROUPS.on("MY", DAY).groups()).isEmpty();
        assertThat(SampleRules.matches(unknown, route(H200, "ZZ", "ZZ"))).isTrue();
        assertThat(SampleRules.matches(unknown, route(H200, "MY", "MY"))).isFalse();
    }

    @Test
    void aDatedMemberBelongsOnlyWithinItsDates() {
        assertThat(SampleRules.GROUPS.on("HK", LocalDate.of(2020, 12, 22)).groups()).isEmpty();
        assertThat(SampleRules.GROUPS.on("HK", LocalDate.of(2020, 12, 23)).groups()).containsExactly("D:5");
    }

    @Test
    void aRuleNamingAGroupTheDataDoesNotDefineIsRefused() {
        PolicyRule rule = rule("typo", US, LocalDate.of(2026, 1, 1), null, 1, new RuleMatch(null, null, null, null, null,
                Set.of("D:9"), null, null, null, null, null, null, null, null));

        assertThatThrownBy(() -> timeline(rule)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D:9");
    }

    @Test
    void tppBelowIsStrict() {
        RuleMatch below21000 = SampleRules.match(null, null, null, null, null, false, null, null, 21000.0, null);

        assertThat(SampleRules.matches(below21000, route(H200, "CN", "CN"))).isTrue();
        assertThat(SampleRules.matches(below21000, route(B300, "CN", "CN"))).isFalse();
        assertThat(SampleRules.matches(below21000, route(chip("vendor-exact", "US", 21000, 4.0), "CN", "CN"))).isFalse();
    }

    @Test
    void memoryBandwidthBelowIsStrictAndAnUnknownBandwidthDoesNotMatch() {
        RuleMatch below6point5 = SampleRules.match(null, null, null, null, null, false, null, null, null, 6.5);

        assertThat(SampleRules.matches(below6point5, route(H200, "CN", "CN"))).isTrue();
        assertThat(SampleRules.matches(below6point5, route(B300, "CN", "CN"))).isFalse();
        assertThat(SampleRules.matches(below6point5, route(chip("vendor-exact", "US", 15000, 6.5), "CN", "CN"))).isFalse();
        assertThat(SampleRules.matches(below6point5, route(chip("vendor-unknown", "US", 15000, null), "CN", "CN"))).isFalse();
    }

    @Test
    void foreignToBuyerComparesTheChipOriginWithTheBuyerLocation() {
        RuleMatch foreign = SampleRules.match(null, null, null, true, null, false, null, null, null, null);
        RuleMatch domestic = SampleRules.match(null, null, null, false, null, false, null, null, null, null);

        assertThat(SampleRules.matches(foreign, route(H200, "CN", "CN"))).isTrue();
        assertThat(SampleRules.matches(foreign, route(ASCEND, "CN", "CN"))).isFalse();
        assertThat(SampleRules.matches(foreign, route(ASCEND, "MY", "CN"))).isTrue();
        assertThat(SampleRules.matches(domestic, route(ASCEND, "CN", "CN"))).isTrue();
        assertThat(SampleRules.matches(domestic, route(H200, "CN", "CN"))).isFalse();
    }

    @Test
    void everyGivenConditionMustHold() {
        RuleMatch match = SampleRules.match(Set.of("nvidia-h200"), Set.of(Eccn.ECCN_3A090_A), Set.of("US"), null, Set.of("CN"), false,
                Set.of(Segment.COMMERCIAL), Set.of(Channel.OFFICIAL), null, null);

        assertThat(SampleRules.matches(match, route(H200, "CN", "CN"))).isTrue();
        assertThat(SampleRules.matches(match, route(B300, "CN", "CN"))).isFalse();
        assertThat(SampleRules.matches(match, new Route(H200, "CN", "CN", Segment.STATE_OWNED, Channel.OFFICIAL))).isFalse();
        assertThat(SampleRules.matches(match, new Route(H200, "CN", "CN", Segment.COMMERCIAL, Channel.GREY_MARKET))).isFalse();
    }

    @Test
    void duplicateRuleIdIsRejected() {
        assertThatThrownBy(() -> timeline(
                rule("same", US, LocalDate.of(2025, 1, 1), null, 1, any()),
                rule("same", CN, LocalDate.of(2025, 1, 1), null, 1, any())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate rule id 'same'");
    }

    @Test
    void ruleNamingAnUnknownApprovalIsRejected() {
        Approval unknown = new Approval("eu-approval", ApprovalKind.LICENCE, "not in the timeline");

        assertThatThrownBy(() -> timeline(rule("eu-rule", unknown, LocalDate.of(2025, 1, 1), null, 1, any())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eu-rule")
                .hasMessageContaining("unknown approval 'eu-approval'");
    }

    @Test
    void effectiveToBeforeEffectiveFromIsRejected() {
        assertThatThrownBy(() -> rule("backwards", US, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), 1, any()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScenarioChangesTheNamedRulesNumbersAndNothingElse() {
        PolicyRule licence = rule("us-licence", US, LocalDate.of(2026, 1, 15), null, 2, SampleRules.match(null, null, null, null,
                Set.of("CN"), false, null, Set.of(Channel.OFFICIAL), null, null));
        PolicyRule other = rule("cn-import", CN, LocalDate.of(2026, 1, 15), null, 1, SampleRules.match(null, null, null, null,
                Set.of("CN"), false, null, Set.of(Channel.OFFICIAL), null, null));
        PolicyTimeline policy = timeline(licence, other);

        PolicyTimeline changed = policy.withChanges(Map.of("us-licence", new RuleChange(0.9, null)));

        PolicyRule after = changed.rule("us-licence").orElseThrow();
        assertThat(after.probability()).isEqualTo(0.9);
        assertThat(after.monthlyHazard()).isEqualTo(licence.monthlyHazard());
        assertThat(after).usingRecursiveComparison().ignoringFields("probability").isEqualTo(licence);
        assertThat(changed.rule("cn-import")).contains(other);
        assertThat(policy.rule("us-licence")).contains(licence);
        assertThat(policy.withChanges(Map.of())).isSameAs(policy);
    }

    @Test
    void aScenarioNamingAnUnknownRuleIsRefusedWithTheClosestIds() {
        PolicyTimeline policy = timeline(rule("us-licence", US, LocalDate.of(2026, 1, 15), null, 2, SampleRules.match(null, null, null,
                null, Set.of("CN"), false, null, Set.of(Channel.OFFICIAL), null, null)));

        assertThatThrownBy(() -> policy.withChanges(Map.of("us-licenc", new RuleChange(null, 0.1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("us-licenc")
                .hasMessageContaining("closest: us-licence");
    }
}
