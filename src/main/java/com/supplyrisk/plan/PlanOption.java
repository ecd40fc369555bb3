package com.supplyrisk.plan;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.RentalRate;
import java.util.Objects;

/**
 * One way of getting accelerators. Without a named supplier the chip vendor is taken as the supplier.
 *
 * @param licensingProbability the buyer's own estimate, replacing the policy data's; null to use the data
 * @param referenceUnitPrice   the buyer's own reference price, replacing the catalog's (per rental period for a
 *                             rental); null to use the catalog
 * @param rental               how a CLOUD_RENTAL option is rented, whose unit price is then per period; null for
 *                             every other channel
 */
public record PlanOption(
        String id,
        Accelerator accelerator,
        Channel channel,
        String supplier,
        int quantity,
        Money unitPrice,
        Double licensingProbability,
        Money referenceUnitPrice,
        Rental rental) {

    /** A rental's unit price is per unit per period, for so many months. */
    public record Rental(RentalRate.Period period, int months) {

        public Rental {
            Objects.requireNonNull(period, "period");
            if (months < 1) {
                throw new IllegalArgumentException("months must be at least 1");
            }
        }
    }

    /** An option that buys its accelerators. */
    public PlanOption(String id, Accelerator accelerator, Channel channel, String supplier, int quantity, Money unitPrice,
            Double licensingProbability, Money referenceUnitPrice) {
        this(id, accelerator, channel, supplier, quantity, unitPrice, licensingProbability, referenceUnitPrice, null);
    }

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
        if ((channel == Channel.CLOUD_RENTAL) != (rental != null)) {
            throw new IllegalArgumentException("a CLOUD_RENTAL option, and only one, is rented for a period");
        }
        if (rental != null && referenceUnitPrice == null && accelerator.referenceRentalRate() == null) {
            throw new IllegalArgumentException("a rental of an accelerator without a reference rental rate needs referenceUnitPrice");
        }
        if (supplier == null || supplier.isBlank()) {
            supplier = accelerator.vendor();
        }
    }

    /** The price the unit price is measured against: the buyer's own, else the catalog's rental rate or official price. */
    public Money reference() {
        if (referenceUnitPrice != null) {
            return referenceUnitPrice;
        }
        return rental != null ? accelerator.referenceRentalRate().per(rental.period()) : accelerator.referenceUnitPrice().price();
    }

    /** Dense BF16 compute of the whole option in PFLOPS. */
    public double computePflops() {
        return quantity * accelerator.bf16Tflops() / 1000.0;
    }
}
