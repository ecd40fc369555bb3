package com.supplyrisk.api.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * What a recommended mix must achieve: the compute, the confidence (0.9 when not given), an optional budget on the
 * worst-case cost, lots of {@code lotSize} accelerators (8), an optional cap on one vendor's share of the expected
 * delivered compute, and whether NON_COMPLIANT options may be bought (not when not given).
 */
public record GoalRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(RequestLimits.MAX_PFLOPS) BigDecimal targetComputePflops,
        @DecimalMin(RequestLimits.MIN_CONFIDENCE) @DecimalMax(RequestLimits.MAX_CONFIDENCE) BigDecimal confidence,
        @Valid MoneyRequest budget,
        @Min(1) @Max(RequestLimits.MAX_LOT_SIZE) Integer lotSize,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal maxVendorShare,
        Boolean allowNonCompliant) {
}
