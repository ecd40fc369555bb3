package com.supplyrisk.api.mapping;

import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.problem.Echo;
import com.supplyrisk.api.problem.FieldError;
import com.supplyrisk.api.problem.InvalidRequestException;
import com.supplyrisk.api.problem.JsonPointer;
import com.supplyrisk.api.request.AssessmentRequest;
import com.supplyrisk.api.request.BuyerRequest;
import com.supplyrisk.api.request.CustomAcceleratorRequest;
import com.supplyrisk.api.request.MoneyRequest;
import com.supplyrisk.api.request.OptionRequest;
import com.supplyrisk.api.request.OverridesRequest;
import com.supplyrisk.api.request.RequestLimits;
import com.supplyrisk.api.request.ScenarioRequest;
import com.supplyrisk.api.request.SimulationRequest;
import com.supplyrisk.api.request.WeightsRequest;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.BoardPower;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.Form;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReferencePrice;
import com.supplyrisk.catalog.RuleChange;
import com.supplyrisk.catalog.ScenarioOverrides;
import com.supplyrisk.catalog.ScenarioPreset;
import com.supplyrisk.catalog.Segment;
import com.supplyrisk.plan.Buyer;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.Operation;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.plan.Scenario;
import com.supplyrisk.plan.Weights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a request into a plan the model can score, or lists every field that stops it: constraint
 * violations and the checks that need the catalog and the exchange rates, together in one answer.
 */
@ApplicationScoped
public class PlanMapper {

    private static final int DEFAULT_HORIZON_MONTHS = 12;
    private static final int CLOSEST_IDS = 3;
    private static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::name).toList();

    private final Validator validator;
    private final AcceleratorCatalog catalog;
    private final FxRates fxRates;
    private final PolicyTimeline policy;
    private final SupplyRiskConfig config;
    private final Clock clock;

    public PlanMapper(Validator validator, AcceleratorCatalog catalog, FxRates fxRates, PolicyTimeline policy,
            SupplyRiskConfig config, Clock clock) {
        this.validator = validator;
        this.catalog = catalog;
        this.fxRates = fxRates;
        this.policy = policy;
        this.config = config;
        this.clock = clock;
    }

    public ProcurementPlan toPlan(AssessmentRequest request) {
        return toPlan(request, List.of(), Map.of());
    }

    /**
     * As {@link #toPlan(AssessmentRequest)} for a plan that is part of a larger body: the errors found in the rest of
     * it are answered together with the plan's, and its amounts elsewhere, by pointer, must be in known currencies.
     */
    public ProcurementPlan toPlan(AssessmentRequest request, List<FieldError> foundElsewhere, Map<String, MoneyRequest> amountsElsewhere) {
        if (request == null) {
            throw new InvalidRequestException(List.of(FieldError.at("", "a procurement plan is required")));
        }
        var errors = new ArrayList<FieldError>(foundElsewhere);
        Set<String> currencies = knownCurrencies(request);
        amountsElsewhere.forEach((at, money) -> checkCurrency(money, at, currencies, errors));
        errors.addAll(violations(request, ""));
        checkAcrossFields(request, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return build(request);
    }

    /** Constraint violations of a part of a body, at pointers under {@code at}, in a stable order. */
    <T> List<FieldError> violations(T part, String at) {
        return validator.validate(part).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> pointer(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> FieldError.at(at + pointer(v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    /** A constraint's property path as a JSON pointer: {@code options[2].quantity} becomes {@code /options/2/quantity}. */
    static String pointer(Path path) {
        var pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                pointer.append('/').append(node.getIndex() != null ? node.getIndex() : JsonPointer.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                pointer.append('/').append(JsonPointer.escape(name));
            }
        }
        return pointer.toString();
    }

    private void checkAcrossFields(AssessmentRequest request, List<FieldError> errors) {
        Set<String> currencies = knownCurrencies(request);
        if (request.currency() != null && !currencies.contains(request.currency())) {
            errors.add(FieldError.at("/currency", unknownCurrency(request.currency(), currencies)));
        }
        LocalDate firstRates = fxRates.firstDate();
        if (request.asOf() != null && request.asOf().isBefore(firstRates)) {
            errors.add(FieldError.at("/asOf", "must be on or after " + firstRates + ", the first day the exchange-rate data covers"));
        }
        WeightsRequest weights = request.weights();
        if (weights != null && weights.concentration() != null && weights.licensing() != null && weights.pricePremium() != null
                && weights.concentration().doubleValue() + weights.licensing().doubleValue()
                        + weights.pricePremium().doubleValue() <= 0) {
            errors.add(FieldError.at("/weights", "weights must not all be zero"));
        }
        checkCurrency(request.budget(), "/budget", currencies, errors);
        checkCurrency(request.electricityPrice(), "/electricityPrice", currencies, errors);
        checkSimulation(request, errors);
        checkScenarios(request.scenarios(), errors);
        List<OptionRequest> options = request.options();
        if (options == null) {
            return;
        }
        int maxOptions = config.limits().maxOptions();
        if (options.size() > maxOptions) {
            errors.add(FieldError.at("/options", "size must be between 1 and " + maxOptions));
            return;
        }
        var ids = new HashSet<String>();
        for (int i = 0; i < options.size(); i++) {
            OptionRequest option = options.get(i);
            if (option == null) {
                continue;
            }
            String at = "/options/" + i;
            if (option.id() != null && !ids.add(option.id())) {
                errors.add(FieldError.at(at + "/id", "option id '" + Echo.of(option.id()) + "' is used by an earlier option; ids must be unique"));
            }
            checkAccelerator(option, at, errors);
            checkRental(option, at, errors);
            checkCurrency(option.unitPrice(), at + "/unitPrice", currencies, errors);
            checkCurrency(option.referenceUnitPrice(), at + "/referenceUnitPrice", currencies, errors);
            if (option.customAccelerator() != null) {
                checkCurrency(option.customAccelerator().referenceUnitPrice(), at + "/customAccelerator/referenceUnitPrice",
                        currencies, errors);
            }
        }
    }

    /**
     * A simulation needs a target, at most the configured trials, and at most the configured trials x options: the work
     * of one simulation, which runs on the request's worker thread, grows with both.
     */
    private void checkSimulation(AssessmentRequest request, List<FieldError> errors) {
        SimulationRequest simulation = request.simulation();
        if (simulation == null) {
            return;
        }
        if (request.targetComputePflops() == null) {
            errors.add(FieldError.at("/targetComputePflops", "a simulation needs the compute the plan must deliver, in PFLOPS"));
        }
        Integer trials = simulation.trials();
        if (trials == null) {
            return;
        }
        int maxTrials = config.simulation().maxTrials();
        long maxTrialOptions = config.simulation().maxTrialOptions();
        int options = request.options() == null ? 0 : request.options().size();
        if (trials > maxTrials) {
            errors.add(FieldError.at("/simulation/trials", "must be between 1 and " + maxTrials));
        } else if ((long) trials * options > maxTrialOptions) {
            errors.add(FieldError.at("/simulation/trials", "trials x options must be at most " + maxTrialOptions + ": a plan of "
                    + options + " options may run at most " + maxTrialOptions / options + " trials"));
        }
    }

    /**
     * Presets must exist, custom scenarios must name rules and channels that exist and change something, and no two
     * scenarios may share a name; sizes, ranges and the form of names are the constraints' part.
     */
    private void checkScenarios(List<ScenarioRequest> scenarios, List<FieldError> errors) {
        if (scenarios == null || scenarios.size() > RequestLimits.MAX_SCENARIOS) {
            return;
        }
        var names = new HashSet<String>();
        for (int i = 0; i < scenarios.size(); i++) {
            String at = "/scenarios/" + i;
            if (scenarios.get(i) instanceof ScenarioRequest.Preset preset) {
                if (policy.scenario(preset.name()).isEmpty()) {
                    errors.add(FieldError.at(at, "unknown scenario '" + Echo.of(preset.name()) + "'; the presets are "
                            + String.join(", ", policy.scenarios().stream().map(ScenarioPreset::name).toList())
                            + " (or give an object with name and overrides)"));
                } else if (!names.add(preset.name())) {
                    errors.add(FieldError.at(at, "scenario '" + preset.name() + "' is asked for twice"));
                }
            } else if (scenarios.get(i) instanceof ScenarioRequest.Custom custom) {
                if (custom.name() != null && policy.scenario(custom.name()).isPresent()) {
                    errors.add(FieldError.at(at + "/name", "'" + custom.name() + "' is the name of a preset; name your own scenario otherwise"));
                } else if (custom.name() != null && !names.add(custom.name())) {
                    errors.add(FieldError.at(at + "/name", "scenario name '" + Echo.of(custom.name())
                            + "' is used by an earlier scenario; names must be unique"));
                }
                checkOverrides(custom.overrides(), at + "/overrides", errors);
            }
        }
    }

    private void checkOverrides(OverridesRequest overrides, String at, List<FieldError> errors) {
        if (overrides == null) {
            return;
        }
        if (isEmpty(overrides.rules()) && isEmpty(overrides.premiums()) && isEmpty(overrides.fxRates())) {
            errors.add(FieldError.at(at, "must change at least one rule, channel premium or exchange rate"));
        }
        if (overrides.rules() != null && overrides.rules().size() <= RequestLimits.MAX_RULE_CHANGES) {
            overrides.rules().forEach((id, change) -> {
                String ruleAt = at + "/rules/" + JsonPointer.escape(id);
                if (policy.rule(id).isEmpty()) {
                    errors.add(FieldError.at(ruleAt, "unknown rule '" + Echo.of(id) + "'; closest rule ids: "
                            + String.join(", ", policy.closestRuleIds(id, CLOSEST_IDS))));
                } else if (change != null && change.probability() == null && change.monthlyHazard() == null) {
                    errors.add(FieldError.at(ruleAt, "give probability, monthlyHazard or both"));
                }
            });
        }
        if (overrides.premiums() != null) {
            overrides.premiums().keySet().stream().filter(channel -> !CHANNELS.contains(channel)).forEach(channel ->
                    errors.add(FieldError.at(at + "/premiums/" + JsonPointer.escape(channel), "unknown channel '" + Echo.of(channel)
                            + "'; the channels are " + String.join(", ", CHANNELS))));
        }
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }

    private void checkAccelerator(OptionRequest option, String at, List<FieldError> errors) {
        boolean named = option.accelerator() != null;
        boolean custom = option.customAccelerator() != null;
        if (named == custom) {
            errors.add(FieldError.at(at, "give exactly one of 'accelerator' (a catalog id) and 'customAccelerator'"));
        } else if (named && catalog.find(option.accelerator()).isEmpty()) {
            errors.add(FieldError.at(at + "/accelerator", "unknown accelerator '" + Echo.of(option.accelerator()) + "'; closest known ids: "
                    + String.join(", ", catalog.closestIds(option.accelerator(), CLOSEST_IDS))));
        }
    }

    /** A rental's price is per period, so it must name one; every other channel's is per unit bought, so it may not. */
    private static void checkRental(OptionRequest option, String at, List<FieldError> errors) {
        if (option.channel() == null) {
            return;
        }
        if (option.channel() == Channel.CLOUD_RENTAL) {
            if (option.rentalPeriod() == null) {
                errors.add(FieldError.at(at + "/rentalPeriod", "a CLOUD_RENTAL option's unitPrice is per unit per period: give HOUR or MONTH"));
            }
            if (option.customAccelerator() != null && option.referenceUnitPrice() == null) {
                errors.add(FieldError.at(at + "/referenceUnitPrice", "a rental of hardware the catalog lacks needs the reference rate"
                        + " per rentalPeriod its price is measured against"));
            }
            return;
        }
        if (option.rentalPeriod() != null) {
            errors.add(FieldError.at(at + "/rentalPeriod", "only a CLOUD_RENTAL option is priced per period; a " + option.channel()
                    + " option's unitPrice is per unit bought"));
        }
        if (option.rentalMonths() != null) {
            errors.add(FieldError.at(at + "/rentalMonths", "only a CLOUD_RENTAL option is rented for months; a " + option.channel()
                    + " option is bought"));
        }
    }

    private static void checkCurrency(MoneyRequest money, String at, Set<String> currencies, List<FieldError> errors) {
        if (money != null && Money.isCurrencyCode(money.currency()) && !currencies.contains(money.currency())) {
            errors.add(FieldError.at(at + "/currency", unknownCurrency(money.currency(), currencies)));
        }
    }

    private static String unknownCurrency(String currency, Set<String> known) {
        return "no exchange rate for " + Echo.of(currency) + "; known: " + String.join(", ", known) + " (or pass it in fxRates)";
    }

    private Set<String> knownCurrencies(AssessmentRequest request) {
        var known = new TreeSet<>(fxRates.tables().get(0).perUsd().keySet());
        if (request.fxRates() != null) {
            request.fxRates().keySet().stream().filter(Money::isCurrencyCode).forEach(known::add);
        }
        return known;
    }

    private ProcurementPlan build(AssessmentRequest request) {
        BuyerRequest buyer = request.buyer();
        var fleet = request.existingFleet() == null ? List.<FleetHolding>of() : request.existingFleet().stream()
                .map(f -> new FleetHolding(f.vendor(), f.supplier(), f.pflops().doubleValue()))
                .toList();
        Weights weights = request.weights() == null ? null : new Weights(request.weights().concentration().doubleValue(),
                request.weights().licensing().doubleValue(), request.weights().pricePremium().doubleValue());
        Map<String, Double> rates = new LinkedHashMap<>();
        if (request.fxRates() != null) {
            request.fxRates().forEach((currency, rate) -> rates.put(currency, rate.doubleValue()));
        }
        int horizon = request.horizonMonths() != null ? request.horizonMonths() : DEFAULT_HORIZON_MONTHS;
        List<PlanOption> options = request.options().stream().map(option -> toOption(option, horizon)).toList();
        List<Scenario> scenarios = request.scenarios() == null ? List.of() : request.scenarios().stream().map(this::toScenario).toList();
        return new ProcurementPlan(request.planId(),
                new Buyer(buyer.country(), buyer.headquarters() != null ? buyer.headquarters() : buyer.country(),
                        buyer.segment() != null ? buyer.segment() : Segment.COMMERCIAL),
                request.asOf() != null ? request.asOf() : LocalDate.now(clock),
                horizon,
                request.currency() != null ? request.currency() : "USD",
                request.mode() != null ? request.mode() : Mode.PORTFOLIO,
                fleet, weights, rates, options, scenarios, Boolean.TRUE.equals(request.sensitivity()),
                Boolean.TRUE.equals(request.explain()), request.ranking() != null ? request.ranking() : Ranking.COMPLIANT_FIRST,
                operation(request));
    }

    private static Operation operation(AssessmentRequest request) {
        Operation standard = Operation.DEFAULT;
        return new Operation(request.serviceLifeMonths() != null ? request.serviceLifeMonths() : standard.serviceLifeMonths(),
                request.pue() != null ? request.pue().doubleValue() : standard.pue(),
                request.electricityPrice() == null ? null : money(request.electricityPrice()));
    }

    private Scenario toScenario(ScenarioRequest scenario) {
        if (scenario instanceof ScenarioRequest.Custom custom) {
            OverridesRequest o = custom.overrides();
            var rules = new LinkedHashMap<String, RuleChange>();
            if (o.rules() != null) {
                o.rules().forEach((id, change) -> rules.put(id, new RuleChange(decimal(change.probability()),
                        decimal(change.monthlyHazard()))));
            }
            var premiums = new EnumMap<Channel, Double>(Channel.class);
            if (o.premiums() != null) {
                o.premiums().forEach((channel, premium) -> premiums.put(Channel.valueOf(channel), premium.doubleValue()));
            }
            var fx = new LinkedHashMap<String, Double>();
            if (o.fxRates() != null) {
                o.fxRates().forEach((currency, rate) -> fx.put(currency, rate.doubleValue()));
            }
            return Scenario.custom(custom.name(), new ScenarioOverrides(rules, premiums, fx));
        }
        return Scenario.of(policy.scenario(((ScenarioRequest.Preset) scenario).name()).orElseThrow());
    }

    /** {@code horizonMonths}: how long a rental runs unless it says otherwise. */
    private PlanOption toOption(OptionRequest option, int horizonMonths) {
        Accelerator accelerator = option.accelerator() != null
                ? catalog.find(option.accelerator()).orElseThrow()
                : custom(option.customAccelerator());
        PlanOption.Rental rental = option.rentalPeriod() == null ? null : new PlanOption.Rental(option.rentalPeriod(),
                option.rentalMonths() != null ? option.rentalMonths() : horizonMonths);
        return new PlanOption(option.id(), accelerator, option.channel(), option.supplier(), option.quantity(),
                money(option.unitPrice()),
                option.licensingProbability() == null ? null : option.licensingProbability().doubleValue(),
                option.referenceUnitPrice() == null ? null : money(option.referenceUnitPrice()), rental);
    }

    private Accelerator custom(CustomAcceleratorRequest custom) {
        double bf16 = custom.bf16Tflops().doubleValue();
        double tpp = custom.tpp() != null ? custom.tpp().doubleValue() : bf16 * 16;
        Double dieArea = decimal(custom.dieAreaMm2());
        boolean datacenter = custom.marketedForDatacenter() == null || custom.marketedForDatacenter();
        LocalDate today = LocalDate.now(clock);
        var reference = new ReferencePrice(money(custom.referenceUnitPrice()), today, "given in the request");
        // The buyer's own figure: the data vouches for nothing about it.
        BoardPower power = custom.boardPowerWatts() == null ? null
                : new BoardPower(custom.boardPowerWatts().doubleValue(), today, Evidence.ESTIMATE, "given in the request");
        return new Accelerator(customId(custom.vendor(), custom.name()), custom.vendor().strip(), custom.name().strip(),
                custom.originCountry() != null ? custom.originCountry() : "US", Form.CARD, datacenter, 1, bf16,
                decimal(custom.memoryGb()), decimal(custom.memoryBandwidthTbps()), tpp, dieArea, null, reference, power, null,
                policy.thresholds().classify(tpp, dieArea, datacenter), "given in the request", null, null);
    }

    /** {@code custom-<vendor>-<name>} in lower-case kebab case, ASCII letters and digits only. */
    public static String customId(String vendor, String name) {
        String folded = Normalizer.normalize(vendor + " " + name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        // Runs of anything but letters and digits become one dash, none at either end; by hand, not with regular
        // expressions, as every custom accelerator of a plan needs an id.
        var slug = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        String id = slug.isEmpty() ? "custom-accelerator" : "custom-" + slug;
        if (id.length() <= RequestLimits.MAX_ID_LENGTH) {
            return id;
        }
        int end = RequestLimits.MAX_ID_LENGTH;
        while (id.charAt(end - 1) == '-') {
            end--;
        }
        return id.substring(0, end);
    }

    private static Money money(MoneyRequest money) {
        return new Money(money.amount().doubleValue(), money.currency());
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
