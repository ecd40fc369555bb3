package com.supplyrisk.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a procurement team asks about: who buys, on which day, over which horizon, and the options.
 *
 * @param weights  the buyer's own weights, or null for the configured defaults
 * @param fxRates     units of currency per US dollar replacing the policy data's rates for this plan
 * @param scenarios   what-ifs to score the plan under besides the plan as sent; empty for none
 * @param sensitivity whether to work out each option's sensitivity and the two best options' break-even values
 * @param explain     whether to word each factor's explanation; every number it states is in the answer either way
 * @param ranking     how options are ranked, and so which two are compared for break-even
 * @param operation   how bought hardware is run; null for {@link Operation#DEFAULT}
 */
public record ProcurementPlan(
        String planId,
        Buyer buyer,
        LocalDate asOf,
        int horizonMonths,
        String currency,
        Mode mode,
        List<FleetHolding> existingFleet,
        Weights weights,
        Map<String, Double> fxRates,
        List<PlanOption> options,
        List<Scenario> scenarios,
        boolean sensitivity,
        boolean explain,
        Ranking ranking,
        Operation operation) {

    /** A plan asking for the scores alone. */
    public ProcurementPlan(String planId, Buyer buyer, LocalDate asOf, int horizonMonths, String currency, Mode mode,
            List<FleetHolding> existingFleet, Weights weights, Map<String, Double> fxRates, List<PlanOption> options) {
        this(planId, buyer, asOf, horizonMonths, currency, mode, existingFleet, weights, fxRates, options, List.of(), false, false,
                Ranking.COMPLIANT_FIRST, null);
    }

    /** A plan asking for analyses but no explanations, ranked compliance first. */
    public ProcurementPlan(String planId, Buyer buyer, LocalDate asOf, int horizonMonths, String currency, Mode mode,
            List<FleetHolding> existingFleet, Weights weights, Map<String, Double> fxRates, List<PlanOption> options,
            List<Scenario> scenarios, boolean sensitivity) {
        this(planId, buyer, asOf, horizonMonths, currency, mode, existingFleet, weights, fxRates, options, scenarios, sensitivity,
                false, Ranking.COMPLIANT_FIRST, null);
    }

    /** A plan asking for analyses but no explanations, ranked as {@code ranking} says. */
    public ProcurementPlan(String planId, Buyer buyer, LocalDate asOf, int horizonMonths, String currency, Mode mode,
            List<FleetHolding> existingFleet, Weights weights, Map<String, Double> fxRates, List<PlanOption> options,
            List<Scenario> scenarios, boolean sensitivity, Ranking ranking) {
        this(planId, buyer, asOf, horizonMonths, currency, mode, existingFleet, weights, fxRates, options, scenarios, sensitivity,
                false, ranking, null);
    }

    /** This plan with its factors' explanations asked for. */
    public ProcurementPlan explained() {
        return new ProcurementPlan(planId, buyer, asOf, horizonMonths, currency, mode, existingFleet, weights, fxRates, options,
                scenarios, sensitivity, true, ranking, operation);
    }

    public ProcurementPlan {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(ranking, "ranking");
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("horizonMonths must be at least 1");
        }
        existingFleet = existingFleet == null ? List.of() : List.copyOf(existingFleet);
        fxRates = fxRates == null ? Map.of() : Map.copyOf(fxRates);
        options = List.copyOf(options);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        operation = operation == null ? Operation.DEFAULT : operation;
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one option");
        }
        var ids = new HashSet<String>();
        for (PlanOption option : options) {
            if (!ids.add(option.id())) {
                throw new IllegalArgumentException("option id '" + option.id() + "' is used twice");
            }
        }
    }
}
