package com.supplyrisk.catalog;

import java.util.Set;

/**
 * Which routes a policy rule applies to. Every condition is optional (an empty set or null matches
 * anything); a route matches when all given conditions hold.
 *
 * @param includeHeadquarters with destinations: also match a buyer headquartered in a destination,
 *                            wherever it is located (the US headquarters rule of 17 Nov 2023)
 */
public record RuleMatch(
        Set<String> accelerators,
        Set<Eccn> eccn,
        Set<String> origins,
        Boolean foreignToBuyer,
        Set<String> destinations,
        boolean includeHeadquarters,
        Set<Segment> segments,
        Set<Channel> channels,
        Double tppBelow,
        Double memoryBandwidthBelowTbps) {

    public RuleMatch {
        accelerators = accelerators == null ? Set.of() : Set.copyOf(accelerators);
        eccn = eccn == null ? Set.of() : Set.copyOf(eccn);
        origins = origins == null ? Set.of() : Set.copyOf(origins);
        destinations = destinations == null ? Set.of() : Set.copyOf(destinations);
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        if (includeHeadquarters && destinations.isEmpty()) {
            throw new IllegalArgumentException("includeHeadquarters needs destinations");
        }
    }

    public boolean matches(Route route) {
        Accelerator chip = route.accelerator();
        return (accelerators.isEmpty() || accelerators.contains(chip.id()))
                && (eccn.isEmpty() || eccn.contains(chip.eccn()))
                && (origins.isEmpty() || origins.contains(chip.originCountry()))
                && (foreignToBuyer == null || foreignToBuyer == route.foreignToBuyer())
                && matchesDestination(route)
                && (segments.isEmpty() || segments.contains(route.segment()))
                && (channels.isEmpty() || channels.contains(route.channel()))
                && (tppBelow == null || chip.tpp() < tppBelow)
                && (memoryBandwidthBelowTbps == null
                        || (chip.memoryBandwidthTbps() != null && chip.memoryBandwidthTbps() < memoryBandwidthBelowTbps));
    }

    /** False when no route through the channel can match. */
    public boolean admits(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    private boolean matchesDestination(Route route) {
        return destinations.isEmpty()
                || destinations.contains(route.buyerCountry())
                || (includeHeadquarters && destinations.contains(route.buyerHeadquarters()));
    }
}
