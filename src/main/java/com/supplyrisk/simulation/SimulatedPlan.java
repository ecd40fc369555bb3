package com.supplyrisk.simulation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** What a simulation runs over: the day whose rules apply, the horizon they must hold for, and the options. */
public record SimulatedPlan(LocalDate asOf, int horizonMonths, String currency, List<SimulatedOption> options) {

    public SimulatedPlan {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("horizonMonths must be at least 1");
        }
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one option");
        }
        var ids = new HashSet<String>();
        for (SimulatedOption option : options) {
            if (!ids.add(option.id())) {
                throw new IllegalArgumentException("option id '" + option.id() + "' is used twice");
            }
            if (!option.totalCost().currency().equals(currency)) {
                throw new IllegalArgumentException("option '" + option.id() + "' is not costed in " + currency);
            }
        }
        if (options.stream().noneMatch(SimulatedOption::bought)) {
            throw new IllegalArgumentException("the plan must buy at least one option");
        }
    }
}
