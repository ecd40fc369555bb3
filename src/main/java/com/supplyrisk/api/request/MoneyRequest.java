package com.supplyrisk.api.request;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** An amount in an ISO 4217 currency, as a client sends it. */
public record MoneyRequest(
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000000000") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters") String currency) {
}
