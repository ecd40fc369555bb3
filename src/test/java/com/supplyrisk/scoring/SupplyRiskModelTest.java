package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.ASCEND;
import static com.supplyrisk.scoring.Fixtures.CAMBRICON;
import static com.supplyrisk.scoring.Fixtures.H200;
import static com.supplyrisk.scoring.Fixtures.MODEL;
import static com.supplyrisk.scoring.Fixtures.SEED_DAY;
import static com.supplyrisk.scoring.Fixtures.option;
import static com.supplyrisk.scoring.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.assessment.ApprovalOutcome;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.CitedRule;
import com.supplyrisk.assessment.Compliance;
import com.supplyrisk.assessment.ConcentrationBand;
import com.supplyrisk.assessment.ConcentrationFactor;
import com.supplyrisk.assessment.Factors;
import com.supplyrisk.assessment.LicensingFactor;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.PlanSummary;
import com.supplyrisk.assessment.PricePremiumFactor;
import com.supplyrisk.assessment.Warning;
import com.supplyrisk.assessment.WarningCode;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.Segment;
import com.supplyrisk.plan.Buyer;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplyRiskModelTest {

    private static OptionAssessment find(Assessment assessment, String id) {
        return assessment.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void seedGreyMarketQuoteIsAboutFiftyPercentOverTheOfficialPrice() {
        Assessment assessment = MODEL.assess(Fixtures.seedPlan());
        OptionAssessment grey = find(assessment, "h200-grey");
        OptionAssessment official = find(assessment, "h200-official");

        assertThat(grey.factors().pricePremium().premium()).isCloseTo(0.50, within(0.01));
        assertThat(official.factors().pricePremium().premium()).isCloseTo(0.0, within(0.001));
        // RMB 2,300,000 for an 8-GPU server is USD 330,403 at 6.9612 CNY per USD.
        assertThat(grey.totalCost().amount() / 8).isCloseTo(330_403, within(1.0));
        assertThat(grey.compliance()).isEqualTo(Compliance.NON_COMPLIANT);
        assertThat(official.compliance()).isEqualTo(Compliance.LICENCE_REQUIRED);
        assertThat(find(assessment, "ascend-910b").compliance()).isEqualTo(Compliance.COMPLIANT);
    }

    @Test
    void licensingProbabilityMultipliesTheApprovalsAndDiscountsTheHazard() {
        Assessment assessment = MODEL.assess(Fixtures.seedPlan().explained());
        LicensingFactor licensing = find(assessment, "h200-official").factors().licensing();

        assertThat(licensing.approvals()).extracting(ApprovalOutcome::rule).containsExactly("cn-customs-hold", "us-case-by-case");
        assertThat(licensing.probability()).isCloseTo(0.6 * 0.1 * Math.exp(-0.01 * 12), within(0.0001));
        assertThat(licensing.totalMonthlyHazard()).isEqualTo(0.01);
        assertThat(licensing.explanation()).contains("exp(-0.0100 x 12 months)");
    }

    @Test
    void customsHoldMakesJanuaryLessLikelyThanMarch() {
        double january = licensing(LocalDate.of(2026, 1, 20));
        double march = licensing(LocalDate.of(2026, 3, 1));
        assertThat(january).isLessThan(march);
    }

    private static double licensing(LocalDate day) {
        var plan = plan(day, Mode.PORTFOLIO, List.of(option("h200", H200, Channel.OFFICIAL, 8, 191_700, "CNY")));
        return MODEL.assess(plan).options().get(0).factors().licensing().probability();
    }

    @Test
    void headquartersRuleTreatsASubsidiaryAbroadLikeItsParent() {
        var options = List.of(option("h200", H200, Channel.OFFICIAL, 8, 27_000, "USD"));
        var subsidiary = new ProcurementPlan("p", new Buyer("MY", "CN", Segment.COMMERCIAL), LocalDate.of(2026, 3, 1), 12, "USD",
                Mode.PORTFOLIO, List.of(), null, Map.of(), options);
        var local = new ProcurementPlan("p", new Buyer("MY", "MY", Segment.COMMERCIAL), LocalDate.of(2026, 3, 1), 12, "USD",
                Mode.PORTFOLIO, List.of(), null, Map.of(), options);

        assertThat(MODEL.assess(subsidiary).options().get(0).factors().licensing().approvals())
                .extracting(ApprovalOutcome::rule).containsExactly("us-case-by-case");
        assertThat(MODEL.assess(local).options().get(0).factors().licensing().approvals()).isEmpty();
    }

    @Test
    void pointsAddUpToTheScoreAndTheRatingFollowsTheBands() {
        for (OptionAssessment option : MODEL.assess(Fixtures.seedPlan().explained()).options()) {
            Factors f = option.factors();
            BigDecimal sum = BigDecimal.valueOf(f.concentration().points())
                    .add(BigDecimal.valueOf(f.licensing().points()))
                    .add(BigDecimal.valueOf(f.pricePremium().points()));
            assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(option.score()));
            assertThat(option.rating()).isEqualTo(Fixtures.PARAMETERS.ratingBands().rate(option.score()));
            assertThat(f.concentration().explanation()).contains("of " + String.format(java.util.Locale.ROOT, "%.2f", option.score()));
        }
    }

    @Test
    void portfolioCountsEveryOptionOfTheVendorAlternativesJudgeEachAlone() {
        var options = List.of(option("a", H200, Channel.OFFICIAL, 100, 27_000, "USD"),
                option("b", ASCEND, Channel.DOMESTIC, 100, 17_000, "USD"));
        double portfolio = find(MODEL.assess(plan(SEED_DAY, Mode.PORTFOLIO, options)), "a").factors().concentration().vendorShare();
        double alone = find(MODEL.assess(plan(SEED_DAY, Mode.ALTERNATIVES, options)), "a").factors().concentration().vendorShare();

        assertThat(portfolio).isCloseTo(98.9 / (98.9 + 32.0), within(0.0001));
        assertThat(alone).isEqualTo(1.0);
    }

    @Test
    void existingFleetDilutesTheVendorShare() {
        var plan = new ProcurementPlan("p", Fixtures.CHINESE_COMMERCIAL, SEED_DAY, 12, "USD", Mode.PORTFOLIO,
                List.of(new FleetHolding("Huawei", null, 98.9)), null, Map.of(),
                List.of(option("a", H200, Channel.OFFICIAL, 100, 27_000, "USD")));
        assertThat(MODEL.assess(plan).options().get(0).factors().concentration().vendorShare()).isEqualTo(0.5);
    }

    @Test
    void vendorHhiFollowsTheMergerGuidelinesExample() {
        // Shares 30/30/20/20 give an HHI of 2,600.
        var fleet = List.of(new FleetHolding("A", null, 30), new FleetHolding("B", null, 30), new FleetHolding("C", null, 20));
        var cambricon = option("c", CAMBRICON, Channel.DOMESTIC, 1, 10_000, "USD");
        double x = cambricon.computePflops();
        var scaledFleet = fleet.stream().map(f -> new FleetHolding(f.vendor(), null, f.pflops() / 20 * x)).toList();
        var plan = new ProcurementPlan("p", Fixtures.CHINESE_COMMERCIAL, SEED_DAY, 12, "USD", Mode.PORTFOLIO, scaledFleet, null,
                Map.of(), List.of(cambricon));

        PlanSummary summary = MODEL.assess(plan).plan();
        assertThat(summary.vendorHhi()).isEqualTo(2600);
        assertThat(summary.concentrationBand()).isEqualTo(ConcentrationBand.HIGHLY_CONCENTRATED);
    }

    @Test
    void concentrationBandsCutAtOneThousandAndEighteenHundred() {
        assertThat(ConcentrationBand.of(999)).isEqualTo(ConcentrationBand.UNCONCENTRATED);
        assertThat(ConcentrationBand.of(1000)).isEqualTo(ConcentrationBand.MODERATELY_CONCENTRATED);
        assertThat(ConcentrationBand.of(1800)).isEqualTo(ConcentrationBand.MODERATELY_CONCENTRATED);
        assertThat(ConcentrationBand.of(1801)).isEqualTo(ConcentrationBand.HIGHLY_CONCENTRATED);
    }

    @Test
    void rankOneIsTheLowestScoreAndTiesGoToTheCheaperRiskAdjustedCost() {
        var assessment = MODEL.assess(plan(SEED_DAY, Mode.ALTERNATIVES, List.of(
                new PlanOption("dear", ASCEND, Channel.DOMESTIC, null, 10, new Money(17_000, "USD"), null,
                        new Money(17_000, "USD")),
                new PlanOption("cheap", ASCEND, Channel.DOMESTIC, null, 10, new Money(16_000, "USD"), null,
                        new Money(17_000, "USD")))));
        assertThat(find(assessment, "cheap").score()).isEqualTo(find(assessment, "dear").score());
        assertThat(find(assessment, "cheap").rank()).isEqualTo(1);
        assertThat(find(assessment, "dear").rank()).isEqualTo(2);
    }

    @Test
    void alternativesPlanSummaryDescribesTheLowestRiskOption() {
        var assessment = MODEL.assess(plan(SEED_DAY, Mode.ALTERNATIVES, Fixtures.seedPlan().options()));
        OptionAssessment best = assessment.options().stream().filter(o -> o.rank() == 1).findFirst().orElseThrow();
        assertThat(assessment.plan().score()).isEqualTo(best.score());
        assertThat(assessment.plan().computePflops()).isEqualTo(best.computePflops());
    }

    @Test
    void portfolioPlanScoreIsTheComputeWeightedMean() {
        Assessment assessment = MODEL.assess(Fixtures.seedPlan());
        double weighted = assessment.options().stream().mapToDouble(o -> o.score() * o.computePflops()).sum();
        double compute = assessment.options().stream().mapToDouble(OptionAssessment::computePflops).sum();
        assertThat(assessment.plan().score()).isCloseTo(weighted / compute, within(0.01));
        double expected = assessment.options().stream()
                .mapToDouble(o -> o.computePflops() * o.factors().licensing().probability()).sum();
        assertThat(assessment.plan().expectedComputePflops()).isCloseTo(expected, within(0.01));
    }

    @Test
    void zeroProbabilityGivesNoRiskAdjustedCostAndAWarning() {
        var zero = new PlanOption("z", H200, Channel.OFFICIAL, null, 8, new Money(27_000, "USD"), 0.0, null);
        OptionAssessment assessed = MODEL.assess(plan(SEED_DAY, Mode.PORTFOLIO, List.of(zero)).explained()).options().get(0);
        assertThat(assessed.riskAdjustedCostPerPflops()).isNull();
        assertThat(assessed.warnings()).extracting(Warning::code).contains(WarningCode.LICENSING_PROBABILITY_ZERO);
        assertThat(assessed.factors().licensing().overridden()).isTrue();
        assertThat(assessed.factors().licensing().explanation()).contains("overrides the policy data");
    }

    @Test
    void aPriceFarBelowTheReferenceIsAWarningNotAScoreChange() {
        var cheap = MODEL.assess(plan(SEED_DAY, Mode.PORTFOLIO,
                List.of(option("x", ASCEND, Channel.DOMESTIC, 8, 60_000, "CNY")))).options().get(0);
        var fair = MODEL.assess(plan(SEED_DAY, Mode.PORTFOLIO,
                List.of(option("x", ASCEND, Channel.DOMESTIC, 8, 120_000, "CNY")))).options().get(0);
        assertThat(cheap.warnings()).extracting(Warning::code).contains(WarningCode.PRICE_FAR_BELOW_REFERENCE);
        assertThat(cheap.score()).isEqualTo(fair.score());
    }

    @Test
    void aReferencePriceOverrideIsReported() {
        var override = new PlanOption("x", H200, Channel.OFFICIAL, null, 8, new Money(30_000, "USD"), null,
                new Money(20_000, "USD"));
        PricePremiumFactor premium = MODEL.assess(plan(SEED_DAY, Mode.PORTFOLIO, List.of(override)).explained()).options().get(0)
                .factors().pricePremium();
        assertThat(premium.overridden()).isTrue();
        assertThat(premium.premium()).isEqualTo(0.5);
        assertThat(premium.excessCost()).isEqualTo(new Money(80_000, "USD"));
        assertThat(premium.explanation()).contains("given by the buyer");
    }

    /** Every figure of the three explanations, worded as the contract's examples show them, in each branch. */
    @Test
    void explanationsWordEveryFigureBehindThePoints() {
        var overridden = new PlanOption("over", H200, Channel.OFFICIAL, "Distributor", 8, new Money(30_000, "USD"), 0.25,
                new Money(20_000, "USD"));
        var below = option("below", ASCEND, Channel.DOMESTIC, 16, 60_000, "CNY");
        var atReference = option("at", CAMBRICON, Channel.DOMESTIC, 4, CAMBRICON.referenceUnitPrice().price().amount(),
                CAMBRICON.referenceUnitPrice().price().currency());
        // Listed after the others: each explanation is worded in a builder the option before used.
        Assessment assessment = MODEL.assess(plan(SEED_DAY, Mode.ALTERNATIVES, List.of(overridden, below, atReference)).explained());
        Factors over = find(assessment, "over").factors();
        Factors cheap = find(assessment, "below").factors();
        Factors at = find(assessment, "at").factors();

        assertThat(over.concentration().explanation()).isEqualTo("NVIDIA would supply 100.0% of the buyer's compute: 0.0 PFLOPS"
                + " already installed plus 7.9 PFLOPS if this option alone were bought, of 7.9 PFLOPS in all. Supplier"
                + " 'Distributor' would supply 100.0%. Contributes 30.00 of 76.25 points.");
        assertThat(over.licensing().explanation()).isEqualTo("The buyer's estimate P = 0.2500 overrides the policy data (policy"
                + " 2026-06-01: Buyer in CN (EAR country groups D:1, D:4, D:5) on 2026-01-26. P = 0.10 (cn-import-approval, rule"
                + " cn-customs-hold, case by case, ESTIMATE) x 0.60 (us-export-licence, rule us-case-by-case, case by case, ESTIMATE)"
                + " x exp(-0.0100 x 12 months) = 0.0532.) Licensing risk 0.7500 contributes 33.75 of 76.25 points.");
        assertThat(over.pricePremium().explanation()).isEqualTo("Unit price USD 30,000 is 50.0% above the reference USD 20,000"
                + " given by the buyer. Price risk 0.5000; 8 units cost USD 80,000 more than at the reference. Contributes"
                + " 12.50 of 76.25 points.");
        assertThat(cheap.licensing().explanation()).isEqualTo("Buyer in CN (EAR country groups D:1, D:4, D:5) on 2026-01-26. No"
                + " rule known to the policy data applies to this route: no approval or channel risk is counted, P = 1. Licensing"
                + " risk 0.0000 contributes 0.00 of 30.00 points.");
        assertThat(cheap.pricePremium().explanation()).isEqualTo("Unit price USD 8,619 is 50.0% below the reference USD 17,238"
                + " (official price quoted 2026-01-26, test). No price risk. Contributes 0.00 of 30.00 points.");
        assertThat(cheap.concentration().explanation()).isEqualTo("Huawei would supply 100.0% of the buyer's compute: 0.0 PFLOPS"
                + " already installed plus 5.1 PFLOPS if this option alone were bought, of 5.1 PFLOPS in all. Supplier 'Huawei'"
                + " would supply 100.0%. Contributes 30.00 of 30.00 points.");
        assertThat(at.pricePremium().explanation()).isEqualTo("Unit price USD 10,056 is 0.0% above the reference USD 10,056"
                + " (official price quoted 2026-01-26, test). No price risk. Contributes 0.00 of 30.00 points.");
        String portfolio = find(MODEL.assess(plan(SEED_DAY, Mode.PORTFOLIO, List.of(overridden, below)).explained()), "over")
                .factors().concentration().explanation();
        assertThat(portfolio).isEqualTo("NVIDIA would supply 60.7% of the buyer's compute: 0.0 PFLOPS already installed plus"
                + " 7.9 PFLOPS bought from it under this plan, of 13.0 PFLOPS in all. Supplier 'Distributor' would supply 60.7%."
                + " Contributes 18.21 of 64.46 points.");

        // The figures the sentences state are fields of their own, asked for or not.
        Factors plain = find(MODEL.assess(plan(SEED_DAY, Mode.ALTERNATIVES, List.of(overridden, below, atReference))), "over")
                .factors();
        assertThat(plain.concentration()).extracting(ConcentrationFactor::installedPflops, ConcentrationFactor::boughtPflops,
                ConcentrationFactor::totalPflops).containsExactly(0.0, over.concentration().boughtPflops(),
                over.concentration().boughtPflops());
        assertThat(plain.concentration().boughtPflops()).isCloseTo(7.9, within(0.05));
        assertThat(plain.licensing().totalMonthlyHazard()).isEqualTo(0.01);
        assertThat(plain.licensing().policyProbability()).isEqualTo(0.0532);
        assertThat(plain.pricePremium().unitPrice()).isEqualTo(new Money(30_000, "USD"));
        assertThat(plain.pricePremium().referenceUnitPrice()).isEqualTo(new Money(20_000, "USD"));
        assertThat(plain.pricePremium().excessCost()).isEqualTo(new Money(80_000, "USD"));
    }

    /** Without explain the answer is the same but for the sentences, which are not worded at all. */
    @Test
    void explanationsAreWordedOnlyWhenAskedFor() {
        Assessment plain = MODEL.assess(Fixtures.seedPlan());
        Assessment explained = MODEL.assess(Fixtures.seedPlan().explained());
        for (OptionAssessment option : plain.options()) {
            Factors f = option.factors();
            assertThat(f.concentration().explanation()).isNull();
            assertThat(f.licensing().explanation()).isNull();
            assertThat(f.pricePremium().explanation()).isNull();
            Factors words = find(explained, option.id()).factors();
            assertThat(new Factors(
                    new ConcentrationFactor(f.concentration().risk(), f.concentration().points(), f.concentration().vendor(),
                            f.concentration().vendorShare(), f.concentration().supplier(), f.concentration().supplierShare(),
                            f.concentration().installedPflops(), f.concentration().boughtPflops(), f.concentration().totalPflops(),
                            words.concentration().explanation()),
                    new LicensingFactor(f.licensing().probability(), f.licensing().risk(), f.licensing().points(),
                            f.licensing().policyProbability(), f.licensing().overridden(), f.licensing().totalMonthlyHazard(),
                            f.licensing().approvals(), words.licensing().explanation()),
                    new PricePremiumFactor(f.pricePremium().premium(), f.pricePremium().risk(), f.pricePremium().points(),
                            f.pricePremium().unitPrice(), f.pricePremium().referenceUnitPrice(), f.pricePremium().overridden(),
                            f.pricePremium().excessCost(), words.pricePremium().explanation())))
                    .isEqualTo(words);
        }
        assertThat(plain.rules()).isEqualTo(explained.rules());
    }

    /** Each rule an approval cites is listed once, in id order, with what the approvals no longer repeat. */
    @Test
    void theRulesTheApprovalsCiteAreListedOnceById() {
        Assessment assessment = MODEL.assess(Fixtures.seedPlan());
        var cited = assessment.options().stream().flatMap(o -> o.factors().licensing().approvals().stream())
                .map(ApprovalOutcome::rule).distinct().sorted().toList();
        assertThat(List.copyOf(assessment.rules().keySet())).isEqualTo(cited).contains("cn-customs-hold", "us-case-by-case");
        CitedRule customs = assessment.rules().get("cn-customs-hold");
        assertThat(customs.authority()).isEqualTo("Authority of cn-customs-hold");
        assertThat(customs.source()).isEqualTo("source of cn-customs-hold");
        assertThat(customs.basis()).isEqualTo("basis of cn-customs-hold");
        assertThat(customs.requirement()).isEqualTo("Requirement of cn-customs-hold");
    }

    @Test
    void theReportingCurrencyConvertsEveryAmount() {
        var plan = new ProcurementPlan("p", Fixtures.CHINESE_COMMERCIAL, SEED_DAY, 12, "CNY", Mode.PORTFOLIO, List.of(), null,
                Map.of(), List.of(option("grey", H200, Channel.GREY_MARKET, 8, 287_500, "CNY")));
        OptionAssessment grey = MODEL.assess(plan).options().get(0);
        assertThat(grey.totalCost()).isEqualTo(new Money(2_300_000, "CNY"));
        assertThat(grey.factors().pricePremium().referenceUnitPrice()).isEqualTo(new Money(191_700, "CNY"));
    }

    @Test
    void requestRatesReplaceThePolicyRates() {
        var plan = new ProcurementPlan("p", Fixtures.CHINESE_COMMERCIAL, SEED_DAY, 12, "USD", Mode.PORTFOLIO, List.of(), null,
                Map.of("CNY", 7.0), List.of(option("grey", H200, Channel.GREY_MARKET, 1, 7_000, "CNY")));
        assertThat(MODEL.assess(plan).options().get(0).totalCost()).isEqualTo(new Money(1000, "USD"));
    }

    @Test
    void answersNameTheModelAndPolicyVersionsAndWarnWhenThePolicyIsOlderThanTheDay() {
        Assessment later = MODEL.assess(plan(LocalDate.of(2026, 11, 24), Mode.PORTFOLIO, Fixtures.seedPlan().options()));
        assertThat(later.modelVersion()).isEqualTo("4.0.0");
        assertThat(later.policyVersion()).isEqualTo("2026-06-01");
        assertThat(later.warnings()).extracting(Warning::code).containsExactly(WarningCode.POLICY_DATA_OLDER_THAN_AS_OF);
        assertThat(MODEL.assess(Fixtures.seedPlan()).warnings()).isEmpty();
    }

    @Test
    void customWeightsAreNormalised() {
        var plan = new ProcurementPlan("p", Fixtures.CHINESE_COMMERCIAL, SEED_DAY, 12, "USD", Mode.PORTFOLIO, List.of(),
                new Weights(0, 2, 0), Map.of(), List.of(option("grey", H200, Channel.GREY_MARKET, 8, 287_500, "CNY")));
        OptionAssessment grey = MODEL.assess(plan).options().get(0);
        assertThat(grey.factors().concentration().points()).isZero();
        assertThat(grey.factors().pricePremium().points()).isZero();
        assertThat(grey.score()).isEqualTo(25.0);
    }
}
