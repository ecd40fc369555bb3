package com.supplyrisk.plan;

import com.supplyrisk.catalog.Money;

/**
 * How bought hardware is run: the months it keeps working, the data centre's power usage effectiveness (facility
 * power over IT power) and what a kilowatt-hour costs.
 *
 * @param electricityPrice per kWh; null for the price of the buyer's country in the supply data
 */
public record Operation(int serviceLifeMonths, double pue, Money electricityPrice) {

    /** Four years, the depreciation period hyperscalers used for servers until 2025, and a PUE of new AI halls. */
    public static final Operation DEFAULT = new Operation(48, 1.3, null);

    public Operation {
        if (serviceLifeMonths < 1) {
            throw new IllegalArgumentException("serviceLifeMonths must be at least 1");
        }
        if (!(pue >= 1) || !Double.isFinite(pue)) {
            throw new IllegalArgumentException("pue must be at least 1");
        }
        if (electricityPrice != null && electricityPrice.amount() <= 0) {
            throw new IllegalArgumentException("electricityPrice must be positive");
        }
    }
}
