package com.supplyrisk.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a custom scenario changes: rules' numbers by rule id, the premium over the reference price per channel, and
 * exchange rates as the request's {@code fxRates}. Rule ids and channel names are checked against the policy data.
 */
public record OverridesRequest(
        @Size(max = 100) Map<@CodePointLength(max = 200) String, @NotNull @Valid RuleChangeRequest> rules,
        @Size(max = 4) Map<@CodePointLength(max = 50) String, @NotNull @DecimalMin("-0.99") @DecimalMax("10") BigDecimal> premiums,
        @Size(max = 200) Map<
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String,
                @NotNull @DecimalMin("0.000001") @DecimalMax("1000000000") BigDecimal> fxRates) {
}
