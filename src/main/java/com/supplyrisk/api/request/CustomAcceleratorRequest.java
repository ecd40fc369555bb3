package com.supplyrisk.api.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * Hardware the catalog lacks, classified and scored like a catalog part. {@code tpp} defaults to
 * 16 x dense BF16 TFLOPS, {@code originCountry} to US, {@code marketedForDatacenter} to true; without
 * {@code boardPowerWatts} its power is not costed.
 */
public record CustomAcceleratorRequest(
        @NotBlank @CodePointLength(max = RequestLimits.MAX_ID_LENGTH) String vendor,
        @NotBlank @CodePointLength(max = RequestLimits.MAX_ID_LENGTH) String name,
        @NotNull @DecimalMin("0.001") @DecimalMax("10000000") BigDecimal bf16Tflops,
        @DecimalMin("0.001") @DecimalMax("10000000") BigDecimal memoryGb,
        @DecimalMin("0.001") @DecimalMax("100000") BigDecimal memoryBandwidthTbps,
        @DecimalMin("0.001") @DecimalMax("100000000") BigDecimal tpp,
        @DecimalMin("0.001") @DecimalMax("1000000") BigDecimal dieAreaMm2,
        @NotNull @Valid MoneyRequest referenceUnitPrice,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String originCountry,
        Boolean marketedForDatacenter,
        @DecimalMin("1") @DecimalMax("10000000") BigDecimal boardPowerWatts) {
}
