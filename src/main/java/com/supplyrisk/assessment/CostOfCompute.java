package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Money;

/**
 * What an option's compute costs over the plan's horizon, in the answer's currency: the horizon's share of a purchase
 * and the power it draws once delivered, or the rent paid once delivered; the PFLOPS-hours it delivers between delivery
 * and the end of the horizon; and the cost of one of them, plain and divided by the option's probability P.
 *
 * @param costPerPflopsHour             null when the option delivers nothing within the horizon
 * @param riskAdjustedCostPerPflopsHour null as well when P is 0
 */
public record CostOfCompute(
        Money horizonCost,
        Money purchaseShare,
        Money power,
        Money rental,
        double deliveredPflopsHours,
        Money costPerPflopsHour,
        Money riskAdjustedCostPerPflopsHour,
        String explanation) {
}
