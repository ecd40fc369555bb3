package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.Route;
import java.util.Objects;

/**
 * One option as the simulation sees it: the route whose approvals it needs, what it delivers and what it costs.
 *
 * @param licensingProbability the buyer's own estimate, drawn on its own; null to draw the route's approvals
 * @param totalCost            what the whole option costs, in the plan's currency
 * @param bought               true when the plan-level figures count it: every option of a portfolio, only the
 *                             first-ranked of alternatives
 */
public record SimulatedOption(String id, Route route, Double licensingProbability, double computePflops, Money totalCost,
        boolean bought) {

    public SimulatedOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(totalCost, "totalCost");
        if (licensingProbability != null && !(licensingProbability >= 0 && licensingProbability <= 1)) {
            throw new IllegalArgumentException("licensingProbability must be between 0 and 1");
        }
        if (!(computePflops >= 0) || Double.isInfinite(computePflops)) {
            throw new IllegalArgumentException("computePflops must be a finite number of at least 0");
        }
        if (totalCost.amount() < 0) {
            throw new IllegalArgumentException("totalCost must not be negative");
        }
    }

    /** A grey-market seller is paid before shipping, so a seized shipment is money lost; every other channel bills on delivery. */
    public boolean paidUpFront() {
        return route.channel() == Channel.GREY_MARKET;
    }
}
