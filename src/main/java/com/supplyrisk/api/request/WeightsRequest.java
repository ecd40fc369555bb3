package com.supplyrisk.api.request;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The buyer's own factor weights: non-negative, not all zero, normalised to sum 1. */
public record WeightsRequest(
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal concentration,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal licensing,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal pricePremium) {
}
