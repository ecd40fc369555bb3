package com.supplyrisk.api;

import com.supplyrisk.catalog.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One option of a plan: exactly one of {@code accelerator} and {@code customAccelerator}. */
public record OptionRequest(
        @NotBlank @Size(max = 100) String id,
        @Size(max = 100) String accelerator,
        @Valid CustomAcceleratorRequest customAccelerator,
        @NotNull Channel channel,
        @Size(max = 200) String supplier,
        @NotNull @Min(1) @Max(10_000_000) Integer quantity,
        @NotNull @Valid MoneyRequest unitPrice,
        @DecimalMin("0") @DecimalMax("1") BigDecimal licensingProbability,
        @Valid MoneyRequest referenceUnitPrice) {
}
