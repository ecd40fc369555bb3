package com.supplyrisk.scoring;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Approval;
import com.supplyrisk.catalog.ApprovalKind;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Eccn;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.ExportControlThresholds;
import com.supplyrisk.catalog.Form;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.exchangerates.FxTable;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReferencePrice;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.catalog.RuleMatch;
import com.supplyrisk.catalog.SampleRules;
import com.supplyrisk.catalog.Segment;
import com.supplyrisk.plan.Buyer;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Weights;
import com.supplyrisk.supply.ElectricityPrice;
import com.supplyrisk.supply.SupplyData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small, hand-made catalog and policy so that scoring is tested apart from the shipped data. */
final class Fixtures {

    static final LocalDate SEED_DAY = LocalDate.of(2026, 1, 26);

    static final ExportControlThresholds THRESHOLDS = new ExportControlThresholds(4800, 1600, 5.92, 2400, 4800, 1.6, 5.92, 1600,
            3.2, "test thresholds");

    static final Accelerator H200 = chip("nvidia-h200", "NVIDIA", "US", 989, 15832, 4.8, new Money(191_700, "CNY"));
    static final Accelerator ASCEND = chip("huawei-ascend-910b", "Huawei", "CN", 320, 5120, 1.6, new Money(120_000, "CNY"));
    static final Accelerator CAMBRICON = chip("cambricon-mlu590", "Cambricon", "CN", 314, 5024, 2.4, new Money(70_000, "CNY"));

    static final Approval US_LICENCE = new Approval("us-export-licence", ApprovalKind.LICENCE, "US export licence");
    static final Approval CN_IMPORT = new Approval("cn-import-approval", ApprovalKind.LICENCE, "China import approval");
    static final Approval GREY = new Approval("grey-market-delivery", ApprovalKind.CHANNEL, "delivery without seizure");

    static final PolicyTimeline POLICY = new PolicyTimeline("2026-06-01", THRESHOLDS, SampleRules.GROUPS, List.of(US_LICENCE, CN_IMPORT, GREY), List.of(
            rule("us-case-by-case", US_LICENCE, LocalDate.of(2026, 1, 15), null, 2, 0.6, 0.01,
                    SampleRules.match(null, Set.of(Eccn.ECCN_3A090_A), Set.of("US"), null, Set.of("CN", "MO"), true, null,
                            Set.of(Channel.OFFICIAL), 21000.0, 6.5)),
            rule("us-denial", US_LICENCE, LocalDate.of(2022, 10, 7), null, 1, 0.02, 0,
                    SampleRules.match(null, Set.of(Eccn.ECCN_3A090_A), Set.of("US"), null, Set.of("CN", "MO"), true, null,
                            Set.of(Channel.OFFICIAL), null, null)),
            rule("cn-customs-hold", CN_IMPORT, LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 27), 1, 0.1, 0,
                    SampleRules.match(Set.of("nvidia-h200"), null, null, true, Set.of("CN"), false, null, Set.of(Channel.OFFICIAL),
                            null, null)),
            rule("cn-first-approvals", CN_IMPORT, LocalDate.of(2026, 1, 28), null, 1, 0.6, 0,
                    SampleRules.match(Set.of("nvidia-h200"), null, null, true, Set.of("CN"), false, Set.of(Segment.COMMERCIAL),
                            Set.of(Channel.OFFICIAL), null, null)),
            rule("grey-seizure", GREY, LocalDate.of(2022, 10, 7), null, 1, 0.75, 0,
                    SampleRules.match(null, null, null, null, null, false, null, Set.of(Channel.GREY_MARKET), null, null))), List.of());

    static final FxRates FX = new FxRates("2026-06-01", List.of(
            new FxTable(LocalDate.of(2025, 10, 1), "test", Map.of("CNY", 7.12, "EUR", 0.85)),
            new FxTable(SEED_DAY, "seed 000", Map.of("CNY", 6.9612, "EUR", 0.92))));

    static final ScoringParameters PARAMETERS = new ScoringParameters(new Weights(0.30, 0.45, 0.25), 1.0,
            new RatingBands(25, 50, 75), 0.30);

    /** No volume or lead-time estimates: P is the approvals' alone and compute counts from the day of order. */
    static final SupplyData NO_SUPPLY_LIMITS = new SupplyData("test", List.of(), List.of(), List.of(),
            new ElectricityPrice(null, new Money(0.10, "USD"), SEED_DAY, Evidence.ESTIMATE, "test"));

    static final SupplyRiskModel MODEL = new SupplyRiskModel(POLICY, FX, PARAMETERS, NO_SUPPLY_LIMITS);

    static final Buyer CHINESE_COMMERCIAL = new Buyer("CN", "CN", Segment.COMMERCIAL);

    private Fixtures() {
    }

    static Accelerator chip(String id, String vendor, String origin, double bf16, double tpp, double bandwidth, Money price) {
        return new Accelerator(id, vendor, id, origin, Form.CARD, true, 1, bf16, 64.0, bandwidth, tpp, 800.0, 2024,
                new ReferencePrice(price, SEED_DAY, "test"), null,
                new RentalRate(price.times(0.04), RentalRate.Period.MONTH, SEED_DAY, Evidence.ESTIMATE, "test"),
                THRESHOLDS.classify(tpp, 800.0, true), "test", null, null);
    }

    static PolicyRule rule(String id, Approval approval, LocalDate from, LocalDate to, int priority, double probability,
            double hazard, RuleMatch match) {
        return new PolicyRule(id, approval, "Authority of " + id, "Requirement of " + id, from, to, priority, match, probability,
                hazard, approval.kind() == ApprovalKind.LICENCE ? ReviewPolicy.CASE_BY_CASE : null, Evidence.ESTIMATE, "basis of " + id,
                "source of " + id);
    }

    static PlanOption option(String id, Accelerator chip, Channel channel, int quantity, double unitPrice, String currency) {
        return new PlanOption(id, chip, channel, null, quantity, new Money(unitPrice, currency), null, null);
    }

    static ProcurementPlan plan(LocalDate asOf, Mode mode, List<PlanOption> options) {
        return new ProcurementPlan("test-plan", CHINESE_COMMERCIAL, asOf, 12, "USD", mode, List.of(), null, Map.of(), options);
    }

    /** The seed's dilemma on 2026-01-26: official and grey-market H200, and Ascend 910B. */
    static ProcurementPlan seedPlan() {
        return plan(SEED_DAY, Mode.PORTFOLIO, List.of(
                option("h200-official", H200, Channel.OFFICIAL, 64, 191_700, "CNY"),
                option("h200-grey", H200, Channel.GREY_MARKET, 64, 287_500, "CNY"),
                option("ascend-910b", ASCEND, Channel.DOMESTIC, 128, 120_000, "CNY")));
    }
}
