package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Numbers.decimal;
import static com.supplyrisk.scoring.Numbers.money;
import static com.supplyrisk.scoring.Numbers.percent;
import static com.supplyrisk.scoring.Numbers.round;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.FxRates;
import com.supplyrisk.catalog.FxTable;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReferencePrice;
import com.supplyrisk.catalog.Route;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scoring model version 1: for every option, supplier concentration, licensing probability and price
 * premium, weighted into a score of 0 to 100 points, each point explained. Pure and deterministic: the
 * same plan gives the same assessment, whatever the order of its options.
 */
public final class SupplyRiskModel {

    public static final String VERSION = "1.0.0";

    /** A reference price quoted further than this from the day asked about is flagged. */
    private static final long REFERENCE_PRICE_MAX_AGE_MONTHS = 12;

    private final PolicyTimeline policy;
    private final FxRates fxRates;
    private final ScoringParameters parameters;
    private final LocalDate policyDate;

    /** The policy version is the ISO date up to which its rules were reviewed. */
    public SupplyRiskModel(PolicyTimeline policy, FxRates fxRates, ScoringParameters parameters) {
        this.policy = policy;
        this.fxRates = fxRates;
        this.parameters = parameters;
        this.policyDate = LocalDate.parse(policy.version());
    }

    public Assessment assess(ProcurementPlan plan) {
        FxTable fx = fxRates.tableOn(plan.asOf())
                .orElseThrow(() -> new IllegalArgumentException("no exchange rates on " + plan.asOf()))
                .withRates(plan.fxRates(), "rates given in the request");
        Weights weights = (plan.weights() == null ? parameters.defaultWeights() : plan.weights()).normalised();
        var concentration = new SupplierConcentration(plan.existingFleet(), plan.options(), plan.mode());

        List<Scored> scored = plan.options().stream()
                .map(option -> score(plan, option, fx, weights, concentration))
                .toList();
        int[] ranks = rank(scored);
        List<OptionAssessment> options = IntStream.range(0, scored.size())
                .mapToObj(i -> scored.get(i).withRank(ranks[i]))
                .toList();

        var warnings = new ArrayList<Warning>();
        if (plan.asOf().isAfter(policyDate)) {
            warnings.add(new Warning(WarningCode.POLICY_DATA_OLDER_THAN_AS_OF,
                    "The policy data was last reviewed on " + policyDate + ", before " + plan.asOf()
                            + ": rules announced since then are not reflected."));
        }
        return new Assessment(plan.planId(), VERSION, policy.version(), plan.asOf(), plan.horizonMonths(), plan.currency(),
                plan.mode(), options, summarise(plan, scored, ranks, concentration), List.copyOf(warnings));
    }

    /** An option's assessment before ranking, with what the plan summary needs. */
    private record Scored(PlanOption option, OptionAssessment assessment, double probability, double riskAdjustedCost) {

        OptionAssessment withRank(int rank) {
            OptionAssessment a = assessment;
            return new OptionAssessment(a.id(), a.accelerator(), a.eccn(), a.channel(), a.supplier(), a.quantity(), a.score(),
                    a.rating(), rank, a.compliance(), a.computePflops(), a.totalCost(), a.riskAdjustedCostPerPflops(),
                    a.factors(), a.warnings());
        }
    }

    private Scored score(ProcurementPlan plan, PlanOption option, FxTable fx, Weights weights,
            SupplierConcentration concentration) {
        String currency = plan.currency();
        var warnings = new ArrayList<Warning>();
        var route = new Route(option.accelerator(), plan.buyer().country(), plan.buyer().headquarters(),
                plan.buyer().segment(), option.channel());

        SupplierConcentration.Shares shares = concentration.sharesOf(option);
        double concentrationRisk = shares.vendorShare();

        LicensingProbability licensing = LicensingProbability.of(policy, route, plan.asOf(), plan.horizonMonths());
        double probability = option.licensingProbability() != null ? option.licensingProbability() : licensing.probability();
        double licensingRisk = 1 - probability;

        Money unitPrice = convert(fx, option.unitPrice(), currency);
        ReferencePrice catalogReference = option.accelerator().referenceUnitPrice();
        boolean referenceOverridden = option.referenceUnitPrice() != null;
        Money reference = convert(fx, referenceOverridden ? option.referenceUnitPrice() : catalogReference.price(), currency);
        PricePremium premium = PricePremium.of(unitPrice.amount(), reference.amount(), parameters.premiumCap());

        Points points = Points.of(100 * weights.concentration() * concentrationRisk, 100 * weights.licensing() * licensingRisk,
                100 * weights.pricePremium() * premium.risk());
        double concentrationPoints = points.concentration();
        double licensingPoints = points.licensing();
        double premiumPoints = points.pricePremium();
        double score = points.score();

        double computePflops = option.computePflops();
        Money totalCost = unitPrice.times(option.quantity());
        double riskAdjusted = probability > 0 ? totalCost.amount() / (computePflops * probability) : Double.NaN;

        if (premium.premium() <= -parameters.farBelowReference()) {
            warnings.add(new Warning(WarningCode.PRICE_FAR_BELOW_REFERENCE, "The unit price is " + percent(-premium.premium())
                    + " below the reference: counterfeit, refurbished or diverted stock is likely."));
        }
        if (probability == 0) {
            warnings.add(new Warning(WarningCode.LICENSING_PROBABILITY_ZERO,
                    "The licensing probability is zero: no risk-adjusted cost can be given."));
        }
        if (option.channel() == Channel.DOMESTIC && route.foreignToBuyer()) {
            warnings.add(new Warning(WarningCode.DOMESTIC_CHANNEL_FOR_FOREIGN_CHIP, option.accelerator().vendor()
                    + " chips are designed in " + option.accelerator().originCountry() + ", not in the buyer's country "
                    + plan.buyer().country() + ": DOMESTIC is an unlikely channel for them."));
        }
        long referenceAge = Math.abs(ChronoUnit.MONTHS.between(catalogReference.asOf(), plan.asOf()));
        if (!referenceOverridden && referenceAge > REFERENCE_PRICE_MAX_AGE_MONTHS) {
            warnings.add(new Warning(WarningCode.REFERENCE_PRICE_DATED, "The reference price was quoted on "
                    + catalogReference.asOf() + ", " + referenceAge + " months from " + plan.asOf()
                    + ": pass referenceUnitPrice for a current one."));
        }

        String ofScore = " of " + decimal(score, 2) + " points.";
        var concentrationFactor = new ConcentrationFactor(round(concentrationRisk, 4), concentrationPoints,
                option.accelerator().vendor(), round(shares.vendorShare(), 4), option.supplier(), round(shares.supplierShare(), 4),
                explainConcentration(plan.mode(), option, shares) + " Contributes " + decimal(concentrationPoints, 2) + ofScore);
        var licensingFactor = new LicensingFactor(round(probability, 4), round(licensingRisk, 4), licensingPoints,
                round(licensing.probability(), 4), option.licensingProbability() != null, outcomes(licensing.rules()),
                explainLicensing(plan, option, licensing, probability) + " Licensing risk " + decimal(licensingRisk, 4)
                        + " contributes " + decimal(licensingPoints, 2) + ofScore);
        Money excess = new Money(round((unitPrice.amount() - reference.amount()) * option.quantity(), 2), currency);
        var premiumFactor = new PricePremiumFactor(round(premium.premium(), 4), round(premium.risk(), 4), premiumPoints,
                rounded(reference), referenceOverridden, excess,
                explainPremium(unitPrice, reference, referenceOverridden ? null : catalogReference, premium, excess,
                        option.quantity()) + " Contributes " + decimal(premiumPoints, 2) + ofScore);

        var assessment = new OptionAssessment(option.id(), option.accelerator().id(), option.accelerator().eccn().code(),
                option.channel(), option.supplier(), option.quantity(), score, parameters.ratingBands().rate(score), 0,
                compliance(option.channel(), licensing), round(computePflops, 3), rounded(totalCost),
                Double.isNaN(riskAdjusted) ? null : new Money(round(riskAdjusted, 2), currency),
                new Factors(concentrationFactor, licensingFactor, premiumFactor), List.copyOf(warnings));
        return new Scored(option, assessment, probability, riskAdjusted);
    }

    private static Compliance compliance(Channel channel, LicensingProbability licensing) {
        if (channel == Channel.GREY_MARKET) {
            return Compliance.NON_COMPLIANT;
        }
        return licensing.needsLicence() ? Compliance.LICENCE_REQUIRED : Compliance.COMPLIANT;
    }

    /** Rank 1 is the lowest score; ties go to the lower risk-adjusted cost, then to the id, so order never matters. */
    private static int[] rank(List<Scored> scored) {
        Comparator<Scored> order = Comparator.comparingDouble((Scored s) -> s.assessment().score())
                .thenComparingDouble(s -> Double.isNaN(s.riskAdjustedCost()) ? Double.POSITIVE_INFINITY : s.riskAdjustedCost())
                .thenComparing(s -> s.option().id());
        List<Integer> byRank = IntStream.range(0, scored.size()).boxed()
                .sorted(Comparator.comparing(scored::get, order))
                .toList();
        int[] ranks = new int[scored.size()];
        for (int position = 0; position < byRank.size(); position++) {
            ranks[byRank.get(position)] = position + 1;
        }
        return ranks;
    }

    private PlanSummary summarise(ProcurementPlan plan, List<Scored> scored, int[] ranks, SupplierConcentration concentration) {
        List<Scored> bought = plan.mode() == Mode.PORTFOLIO
                ? scored
                : List.of(scored.get(IntStream.range(0, ranks.length).filter(i -> ranks[i] == 1).findFirst().orElseThrow()));
        List<PlanOption> options = bought.stream().map(Scored::option).toList();
        double compute = 0;
        double expected = 0;
        double weightedScore = 0;
        for (Scored s : bought.stream().sorted(Comparator.comparing((Scored b) -> b.option().id())).toList()) {
            double x = s.option().computePflops();
            compute += x;
            expected += x * s.probability();
            weightedScore += x * s.assessment().score();
        }
        double score = round(weightedScore / compute, 2);
        int vendorHhi = concentration.vendorHhi(options);
        return new PlanSummary(vendorHhi, concentration.supplierHhi(options), ConcentrationBand.of(vendorHhi),
                round(compute, 3), round(expected, 3), score, parameters.ratingBands().rate(score));
    }

    private static Money convert(FxTable fx, Money money, String currency) {
        return fx.convert(money, currency)
                .orElseThrow(() -> new IllegalArgumentException("no exchange rate between " + money.currency() + " and " + currency));
    }

    private static Money rounded(Money money) {
        return new Money(round(money.amount(), 2), money.currency());
    }

    private static List<ApprovalOutcome> outcomes(List<PolicyRule> rules) {
        return rules.stream()
                .map(rule -> new ApprovalOutcome(rule.approval().id(), rule.id(), rule.authority(), rule.requirement(),
                        rule.probability(), rule.monthlyHazard(), rule.effectiveFrom(), rule.effectiveTo(), rule.basis(),
                        rule.source()))
                .toList();
    }

    private static String explainConcentration(Mode mode, PlanOption option, SupplierConcentration.Shares shares) {
        String bought = mode == Mode.PORTFOLIO
                ? decimal(shares.boughtFromVendor(), 1) + " PFLOPS bought from it under this plan"
                : decimal(shares.boughtFromVendor(), 1) + " PFLOPS if this option alone were bought";
        return option.accelerator().vendor() + " would supply " + percent(shares.vendorShare()) + " of the buyer's compute: "
                + decimal(shares.fleetOfVendor(), 1) + " PFLOPS already installed plus " + bought + ", of "
                + decimal(shares.total(), 1) + " PFLOPS in all. Supplier '" + option.supplier() + "' would supply "
                + percent(shares.supplierShare()) + ".";
    }

    private String explainLicensing(ProcurementPlan plan, PlanOption option, LicensingProbability licensing, double probability) {
        String fromPolicy;
        if (licensing.rules().isEmpty()) {
            fromPolicy = "No approval or channel risk applies to this route on " + plan.asOf() + ": P = 1.";
        } else {
            String factors = licensing.rules().stream()
                    .map(rule -> decimal(rule.probability(), 2) + " (" + rule.authority() + ": " + rule.requirement() + ")")
                    .collect(Collectors.joining(" x "));
            fromPolicy = "P = " + factors + " x exp(-" + decimal(licensing.totalHazard(), 4) + " x " + plan.horizonMonths()
                    + " months) = " + decimal(licensing.probability(), 4) + ".";
        }
        if (option.licensingProbability() == null) {
            return fromPolicy;
        }
        return "The buyer's estimate P = " + decimal(probability, 4) + " overrides the policy data (policy " + policy.version()
                + ": " + fromPolicy + ")";
    }

    private static String explainPremium(Money unitPrice, Money reference, ReferencePrice catalogReference,
            PricePremium premium, Money excess, int quantity) {
        String referenceText = money(reference.amount(), reference.currency()) + (catalogReference == null
                ? " given by the buyer"
                : " (official price quoted " + catalogReference.asOf() + ", " + catalogReference.source() + ")");
        String comparison = premium.premium() >= 0
                ? percent(premium.premium()) + " above"
                : percent(-premium.premium()) + " below";
        String risk = premium.premium() > 0
                ? " Price risk " + decimal(premium.risk(), 4) + "; " + quantity + " units cost "
                        + money(excess.amount(), excess.currency()) + " more than at the reference."
                : " No price risk.";
        return "Unit price " + money(unitPrice.amount(), unitPrice.currency()) + " is " + comparison + " the reference "
                + referenceText + "." + risk;
    }
}
