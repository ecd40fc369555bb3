package com.supplyrisk.plan;

/** Compute the buyer already runs, by chip vendor and (optionally) the supplier it came from. */
public record FleetHolding(String vendor, String supplier, double pflops) {

    public FleetHolding {
        if (vendor == null || vendor.isBlank()) {
            throw new IllegalArgumentException("vendor must not be blank");
        }
        if (!(pflops >= 0) || !Double.isFinite(pflops)) {
            throw new IllegalArgumentException("pflops must be a non-negative number");
        }
        if (supplier == null || supplier.isBlank()) {
            supplier = vendor;
        }
    }
}
