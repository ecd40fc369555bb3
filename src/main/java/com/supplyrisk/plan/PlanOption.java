package com.supplyrisk.plan;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import java.util.Objects;

/**
 * One way of getting accelerators. Without a named supplier the chip vendor is taken as the supplier.
 *
 * @param licensingProbability the buyer's own estimate, replacing the policy data's; null to use the data
 * @param referenceUnitPrice   the buyer's own reference price, replacing the catalog's; null to use the catalog
 */
public record PlanOption(
        String id,
        Accelerator accelerator,
        Channel channel,
        String supplier,
        int quantity,
        Money unitPrice,
        Double licensingProbability,
        Money referenceUnitPrice) {

    public PlanOption {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if (unitPrice.amount() <= 0) {
            throw new IllegalArgumentException("unitPrice must be positive");
        }
        if (licensingProbability != null && !(licensingProbability >= 0 && licensingProbability <= 1)) {
            throw new IllegalArgumentException("licensingProbability must be between 0 and 1");
        }
        if (referenceUnitPrice != null && referenceUnitPrice.amount() <= 0) {
            throw new IllegalArgumentException("referenceUnitPrice must be positive");
        }
        if (supplier == null || supplier.isBlank()) {
            supplier = accelerator.vendor();
        }
    }

    /** Dense BF16 compute of the whole option in PFLOPS. */
    public double computePflops() {
        return quantity * accelerator.bf16Tflops() / 1000.0;
    }
}
