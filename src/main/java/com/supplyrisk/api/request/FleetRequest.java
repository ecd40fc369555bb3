package com.supplyrisk.api.request;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.CodePointLength;

/** Compute the buyer already runs. */
public record FleetRequest(
        @NotBlank @CodePointLength(max = RequestLimits.MAX_ID_LENGTH) String vendor,
        @CodePointLength(max = RequestLimits.MAX_TEXT_LENGTH) String supplier,
        @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal pflops) {
}
