package com.supplyrisk.api.request;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A scenario's numbers for one rule; at least one of the two, an absent one keeping the rule's own. */
public record RuleChangeRequest(
        @DecimalMin("0") @DecimalMax("1") BigDecimal probability,
        @DecimalMin("0") @DecimalMax("1") BigDecimal monthlyHazard) {
}
