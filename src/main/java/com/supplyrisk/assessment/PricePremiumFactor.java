package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Money;

/** Factor 3: how far the price is over the official one ({@code premium} 0.5 = 50% over). */
public record PricePremiumFactor(
        double premium,
        double risk,
        double points,
        Money referenceUnitPrice,
        boolean overridden,
        Money excessCost,
        String explanation) {
}
