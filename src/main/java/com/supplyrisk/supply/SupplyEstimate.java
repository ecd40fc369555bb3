package com.supplyrisk.supply;

import com.supplyrisk.catalog.Evidence;
import java.time.LocalDate;

/**
 * How many units a route can supply, as estimated on a day: a year's domestic output or licensed quota, a year's
 * grey-market flow, or the capacity a cloud can rent out at once; and the share of it one buyer can hope to get.
 * {@code P(volume) = exp(-quantity / (buyerShare x units))}: an order of the buyer's share is filled with probability
 * e^-1, one of a tenth of it with 0.90.
 */
public record SupplyEstimate(String id, SupplyMatch match, LocalDate asOf, double units, double buyerShare, Evidence evidence,
        String source) implements Dated {

    public SupplyEstimate {
        Dated.require(id, match, asOf, evidence, source);
        if (!(units > 0) || !Double.isFinite(units)) {
            throw new IllegalArgumentException("units must be a positive number");
        }
        if (!(buyerShare > 0 && buyerShare <= 1)) {
            throw new IllegalArgumentException("buyerShare must be above 0 and at most 1");
        }
    }

    /** The units one buyer can hope to get: the scale of the volume probability. */
    public double reachableUnits() {
        return buyerShare * units;
    }

    public double probabilityOf(double quantity) {
        return Math.exp(-quantity / reachableUnits());
    }
}
