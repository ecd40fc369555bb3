package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Numbers.decimal;
import static com.supplyrisk.scoring.Numbers.fixed;
import static com.supplyrisk.scoring.Numbers.money;
import static com.supplyrisk.scoring.Numbers.percent;
import static com.supplyrisk.scoring.Numbers.round;

import com.supplyrisk.assessment.ApprovalOutcome;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.CitedLeadTime;
import com.supplyrisk.assessment.CitedRule;
import com.supplyrisk.assessment.CitedSupplyVolume;
import com.supplyrisk.assessment.Compliance;
import com.supplyrisk.assessment.ConcentrationBand;
import com.supplyrisk.assessment.ConcentrationFactor;
import com.supplyrisk.assessment.CostOfCompute;
import com.supplyrisk.assessment.Delivery;
import com.supplyrisk.assessment.Factors;
import com.supplyrisk.assessment.LicensingFactor;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.PlanSummary;
import com.supplyrisk.assessment.PricePremiumFactor;
import com.supplyrisk.assessment.Warning;
import com.supplyrisk.assessment.WarningCode;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.CountryGroups;
import com.supplyrisk.catalog.Destination;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.exchangerates.FxTable;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReferencePrice;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.catalog.Route;
import com.supplyrisk.catalog.RuleChange;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.plan.Weights;
import com.supplyrisk.supply.ElectricityPrice;
import com.supplyrisk.supply.LeadTime;
import com.supplyrisk.supply.SupplyData;
import com.supplyrisk.supply.SupplyEstimate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scoring model version 2: for every option, supplier concentration, the probability P that its route delivers
 * (approvals, and the volume the route can supply) and price premium (against a rental rate for a rental), weighted
 * into a score of 0 to 100 points, each point backed by the numbers and rules behind it, and worded as explanations
 * when the plan asks; and the cost of its compute per PFLOPS-hour delivered within the horizon. Pure and
 * deterministic: the same plan gives the same assessment, whatever the order of its options.
 */
public final class SupplyRiskModel {

    public static final String VERSION = "4.0.0";

    /** A reference price quoted further than this from the day asked about is flagged. */
    private static final long REFERENCE_PRICE_MAX_AGE_MONTHS = 12;

    private final PolicyTimeline policy;
    private final FxRates fxRates;
    private final ScoringParameters parameters;
    private final SupplyData supply;
    private final LocalDate policyDate;
    /** Per rule, what an answer shows of it: built once, as the rules are the same for every request. */
    private final Map<PolicyRule, RuleView> ruleViews = new IdentityHashMap<>();

    /** The policy version is the ISO date up to which its rules were reviewed. */
    public SupplyRiskModel(PolicyTimeline policy, FxRates fxRates, ScoringParameters parameters, SupplyData supply) {
        this.policy = policy;
        this.fxRates = fxRates;
        this.parameters = parameters;
        this.supply = supply;
        this.policyDate = LocalDate.parse(policy.version());
        for (PolicyRule rule : policy.rules()) {
            ruleViews.put(rule, new RuleView(
                    new ApprovalOutcome(rule.approval().id(), rule.id(), rule.probability(), rule.monthlyHazard()),
                    CitedRule.of(rule),
                    decimal(rule.probability(), 2) + " (" + rule.approval().id() + ", rule " + rule.id()
                            + (rule.review() == null ? "" : ", " + rule.review().words()) + ", " + rule.evidence() + ")"));
        }
    }

    /**
     * A rule as an approval outcome, as the answer's entry for it, and as a factor of the licensing explanation, which
     * names the approval and the rule: their authority, requirement, basis and source are in the answer's rules.
     */
    private record RuleView(ApprovalOutcome outcome, CitedRule cited, String factor) {
    }

    public Assessment assess(ProcurementPlan plan) {
        FxTable fx = fxRates.tableOn(plan.asOf())
                .orElseThrow(() -> new IllegalArgumentException("no exchange rates on " + plan.asOf()))
                .withRates(plan.fxRates(), "rates given in the request");
        Weights weights = (plan.weights() == null ? parameters.defaultWeights() : plan.weights()).normalised();
        // One sort by id serves every sum that must not depend on the order the client listed the options in.
        List<PlanOption> listed = plan.options();
        int[] idOrder = IntStream.range(0, listed.size()).boxed()
                .sorted(Comparator.comparing(i -> listed.get(i).id()))
                .mapToInt(Integer::intValue)
                .toArray();
        List<PlanOption> byId = Arrays.stream(idOrder).mapToObj(listed::get).toList();
        var concentration = new SupplierConcentration(plan.existingFleet(), byId, plan.mode());
        var routes = new Routes(plan);
        var quotes = new IdentityHashMap<Object, String>();
        var words = plan.explain() ? new StringBuilder(1024) : null;
        var power = power(plan, fx);

        var scored = new ArrayList<Scored>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            scored.add(score(i, plan, listed.get(i), fx, weights, concentration, routes, quotes, words, power));
        }
        int[] ranks = rank(scored, plan.ranking());
        var options = new ArrayList<OptionAssessment>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            options.add(scored.get(i).withRank(ranks[i]));
        }

        var warnings = new ArrayList<Warning>();
        routes.unknownDestination().ifPresent(warnings::add);
        if (plan.asOf().isAfter(policyDate)) {
            warnings.add(new Warning(WarningCode.POLICY_DATA_OLDER_THAN_AS_OF, plan.explain()
                    ? "The policy data was last reviewed on " + policyDate + ", before " + plan.asOf()
                            + ": rules announced since then are not reflected." : null));
        }
        PlanSummary summary = summarise(plan, scored, ranks, idOrder, byId, concentration);
        List<OptionAssessment> answered = plan.sensitivity() ? Sensitivity.attach(options,
                scored.stream().map(Scored::inputs).toList(), weights, parameters.premiumCap(), plan.currency(), plan.ranking()) : options;
        var assessment = new Assessment(plan.planId(), VERSION, policy.version(), plan.asOf(), plan.horizonMonths(), plan.currency(),
                plan.mode(), plan.ranking(), List.copyOf(answered), routes.cited(), routes.leadTimes(),
                routes.volumes(), summary, List.copyOf(warnings), null, null);
        return plan.scenarios().isEmpty() ? assessment : assessment.withScenarioResults(ScenarioAnalysis.of(this, plan, assessment));
    }

    /** This model reading the policy with some rules' numbers changed, as a scenario asks. */
    SupplyRiskModel under(Map<String, RuleChange> changes) {
        return changes.isEmpty() ? this : new SupplyRiskModel(policy.withChanges(changes), fxRates, parameters, supply);
    }

    /**
     * The price of a kWh for the plan's bought hardware in the answer's currency, and where it comes from in words when
     * the plan asked for explanations (null otherwise).
     */
    private record Power(double perKwh, String words) {
    }

    private Power power(ProcurementPlan plan, FxTable fx) {
        Money given = plan.operation().electricityPrice();
        if (given != null) {
            return new Power(convert(fx, given, plan.currency()).amount(), plan.explain() ? " (given by the buyer)" : null);
        }
        ElectricityPrice price = supply.electricityIn(plan.buyer().country(), plan.asOf());
        return new Power(convert(fx, price.perKwh(), plan.currency()).amount(), plan.explain() ? " (" + (price.country() == null
                ? "no price for " + plan.buyer().country() + ", the fallback" : price.country()) + ", " + price.perKwh().currency() + " "
                + price.perKwh().amount() + " published " + price.asOf() + ", " + price.evidence() + ": " + price.source() + ")"
                : null);
    }

    /**
     * What the policy says about each route of one plan. A plan's options share its buyer, date and horizon,
     * so the rules, the probability and the explanation depend on the accelerator and the channel alone: they
     * are worked out once per pair, however many options buy through it, and each rule is cited once.
     */
    private final class Routes {

        private final ProcurementPlan plan;
        private final Map<Accelerator, Map<Channel, RouteLicensing>> byAccelerator = new IdentityHashMap<>();
        private final Map<String, CitedRule> cited = new TreeMap<>();
        private final Map<String, CitedSupplyVolume> volumes = new TreeMap<>();
        private final Map<String, CitedLeadTime> leadTimes = new TreeMap<>();
        private final Destination located;
        private final Destination parent;
        /**
         * Where the buyer is, as explanations word it: its country's groups, and its parent's where that is elsewhere;
         * null when the plan asks for no explanations, so the default answer does not word it.
         */
        private final String whereBought;

        Routes(ProcurementPlan plan) {
            this.plan = plan;
            CountryGroups groups = policy.countryGroups();
            this.located = groups.on(plan.buyer().country(), plan.asOf());
            this.parent = groups.on(plan.buyer().headquarters(), plan.asOf());
            this.whereBought = plan.explain() ? "Buyer in " + worded(located) + (located.country().equals(parent.country())
                    ? "" : ", ultimate parent headquartered in " + worded(parent)) + " on " + plan.asOf() + ". " : null;
        }

        private static String worded(Destination destination) {
            if (!destination.known()) {
                return destination.country() + " (a country the policy data does not classify)";
            }
            return destination.country() + (destination.groups().isEmpty()
                    ? " (in none of the EAR country groups the rules name)"
                    : " (EAR country groups " + String.join(", ", destination.groups()) + ")");
        }

        Optional<Warning> unknownDestination() {
            var unknown = new ArrayList<String>();
            if (!located.known()) {
                unknown.add("the buyer's country " + located.country());
            }
            if (!parent.known() && !parent.country().equals(located.country())) {
                unknown.add("its parent's country " + parent.country());
            }
            return unknown.isEmpty() ? Optional.empty() : Optional.of(new Warning(WarningCode.UNKNOWN_DESTINATION, plan.explain()
                    ? "The policy data does not classify " + String.join(" or ", unknown) + ": the rules for unclassified "
                            + "destinations apply, which assume a licence is needed for US-origin accelerators."
                    : null));
        }

        RouteLicensing of(Accelerator accelerator, Channel channel) {
            return byAccelerator.computeIfAbsent(accelerator, a -> new EnumMap<>(Channel.class))
                    .computeIfAbsent(channel, c -> licensing(new Route(accelerator, plan.buyer().country(),
                            plan.buyer().headquarters(), plan.buyer().segment(), channel)));
        }

        private RouteLicensing licensing(Route route) {
            LicensingProbability licensing = LicensingProbability.of(policy, route, plan.asOf(), plan.horizonMonths());
            var outcomes = new ArrayList<ApprovalOutcome>(licensing.rules().size());
            for (PolicyRule rule : licensing.rules()) {
                RuleView view = ruleViews.get(rule);
                outcomes.add(view.outcome());
                cited.put(rule.id(), view.cited());
            }
            Optional<SupplyEstimate> volume = supply.volumeFor(route, plan.asOf());
            Optional<LeadTime> leadTime = supply.leadTimeFor(route, plan.asOf());
            leadTime.ifPresent(t -> leadTimes.put(t.id(), new CitedLeadTime(t.months(), t.asOf(), t.evidence(), t.source())));
            return new RouteLicensing(route, licensing, List.copyOf(outcomes),
                    plan.explain() ? whereBought + explainPolicy(plan, licensing) : null, volume, leadTime);
        }

        /** The rules the routes cite, by id. */
        Map<String, CitedRule> cited() {
            return Collections.unmodifiableMap(cited);
        }

        /** Lists a volume estimate an option's P includes (not one the buyer's own probability replaced). */
        void cite(SupplyEstimate v) {
            volumes.computeIfAbsent(v.id(), id -> new CitedSupplyVolume(v.units(), v.buyerShare(), v.asOf(), v.evidence(), v.source()));
        }

        /** The supply data's volume estimates the options cite, by id. */
        Map<String, CitedSupplyVolume> volumes() {
            return Collections.unmodifiableMap(volumes);
        }

        /** The supply data's lead times the routes cite, by id. */
        Map<String, CitedLeadTime> leadTimes() {
            return Collections.unmodifiableMap(leadTimes);
        }
    }

    /**
     * One route's licensing as the policy data gives it, with its explanation when the plan asked for one, and what the
     * supply data says of it.
     */
    private record RouteLicensing(Route route, LicensingProbability licensing, List<ApprovalOutcome> outcomes, String explanation,
            Optional<SupplyEstimate> volume, Optional<LeadTime> leadTime) {
    }

    /**
     * An option's assessment before ranking, with its index in the plan and what the plan summary needs;
     * {@code riskAdjustedCost} per PFLOPS-hour, unrounded, NaN when there is none.
     */
    private record Scored(int index, PlanOption option, OptionAssessment assessment, double probability,
            double riskAdjustedCost, FactorInputs inputs) {

        OptionAssessment withRank(int rank) {
            OptionAssessment a = assessment;
            return new OptionAssessment(a.id(), a.accelerator(), a.eccn(), a.channel(), a.supplier(), a.quantity(), a.score(),
                    a.rating(), rank, a.compliance(), a.computePflops(), a.totalCost(), a.riskAdjustedCostPerPflops(),
                    a.costOfCompute(), a.delivery(), a.factors(), a.warnings(), a.sensitivity(), a.breakEven());
        }
    }

    /**
     * {@code quotes}: each catalog price's quotation as explanations word it, once per plan rather than per option;
     * {@code words}: the plan's one builder, in which each explanation is worded in turn, or null when the plan asked
     * for none.
     */
    private Scored score(int index, ProcurementPlan plan, PlanOption option, FxTable fx, Weights weights,
            SupplierConcentration concentration, Routes routes, Map<Object, String> quotes, StringBuilder words, Power power) {
        String currency = plan.currency();
        boolean explain = words != null;
        var warnings = new ArrayList<Warning>();
        RouteLicensing routeLicensing = routes.of(option.accelerator(), option.channel());
        Route route = routeLicensing.route();

        SupplierConcentration.Shares shares = concentration.sharesOf(option);
        double concentrationRisk = shares.vendorShare();

        LicensingProbability licensing = routeLicensing.licensing();
        boolean ownProbability = option.licensingProbability() != null;
        double dataVolume = routeLicensing.volume().map(v -> v.probabilityOf(option.quantity())).orElse(1.0);
        double policyProbability = licensing.probability() * dataVolume;
        // The buyer's own P replaces the whole of it, volume included.
        Optional<SupplyEstimate> volume = ownProbability ? Optional.empty() : routeLicensing.volume();
        volume.ifPresent(routes::cite);
        double volumeProbability = ownProbability ? 1 : dataVolume;
        double probability = ownProbability ? option.licensingProbability() : policyProbability;
        double licensingRisk = 1 - probability;
        double leadTimeMonths = routeLicensing.leadTime().map(LeadTime::months).orElse(0.0);

        Money unitPrice = convert(fx, option.unitPrice(), currency);
        PlanOption.Rental rental = option.rental();
        RentalRate catalogRental = option.accelerator().referenceRentalRate();
        ReferencePrice catalogPurchase = option.accelerator().referenceUnitPrice();
        LocalDate quotedOn = rental != null ? catalogRental == null ? null : catalogRental.asOf() : catalogPurchase.asOf();
        boolean referenceOverridden = option.referenceUnitPrice() != null;
        Money reference = convert(fx, option.reference(), currency);
        PricePremium premium = PricePremium.of(unitPrice.amount(), reference.amount(), parameters.premiumCap());
        // A rental is paid per period for its months; a purchase once.
        double periods = rental == null ? 1 : rental.months() * RentalRate.HOURS_PER_MONTH / rental.period().hours();

        Points points = Points.of(100 * weights.concentration() * concentrationRisk, 100 * weights.licensing() * licensingRisk,
                100 * weights.pricePremium() * premium.risk());
        double concentrationPoints = points.concentration();
        double licensingPoints = points.licensing();
        double premiumPoints = points.pricePremium();
        double score = points.score();

        double computePflops = option.computePflops();
        Money totalCost = unitPrice.times(option.quantity() * periods);
        double riskAdjustedPerPflops = probability > 0 ? totalCost.amount() / (computePflops * probability) : Double.NaN;
        // A P so small that dividing by it overflows (a vast order against a route's volume) gives no figure either.
        if (Double.isInfinite(riskAdjustedPerPflops)) {
            riskAdjustedPerPflops = Double.NaN;
        }
        ComputeCost.Costing costing = ComputeCost.of(option, plan.horizonMonths(), plan.operation(), unitPrice.amount(),
                leadTimeMonths, power.perKwh(), power.words(), probability, currency);

        // A rental's reference is a hyperscaler's list rate, which specialist clouds undercut by 40-60%: a rate far below
        // it is no sign of diverted stock.
        if (rental == null && premium.premium() <= -parameters.farBelowReference()) {
            warnings.add(new Warning(WarningCode.PRICE_FAR_BELOW_REFERENCE, explain ? "The unit price is "
                    + percent(-premium.premium()) + " below the reference: counterfeit, refurbished or diverted stock is likely." : null));
        }
        if (Double.isNaN(riskAdjustedPerPflops)) {
            warnings.add(new Warning(WarningCode.LICENSING_PROBABILITY_ZERO, explain ? "The licensing probability is "
                    + (probability == 0 ? "zero" : "too small to divide by") + ": no risk-adjusted cost can be given." : null));
        }
        if (option.channel() == Channel.DOMESTIC && route.foreignToBuyer()) {
            warnings.add(new Warning(WarningCode.DOMESTIC_CHANNEL_FOR_FOREIGN_CHIP, explain ? option.accelerator().vendor()
                    + " chips are designed in " + option.accelerator().originCountry() + ", not in the buyer's country "
                    + plan.buyer().country() + ": DOMESTIC is an unlikely channel for them." : null));
        }
        long referenceAge = referenceOverridden ? 0 : Math.abs(ChronoUnit.MONTHS.between(quotedOn, plan.asOf()));
        if (referenceAge > REFERENCE_PRICE_MAX_AGE_MONTHS) {
            warnings.add(new Warning(WarningCode.REFERENCE_PRICE_DATED, explain ? "The reference "
                    + (rental == null ? "price" : "rental rate") + " was quoted on " + quotedOn + ", " + referenceAge
                    + " months from " + plan.asOf() + ": pass referenceUnitPrice for a current one." : null));
        }

        Money excess = new Money(round((unitPrice.amount() - reference.amount()) * option.quantity() * periods, 2), currency);
        String concentrationWords = null;
        String licensingWords = null;
        String premiumWords = null;
        if (words != null) {
            String ofScore = " of " + decimal(score, 2) + " points.";
            concentrationWords = contributing(explainConcentration(words, plan.mode(), option, shares), " Contributes ",
                    concentrationPoints, ofScore);
            licensingWords = contributing(explainLicensing(words, option, routeLicensing, volumeProbability, probability,
                    licensingRisk), " contributes ", licensingPoints, ofScore);
            String origin = referenceOverridden ? " given by the buyer"
                    : rental == null ? quotes.computeIfAbsent(catalogPurchase, SupplyRiskModel::quoted)
                    : quotes.computeIfAbsent(catalogRental, SupplyRiskModel::quotedRental);
            premiumWords = contributing(explainPremium(words, unitPrice, reference, origin, premium, excess, option.quantity(),
                    rental), " Contributes ", premiumPoints, ofScore);
        }
        var concentrationFactor = new ConcentrationFactor(round(concentrationRisk, 4), concentrationPoints,
                option.accelerator().vendor(), round(shares.vendorShare(), 4), option.supplier(), round(shares.supplierShare(), 4),
                round(shares.fleetOfVendor(), 3), round(shares.boughtFromVendor(), 3), round(shares.total(), 3), concentrationWords);
        var licensingFactor = new LicensingFactor(round(probability, 4), round(licensingRisk, 4), licensingPoints,
                round(policyProbability, 4), ownProbability, round(licensing.totalHazard(), 4), routeLicensing.outcomes(),
                licensingWords);
        var premiumFactor = new PricePremiumFactor(round(premium.premium(), 4), round(premium.risk(), 4), premiumPoints,
                perUnit(unitPrice), perUnit(reference), referenceOverridden, excess, premiumWords);

        var assessment = new OptionAssessment(option.id(), option.accelerator().id(), option.accelerator().eccn().code(),
                option.channel(), option.supplier(), option.quantity(), score, parameters.ratingBands().rate(score), 0,
                compliance(option.channel(), licensing), round(computePflops, 3), rounded(totalCost),
                Double.isNaN(riskAdjustedPerPflops) ? null : new Money(round(riskAdjustedPerPflops, 2), currency),
                costing.answer(), delivery(option, routeLicensing.leadTime(), volume, volumeProbability, explain),
                new Factors(concentrationFactor, licensingFactor, premiumFactor), List.copyOf(warnings), null, null);
        return new Scored(index, option, assessment, probability, costing.riskAdjustedPerPflopsHour(),
                new FactorInputs(concentrationRisk, probability, unitPrice.amount(), reference.amount(),
                        new FactorInputs.Volume(shares.fleetOfVendor() + shares.boughtFromVendor(), shares.total(), computePflops,
                                option.quantity(), volume.map(SupplyEstimate::reachableUnits).orElse(Double.POSITIVE_INFINITY))));
    }

    private static Delivery delivery(PlanOption option, Optional<LeadTime> leadTime, Optional<SupplyEstimate> volume,
            double volumeProbability, boolean explain) {
        return new Delivery(leadTime.map(LeadTime::months).orElse(0.0), leadTime.map(LeadTime::id).orElse(null),
                round(volumeProbability, 4), volume.map(SupplyEstimate::id).orElse(null),
                explain ? explainDelivery(option, leadTime, volume, volumeProbability) : null);
    }

    private static String explainDelivery(PlanOption option, Optional<LeadTime> leadTime, Optional<SupplyEstimate> volume,
            double volumeProbability) {
        var words = new StringBuilder(400);
        if (leadTime.isPresent()) {
            LeadTime t = leadTime.get();
            fixed(words.append("Lead time "), t.months(), 1, false).append(" months (").append(t.id()).append(", ")
                    .append(t.evidence()).append(", ").append(t.asOf()).append(": ").append(t.source()).append(").");
        } else {
            words.append("No lead-time estimate for this route: compute counts from the day of order.");
        }
        if (option.licensingProbability() != null) {
            words.append(" The buyer's own licensing probability replaces the whole of P: no volume probability.");
        } else if (volume.isPresent()) {
            SupplyEstimate v = volume.get();
            fixed(words.append(" The route supplies "), v.units(), 0, true).append(" units (").append(v.id()).append(", ")
                    .append(v.evidence()).append(", ").append(v.asOf()).append(": ").append(v.source()).append("), of which one buyer may get ");
            percent(words, v.buyerShare()).append(": P(volume) = exp(-").append(option.quantity()).append(" / ");
            fixed(words, v.reachableUnits(), 0, true).append(") = ");
            fixed(words, volumeProbability, 4, false).append('.');
        } else {
            words.append(" No supply estimate for this route: its volume does not limit P.");
        }
        return words.toString();
    }

    private static Compliance compliance(Channel channel, LicensingProbability licensing) {
        if (channel == Channel.GREY_MARKET || licensing.prohibited()) {
            return Compliance.NON_COMPLIANT;
        }
        return licensing.needsLicence() ? Compliance.LICENCE_REQUIRED : Compliance.COMPLIANT;
    }

    /**
     * Rank 1 is the lowest score; ties go to the lower risk-adjusted cost per PFLOPS-hour, then to the id, so order never
     * matters.
     */
    private static final Comparator<Scored> BY_SCORE = Comparator.comparingDouble((Scored s) -> s.assessment().score())
            .thenComparingDouble(s -> Double.isNaN(s.riskAdjustedCost()) ? Double.POSITIVE_INFINITY : s.riskAdjustedCost())
            .thenComparing(s -> s.option().id());

    /** No compliance officer signs a non-compliant route over a lawful one, whatever their scores. */
    private static final Comparator<Scored> COMPLIANT_FIRST = Comparator
            .comparing((Scored s) -> s.assessment().compliance() == Compliance.NON_COMPLIANT)
            .thenComparing(BY_SCORE);

    /** The rank of each option, by its index in the plan. */
    private static int[] rank(List<Scored> scored, Ranking ranking) {
        Scored[] byRank = scored.toArray(new Scored[0]);
        Arrays.sort(byRank, ranking == Ranking.COMPLIANT_FIRST ? COMPLIANT_FIRST : BY_SCORE);
        int[] ranks = new int[byRank.length];
        for (int position = 0; position < byRank.length; position++) {
            ranks[byRank[position].index()] = position + 1;
        }
        return ranks;
    }

    /**
     * @param idOrder the indexes of the options in id order, and {@code byId} the options in that order: sums run in
     *                id order, so that they never depend on the order the options were listed in
     */
    private PlanSummary summarise(ProcurementPlan plan, List<Scored> scored, int[] ranks, int[] idOrder, List<PlanOption> byId,
            SupplierConcentration concentration) {
        List<PlanOption> options;
        List<Scored> bought;
        if (plan.mode() == Mode.PORTFOLIO) {
            options = byId;
            bought = Arrays.stream(idOrder).mapToObj(scored::get).toList();
        } else {
            Scored first = scored.get(IntStream.range(0, ranks.length).filter(i -> ranks[i] == 1).findFirst().orElseThrow());
            options = List.of(first.option());
            bought = List.of(first);
        }
        double compute = 0;
        double expected = 0;
        double weightedScore = 0;
        for (Scored s : bought) {
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

    /** A price of one unit: to the cent, but to four decimals below 100, where an hourly rent of a few dollars needs them. */
    private static Money perUnit(Money money) {
        return new Money(round(money.amount(), money.amount() < 100 ? 4 : 2), money.currency());
    }

    /**
     * Each explanation is worded into the plan's builder, emptied first, and becomes one string, ending with the
     * factor's points: the pieces as strings of their own, and a builder each, were most of what scoring allocated.
     */
    private static String contributing(StringBuilder explanation, String contributes, double points, String ofScore) {
        return fixed(explanation.append(contributes), points, 2, false).append(ofScore).toString();
    }

    private static StringBuilder explainConcentration(StringBuilder out, Mode mode, PlanOption option,
            SupplierConcentration.Shares shares) {
        out.setLength(0);
        percent(out.append(option.accelerator().vendor()).append(" would supply "), shares.vendorShare())
                .append(" of the buyer's compute: ");
        fixed(out, shares.fleetOfVendor(), 1, false).append(" PFLOPS already installed plus ");
        fixed(out, shares.boughtFromVendor(), 1, false).append(mode == Mode.PORTFOLIO
                ? " PFLOPS bought from it under this plan"
                : " PFLOPS if this option alone were bought").append(", of ");
        fixed(out, shares.total(), 1, false).append(" PFLOPS in all. Supplier '").append(option.supplier()).append("' would supply ");
        return percent(out, shares.supplierShare()).append('.');
    }

    private String explainPolicy(ProcurementPlan plan, LicensingProbability licensing) {
        if (licensing.rules().isEmpty()) {
            return "No rule known to the policy data applies to this route: no approval or channel risk is counted, P = 1.";
        }
        String factors = licensing.rules().stream().map(rule -> ruleViews.get(rule).factor()).collect(Collectors.joining(" x "));
        return "P = " + factors + " x exp(-" + decimal(licensing.totalHazard(), 4) + " x " + plan.horizonMonths()
                + " months) = " + decimal(licensing.probability(), 4) + ".";
    }

    private StringBuilder explainLicensing(StringBuilder out, PlanOption option, RouteLicensing route, double volumeProbability,
            double probability, double risk) {
        out.setLength(0);
        if (option.licensingProbability() == null) {
            out.append(route.explanation());
            if (route.volume().isPresent()) {
                fixed(out.append(" Times the volume probability "), volumeProbability, 4, false)
                        .append(" of an order of ").append(option.quantity()).append(" units (see delivery): P = ");
                fixed(out, probability, 4, false).append('.');
            }
        } else {
            fixed(out.append("The buyer's estimate P = "), probability, 4, false).append(" overrides the policy data (policy ")
                    .append(policy.version()).append(": ").append(route.explanation()).append(')');
        }
        return fixed(out.append(" Licensing risk "), risk, 4, false);
    }

    private static String quoted(Object catalogReference) {
        ReferencePrice price = (ReferencePrice) catalogReference;
        return " (official price quoted " + price.asOf() + ", " + price.source() + ")";
    }

    private static String quotedRental(Object catalogRental) {
        RentalRate rate = (RentalRate) catalogRental;
        return " (rental rate quoted " + rate.asOf() + ", " + rate.evidence() + ": " + rate.source() + ")";
    }

    /** {@code origin}: who gave the reference price, " given by the buyer" or the catalog's {@link #quoted} words. */
    private static StringBuilder explainPremium(StringBuilder out, Money unitPrice, Money reference, String origin,
            PricePremium premium, Money excess, int quantity, PlanOption.Rental rental) {
        out.setLength(0);
        if (rental == null) {
            money(out.append("Unit price "), unitPrice.amount(), unitPrice.currency()).append(" is ");
        } else {
            fixed(out.append("Rental rate ").append(unitPrice.currency()).append(' '), unitPrice.amount(), 2, true)
                    .append(rental.period() == RentalRate.Period.HOUR ? " per hour" : " per month").append(" is ");
        }
        if (premium.premium() >= 0) {
            percent(out, premium.premium()).append(" above");
        } else {
            percent(out, -premium.premium()).append(" below");
        }
        if (rental == null) {
            money(out.append(" the reference "), reference.amount(), reference.currency());
        } else {
            fixed(out.append(" the reference ").append(reference.currency()).append(' '), reference.amount(), 2, true);
        }
        out.append(origin).append('.');
        if (premium.premium() > 0) {
            fixed(out.append(" Price risk "), premium.risk(), 4, false).append("; ").append(quantity)
                    .append(rental == null ? " units cost " : " units rented for " + rental.months() + " months cost ");
            return money(out, excess.amount(), excess.currency()).append(" more than at the reference.");
        }
        return out.append(" No price risk.");
    }
}
