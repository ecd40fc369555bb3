package com.supplyrisk.api.request;

import com.supplyrisk.catalog.Segment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Who buys; {@code headquarters} defaults to {@code country}, {@code segment} to COMMERCIAL. */
public record BuyerRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String headquarters,
        Segment segment) {
}
