package com.supplyrisk.api.request;

import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.Ranking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A procurement plan as a client sends it; the number of options is bounded by configuration. {@code simulation} asks
 * for a Monte Carlo, which needs {@code targetComputePflops} and may take a {@code budget}; {@code explain} for each
 * factor's explanation in words. {@code serviceLifeMonths}, {@code pue} and {@code electricityPrice} (per kWh) say how
 * bought hardware is run.
 */
public record AssessmentRequest(
        @CodePointLength(max = RequestLimits.MAX_TEXT_LENGTH) String planId,
        @NotNull @Valid BuyerRequest buyer,
        LocalDate asOf,
        @Min(1) @Max(RequestLimits.MAX_HORIZON_MONTHS) Integer horizonMonths,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String currency,
        Mode mode,
        @Size(max = RequestLimits.MAX_FLEET_HOLDINGS) List<@NotNull @Valid FleetRequest> existingFleet,
        @Valid WeightsRequest weights,
        @Size(max = RequestLimits.MAX_FX_RATES) Map<
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String,
                @NotNull @DecimalMin("0.000001") @DecimalMax("1000000000") BigDecimal> fxRates,
        @NotNull @Size(min = 1, message = "must list at least one option") List<@NotNull @Valid OptionRequest> options,
        @Size(min = 1, max = RequestLimits.MAX_SCENARIOS) List<@NotNull @Valid ScenarioRequest> scenarios,
        Boolean sensitivity,
        Boolean explain,
        Ranking ranking,
        @Valid SimulationRequest simulation,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(RequestLimits.MAX_PFLOPS) BigDecimal targetComputePflops,
        @Valid MoneyRequest budget,
        @Min(1) @Max(RequestLimits.MAX_TERM_MONTHS) Integer serviceLifeMonths,
        @DecimalMin("1") @DecimalMax("3") BigDecimal pue,
        @Valid MoneyRequest electricityPrice) {

    /**
     * The memory of the answer asked for, in default answers of the same plan: explanations about three times, input
     * sensitivities one and a half (their answers measured 2.8 and 1.5 times the bytes, docs/performance.md).
     */
    public double answerSize() {
        return 1 + (Boolean.TRUE.equals(explain) ? 2 : 0) + (Boolean.TRUE.equals(sensitivity) ? 0.5 : 0);
    }

    /** The plan alone, without the analyses an assessment may ask for: what a recommendation weighs. */
    public AssessmentRequest planOnly() {
        return new AssessmentRequest(planId, buyer, asOf, horizonMonths, currency, mode, existingFleet, weights, fxRates, options,
                null, null, explain, ranking, null, null, null, serviceLifeMonths, pue, electricityPrice);
    }
}
