package com.supplyrisk.api.request;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.RentalRate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * One option of a plan: exactly one of {@code accelerator} and {@code customAccelerator}. A CLOUD_RENTAL option's
 * unit price is per unit per {@code rentalPeriod}, which it must give, for {@code rentalMonths} (default the plan's
 * horizon); no other channel may give either.
 */
public record OptionRequest(
        @NotBlank @CodePointLength(max = RequestLimits.MAX_ID_LENGTH) String id,
        @CodePointLength(max = RequestLimits.MAX_ID_LENGTH) String accelerator,
        @Valid CustomAcceleratorRequest customAccelerator,
        @NotNull Channel channel,
        @CodePointLength(max = RequestLimits.MAX_TEXT_LENGTH) String supplier,
        @NotNull @Min(1) @Max(RequestLimits.MAX_QUANTITY) Integer quantity,
        @NotNull @Valid MoneyRequest unitPrice,
        @DecimalMin("0") @DecimalMax("1") BigDecimal licensingProbability,
        @Valid MoneyRequest referenceUnitPrice,
        RentalRate.Period rentalPeriod,
        @Min(1) @Max(RequestLimits.MAX_TERM_MONTHS) Integer rentalMonths) {
}
