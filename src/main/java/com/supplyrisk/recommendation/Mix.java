package com.supplyrisk.recommendation;

import com.supplyrisk.catalog.Money;
import java.util.List;

/**
 * A mix of orders and what it gives under the correlated delivery model.
 *
 * @param quantities         what to order, options with none left out, in plan order
 * @param expectedCost       the mean of what is paid: on delivery, or up front on the grey market
 * @param worstCaseCost      everything ordered is paid: the cost committed
 * @param vendorShares       each vendor's share of {@code expectedPflops}, largest first
 * @param hhi                the Herfindahl-Hirschman index of those shares, 0 to 10,000
 * @param optimalityGap      how far the expected cost may be above the optimum the solver could prove, as a fraction;
 *                           0 when proved optimal
 */
public record Mix(List<Quantity> quantities, double probabilityOfTarget, Money expectedCost, Money worstCaseCost,
        double expectedPflops, List<VendorShare> vendorShares, double hhi, double optimalityGap) {
}
