package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Money;

/**
 * Factor 3: how far the price is over the official one ({@code premium} 0.5 = 50% over).
 *
 * @param unitPrice   the option's unit price in the plan's currency
 * @param explanation the factor in words, only when the plan asked for explanations
 */
public record PricePremiumFactor(
        double premium,
        double risk,
        double points,
        Money unitPrice,
        Money referenceUnitPrice,
        boolean overridden,
        Money excessCost,
        String explanation) {
}
