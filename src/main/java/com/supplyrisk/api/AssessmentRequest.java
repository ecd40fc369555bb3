package com.supplyrisk.api;

import com.supplyrisk.scoring.Mode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A procurement plan as a client sends it; the number of options is bounded by configuration. {@code simulation} asks
 * for a Monte Carlo, which needs {@code targetComputePflops} and may take a {@code budget}.
 */
public record AssessmentRequest(
        @CodePointLength(max = 200) String planId,
        @NotNull @Valid BuyerRequest buyer,
        LocalDate asOf,
        @Min(1) @Max(60) Integer horizonMonths,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String currency,
        Mode mode,
        @Size(max = 1000) List<@NotNull @Valid FleetRequest> existingFleet,
        @Valid WeightsRequest weights,
        @Size(max = 200) Map<
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String,
                @NotNull @DecimalMin("0.000001") @DecimalMax("1000000000") BigDecimal> fxRates,
        @NotNull @Size(min = 1, message = "must list at least one option") List<@NotNull @Valid OptionRequest> options,
        @Size(min = 1, max = 20) List<@NotNull @Valid ScenarioRequest> scenarios,
        Boolean sensitivity,
        @Valid SimulationRequest simulation,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") BigDecimal targetComputePflops,
        @Valid MoneyRequest budget) {
}
