package com.supplyrisk.api.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * What a custom scenario changes: rules' numbers by rule id, the premium over the reference price per channel, and
 * exchange rates as the request's {@code fxRates}. Rule ids and channel names are checked against the policy data.
 */
public record OverridesRequest(
        @Size(max = RequestLimits.MAX_RULE_CHANGES) Map<@CodePointLength(max = RequestLimits.MAX_TEXT_LENGTH) String, @NotNull @Valid RuleChangeRequest> rules,
        @Size(max = RequestLimits.MAX_PREMIUM_CHANGES) Map<@CodePointLength(max = RequestLimits.MAX_CHANNEL_NAME_LENGTH) String, @NotNull @DecimalMin("-0.99") @DecimalMax("10") BigDecimal> premiums,
        @Size(max = RequestLimits.MAX_FX_RATES) Map<
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String,
                @NotNull @DecimalMin("0.000001") @DecimalMax("1000000000") BigDecimal> fxRates) {
}
