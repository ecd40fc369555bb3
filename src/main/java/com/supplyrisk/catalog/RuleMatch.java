package com.supplyrisk.catalog;

import java.util.Set;

/**
 * Which routes a policy rule applies to. Every condition is optional (an empty set or null matches anything); a route
 * matches when all given conditions hold. Where the buyer is located matches by country or by EAR country group on
 * the day asked about, less the excepted countries and groups; where its ultimate parent is headquartered matches
 * the same way, and a route matches when either does (the US headquarters rule of 17 Nov 2023).
 */
public record RuleMatch(
        Set<String> accelerators,
        Set<Eccn> eccn,
        Set<String> origins,
        Boolean foreignToBuyer,
        Set<String> destinations,
        Set<String> destinationGroups,
        Set<String> exceptDestinations,
        Set<String> exceptDestinationGroups,
        Set<String> headquarters,
        Set<String> headquartersGroups,
        Set<Segment> segments,
        Set<Channel> channels,
        Double tppBelow,
        Double memoryBandwidthBelowTbps) {

    public RuleMatch {
        accelerators = copy(accelerators);
        eccn = copy(eccn);
        origins = copy(origins);
        destinations = copy(destinations);
        destinationGroups = copy(destinationGroups);
        exceptDestinations = copy(exceptDestinations);
        exceptDestinationGroups = copy(exceptDestinationGroups);
        headquarters = copy(headquarters);
        headquartersGroups = copy(headquartersGroups);
        segments = copy(segments);
        channels = copy(channels);
    }

    /** Every group the rule names, for checking them against the country groups the data defines. */
    public Set<String> groupsNamed() {
        var named = new java.util.TreeSet<String>();
        named.addAll(destinationGroups);
        named.addAll(exceptDestinationGroups);
        named.addAll(headquartersGroups);
        return named;
    }

    /** {@code located} and {@code parent}: the buyer's country and its ultimate parent's, resolved on the day asked about. */
    public boolean matches(Route route, Destination located, Destination parent) {
        Accelerator chip = route.accelerator();
        return (accelerators.isEmpty() || accelerators.contains(chip.id()))
                && (eccn.isEmpty() || eccn.contains(chip.eccn()))
                && (origins.isEmpty() || origins.contains(chip.originCountry()))
                && (foreignToBuyer == null || foreignToBuyer == route.foreignToBuyer())
                && (matchesLocation(located) || matchesHeadquarters(parent))
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

    private boolean matchesLocation(Destination located) {
        boolean named = destinations.isEmpty() && destinationGroups.isEmpty()
                ? headquarters.isEmpty() && headquartersGroups.isEmpty()
                : destinations.contains(located.country()) || located.inAny(destinationGroups);
        return named && !exceptDestinations.contains(located.country()) && !located.inAny(exceptDestinationGroups);
    }

    private boolean matchesHeadquarters(Destination parent) {
        return headquarters.contains(parent.country()) || parent.inAny(headquartersGroups);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
