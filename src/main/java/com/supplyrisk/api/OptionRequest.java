package com.supplyrisk.api;

import com.supplyrisk.catalog.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;
import java.math.BigDecimal;

/** One option of a plan: exactly one of {@code accelerator} and {@code customAccelerator}. */
public record OptionRequest(
        @NotBlank @CodePointLength(max = 100) String id,
        @CodePointLength(max = 100) String accelerator,
        @Valid CustomAcceleratorRequest customAccelerator,
        @NotNull Channel channel,
        @CodePointLength(max = 200) String supplier,
        @NotNull @Min(1) @Max(10_000_000) Integer quantity,
        @NotNull @Valid MoneyRequest unitPrice,
        @DecimalMin("0") @DecimalMax("1") BigDecimal licensingProbability,
        @Valid MoneyRequest referenceUnitPrice) {
}
