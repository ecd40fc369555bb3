package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.Route;
import java.util.Objects;

/**
 * One option as the simulation sees it: the route whose approvals it needs, what it delivers and what it costs, and
 * when its compute runs.
 *
 * @param licensingProbability the buyer's own estimate, drawn on its own; null to draw the route's approvals
 * @param totalCost            what the whole option costs, in the plan's currency
 * @param bought               true when the plan-level figures count it: every option of a portfolio, only the
 *                             first-ranked of alternatives
 * @param volumeProbability    the chance its route fills an order of its size, drawn on its own besides the approvals;
 *                             1 for no draw (and always 1 beside a buyer's own estimate, which replaces the whole of P)
 * @param leadTimeMonths       months from order to delivery
 * @param runMonths            months it runs once delivered: a rental's term, a purchase's service life
 */
public record SimulatedOption(String id, Route route, Double licensingProbability, double computePflops, Money totalCost,
        boolean bought, double volumeProbability, double leadTimeMonths, int runMonths) {

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
        if (!(volumeProbability >= 0 && volumeProbability <= 1)) {
            throw new IllegalArgumentException("volumeProbability must be between 0 and 1");
        }
        if (licensingProbability != null && volumeProbability != 1) {
            throw new IllegalArgumentException("a buyer's own licensing probability replaces the volume probability");
        }
        if (!(leadTimeMonths >= 0) || Double.isInfinite(leadTimeMonths)) {
            throw new IllegalArgumentException("leadTimeMonths must be a finite number of at least 0");
        }
        if (runMonths < 1) {
            throw new IllegalArgumentException("runMonths must be at least 1");
        }
    }

    /** A grey-market seller is paid before shipping, so a seized shipment is money lost; every other channel bills on delivery. */
    public boolean paidUpFront() {
        return route.channel() == Channel.GREY_MARKET;
    }

    /** The first month of the horizon (1-based) its compute runs in: the month in which it is delivered. */
    int firstMonth() {
        return (int) Math.floor(leadTimeMonths) + 1;
    }

    /** The last month its compute runs in, were the horizon endless. */
    int lastMonth() {
        return firstMonth() + runMonths - 1;
    }
}
