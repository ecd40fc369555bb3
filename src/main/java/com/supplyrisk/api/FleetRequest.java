package com.supplyrisk.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;
import java.math.BigDecimal;

/** Compute the buyer already runs. */
public record FleetRequest(
        @NotBlank @CodePointLength(max = 100) String vendor,
        @CodePointLength(max = 200) String supplier,
        @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal pflops) {
}
