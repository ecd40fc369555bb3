package com.supplyrisk.supply;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Route;
import java.util.Set;

/**
 * The routes an entry of the supply data speaks for: its channels, and, when given, only these accelerators and
 * buyers located in these countries. An entry naming accelerators or countries is more specific than one that does not.
 */
public record SupplyMatch(Set<Channel> channels, Set<String> accelerators, Set<String> buyerCountries) {

    public SupplyMatch {
        channels = Set.copyOf(channels);
        accelerators = accelerators == null ? Set.of() : Set.copyOf(accelerators);
        buyerCountries = buyerCountries == null ? Set.of() : Set.copyOf(buyerCountries);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("match.channels must name at least one channel");
        }
    }

    public boolean matches(Route route) {
        return channels.contains(route.channel())
                && (accelerators.isEmpty() || accelerators.contains(route.accelerator().id()))
                && (buyerCountries.isEmpty() || buyerCountries.contains(route.buyerCountry()));
    }

    /** Naming the accelerator outweighs naming the country, which outweighs naming neither. */
    int specificity() {
        return (accelerators.isEmpty() ? 0 : 2) + (buyerCountries.isEmpty() ? 0 : 1);
    }
}
