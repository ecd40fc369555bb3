package com.supplyrisk.recommendation;

import com.supplyrisk.simulation.SimulatedOption;
import java.util.Objects;

/**
 * One way of buying that a recommendation may use, up to the most it can supply.
 *
 * @param option       the option as the simulation sees it, bought in full: its route, compute and cost for {@code quantity}
 * @param quantity     the most accelerators the route can supply
 * @param nonCompliant true when the route bypasses controls: never bought unless the goal allows it
 */
public record Candidate(SimulatedOption option, int quantity, String vendor, boolean nonCompliant) {

    public Candidate {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(vendor, "vendor");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public String id() {
        return option.id();
    }

    double pflopsOf(long accelerators) {
        return option.computePflops() / quantity * accelerators;
    }

    /**
     * What ordering {@code accelerators} of this option commits the buyer to pay, in the plan's currency: the one place
     * where the cost of a lot is reckoned, its share of the option's total cost (a purchase's price; a rental's rate x
     * period over all its rented months).
     */
    double committedCost(long accelerators) {
        return option.totalCost().amount() / quantity * accelerators;
    }

    /** A grey-market seller is paid before shipping; every other channel bills on delivery (as the simulation pays). */
    boolean paidUpFront() {
        return option.paidUpFront();
    }
}
