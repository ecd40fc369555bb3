package com.supplyrisk.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Eccn;
import com.supplyrisk.catalog.ExportControlThresholds;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.exchangerates.FxTable;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.Route;
import com.supplyrisk.catalog.ScenarioPreset;
import com.supplyrisk.catalog.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The data files shipped in the application load and carry the facts of domain-facts.md. */
class ShippedDataTest {

    static final PolicyTimeline POLICY = ReferenceData.loadPolicy(ReferenceData.read(Optional.empty(), ReferenceData.POLICY));
    static final AcceleratorCatalog CATALOG = ReferenceData.loadCatalog(
            ReferenceData.read(Optional.empty(), ReferenceData.ACCELERATORS), POLICY.thresholds());
    static final FxRates FX = ReferenceData.loadFx(ReferenceData.read(Optional.empty(), ReferenceData.FX));

    static final int HORIZON_MONTHS = 12;
    static final LocalDate CUSTOMS_HOLD = LocalDate.of(2026, 1, 20);
    static final LocalDate SEED_DAY = LocalDate.of(2026, 1, 26);
    static final LocalDate AFTER_FIRST_APPROVALS = LocalDate.of(2026, 1, 30);
    static final LocalDate LICENCES_STALLED = LocalDate.of(2026, 3, 1);
    static final LocalDate PURCHASES_PAUSED = LocalDate.of(2026, 6, 1);

    static Accelerator chip(String id) {
        return CATALOG.find(id).orElseThrow(() -> new AssertionError("catalog lacks " + id));
    }

    static Route official(String id, String country, String headquarters, Segment segment) {
        return new Route(chip(id), country, headquarters, segment, Channel.OFFICIAL);
    }

    /** P = product of the applied probabilities x exp(-sum of monthly hazards x horizon), as scoring-model.md defines it. */
    static double probability(Route route, LocalDate day) {
        List<PolicyRule> applied = POLICY.approvalsFor(route, day);
        double grant = applied.stream().mapToDouble(PolicyRule::probability).reduce(1.0, (x, y) -> x * y);
        double hazard = applied.stream().mapToDouble(PolicyRule::monthlyHazard).sum();
        return grant * Math.exp(-hazard * HORIZON_MONTHS);
    }

    static Optional<PolicyRule> usLicence(Route route, LocalDate day) {
        return POLICY.approvalsFor(route, day).stream().filter(r -> r.approval().id().equals("us-export-licence")).findFirst();
    }

    @Test
    void catalogHasTheFourteenAcceleratorsOfDomainFacts() {
        assertThat(CATALOG.all()).extracting(Accelerator::id).containsExactlyInAnyOrder(
                "nvidia-a100", "nvidia-a800", "nvidia-h100", "nvidia-h800", "nvidia-h20", "nvidia-h200", "nvidia-b200",
                "nvidia-b300", "nvidia-rtx-pro-6000d", "nvidia-rtx-4090d", "huawei-ascend-910b", "huawei-ascend-910c",
                "cambricon-mlu590", "huawei-cloudmatrix-384");
    }

    @Test
    void eccnIsDerivedFromTheSpecs() {
        assertThat(chip("nvidia-h100").eccn()).isEqualTo(Eccn.ECCN_3A090_A);
        assertThat(chip("nvidia-h200").eccn()).isEqualTo(Eccn.ECCN_3A090_A);
        assertThat(chip("nvidia-b300").eccn()).isEqualTo(Eccn.ECCN_3A090_A);
        assertThat(chip("nvidia-h20").eccn()).isEqualTo(Eccn.EAR99);
        assertThat(chip("nvidia-rtx-4090d").eccn()).isEqualTo(Eccn.EAR99);
    }

    @Test
    void shippedThresholdsAreThoseOfTheEar() {
        ExportControlThresholds t = POLICY.thresholds();

        assertThat(t.aTppAtLeast()).isEqualTo(4800);
        assertThat(t.aDensityTppAtLeast()).isEqualTo(1600);
        assertThat(t.aDensityAtLeast()).isEqualTo(5.92);
    }

    @Test
    void everyRuleHasABasisAndASource() {
        assertThat(POLICY.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.basis()).as(rule.id()).isNotBlank();
            assertThat(rule.source()).as(rule.id()).isNotBlank();
        });
    }

    @Test
    void everyRuleNamesOnlyAcceleratorsOfTheCatalog() {
        assertThat(POLICY.rules()).allSatisfy(rule ->
                assertThat(rule.match().accelerators()).as(rule.id()).allSatisfy(id -> assertThat(CATALOG.find(id)).isPresent()));
    }

    @Test
    void h200ReferenceGivesTheSeedGreyQuoteAPremiumOfAboutHalf() {
        Money reference = chip("nvidia-h200").referenceUnitPrice().price();

        assertThat(reference).isEqualTo(new Money(191_700, "CNY"));
        assertThat(287_500 / reference.amount() - 1).isCloseTo(0.50, within(0.005));
    }

    @Test
    void fxTableInForceOnTheSeedDayHasTheSeedCnyRate() {
        FxTable table = FX.tableOn(SEED_DAY).orElseThrow();

        assertThat(table.date()).isEqualTo(SEED_DAY);
        assertThat(table.perUsd()).containsEntry("CNY", 6.9612);
    }

    @Test
    void everyReferencePriceCurrencyIsInTheFxTables() {
        assertThat(CATALOG.all()).allSatisfy(a ->
                assertThat(FX.tables().get(0).knows(a.referenceUnitPrice().price().currency())).as(a.id()).isTrue());
    }

    @Test
    void h200ToAChineseCommercialBuyerIsLessLikelyDuringTheCustomsHoldThanAfterTheFirstApprovals() {
        Route route = official("nvidia-h200", "CN", "CN", Segment.COMMERCIAL);

        assertThat(probability(route, CUSTOMS_HOLD)).isLessThan(probability(route, AFTER_FIRST_APPROVALS));
    }

    @Test
    void h100AndB300ToAChineseCommercialBuyerAreUnlikelyAfterTheFirstH200Approvals() {
        assertThat(probability(official("nvidia-h100", "CN", "CN", Segment.COMMERCIAL), AFTER_FIRST_APPROVALS)).isLessThan(0.05);
        assertThat(probability(official("nvidia-b300", "CN", "CN", Segment.COMMERCIAL), AFTER_FIRST_APPROVALS)).isLessThan(0.05);
    }

    @Test
    void h200ToAChineseStateOwnedBuyerIsUnlikely() {
        assertThat(probability(official("nvidia-h200", "CN", "CN", Segment.STATE_OWNED), AFTER_FIRST_APPROVALS)).isLessThan(0.05);
    }

    @Test
    void h200ToChinaFellWhenLicencesStalledAndAgainWhenPurchasesWerePaused() {
        Route route = official("nvidia-h200", "CN", "CN", Segment.COMMERCIAL);

        assertThat(probability(route, LICENCES_STALLED)).isLessThan(probability(route, AFTER_FIRST_APPROVALS)).isLessThan(0.05);
        assertThat(probability(route, PURCHASES_PAUSED)).isLessThan(probability(route, LICENCES_STALLED));
    }

    @Test
    void malaysianSubsidiaryOfAChineseBuyerStaysUnderThePresumptionOfDenialOutsideTheChinaWindow() {
        PolicyRule parent = usLicence(official("nvidia-h200", "CN", "CN", Segment.COMMERCIAL), AFTER_FIRST_APPROVALS).orElseThrow();
        PolicyRule subsidiary = usLicence(official("nvidia-h200", "MY", "CN", Segment.COMMERCIAL), AFTER_FIRST_APPROVALS).orElseThrow();

        assertThat(parent.review()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
        assertThat(subsidiary.review()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(subsidiary.probability()).isLessThanOrEqualTo(0.02);
    }

    @Test
    void malaysianBuyerHeadquarteredInMalaysiaNeedsNoUsLicence() {
        PolicyRule rule = usLicence(official("nvidia-h200", "MY", "MY", Segment.COMMERCIAL), AFTER_FIRST_APPROVALS).orElseThrow();

        assertThat(rule.review()).isEqualTo(ReviewPolicy.NOT_REQUIRED);
        assertThat(rule.probability()).isEqualTo(1.0);
    }

    @Test
    void greyMarketH200IntoChinaOnTheSeedDayIsLikelyButNotSafe() {
        Route grey = new Route(chip("nvidia-h200"), "CN", "CN", Segment.COMMERCIAL, Channel.GREY_MARKET);

        assertThat(probability(grey, SEED_DAY)).isBetween(0.6, 0.9);
    }

    @Test
    void theFivePresetScenariosShipWithABasis() {
        assertThat(POLICY.scenarios()).extracting(ScenarioPreset::name).containsExactly("baseline", "china-approves-h200-broadly",
                "us-revokes-china-licences", "grey-market-crackdown", "domestic-capacity-doubles");
        assertThat(POLICY.scenarios()).allSatisfy(s -> assertThat(s.basis()).as(s.name()).isNotBlank());
        assertThat(POLICY.scenario("baseline").orElseThrow().overrides().isEmpty()).isTrue();
        assertThat(POLICY.scenarios()).filteredOn(s -> !s.name().equals("baseline"))
                .allSatisfy(s -> assertThat(s.overrides().isEmpty()).as(s.name()).isFalse());
    }

    @Test
    void revokedLicencesLeaveNoUsLicenceForChinaOnAnyDay() {
        PolicyTimeline revoked = POLICY.withChanges(POLICY.scenario("us-revokes-china-licences").orElseThrow().overrides().rules());
        assertThat(revoked.rules())
                .filteredOn(rule -> rule.approval().id().equals("us-export-licence") && rule.match().destinations().contains("CN"))
                .filteredOn(rule -> !rule.requirement().startsWith("No licence"))
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.probability()).as(rule.id()).isZero());
    }

    @Test
    void broadH200ApprovalRaisesTheChineseImportSideOnEveryDayOfTheH200Timeline() {
        PolicyTimeline approved = POLICY.withChanges(POLICY.scenario("china-approves-h200-broadly").orElseThrow().overrides().rules());
        Route h200 = official("nvidia-h200", "CN", "CN", Segment.COMMERCIAL);
        for (LocalDate day : List.of(LocalDate.of(2025, 12, 20), CUSTOMS_HOLD, AFTER_FIRST_APPROVALS, LICENCES_STALLED,
                PURCHASES_PAUSED)) {
            PolicyRule before = POLICY.approvalsFor(h200, day).stream().filter(r -> r.approval().id().equals("cn-import-approval"))
                    .findFirst().orElseThrow();
            PolicyRule after = approved.approvalsFor(h200, day).stream().filter(r -> r.approval().id().equals("cn-import-approval"))
                    .findFirst().orElseThrow();
            assertThat(after.id()).as("the same rule applies on %s", day).isEqualTo(before.id());
            assertThat(after.probability()).as(day.toString()).isGreaterThan(before.probability());
        }
    }
}
