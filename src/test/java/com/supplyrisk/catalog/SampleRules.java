package com.supplyrisk.catalog;

import java.util.List;
import java.util.Set;

/** Country groups and rule conditions for tests that build their own policy rather than read the shipped one. */
public final class SampleRules {

    /** A few groups with the memberships tests rely on: China in D:1 and D:5, the UAE in D:4, Japan in A:5, Malaysia in none. */
    public static final CountryGroups GROUPS = new CountryGroups(List.of(
            new CountryGroups.Group("A:5", "allies", Set.of("DE", "JP"), List.of()),
            new CountryGroups.Group("D:1", "national security", Set.of("CN", "MO", "VN", "RU"), List.of()),
            new CountryGroups.Group("D:4", "missile technology", Set.of("AE", "CN", "MO", "RU"), List.of()),
            new CountryGroups.Group("D:5", "arms embargo", Set.of("CN", "RU"), List.of(
                    new CountryGroups.DatedMember("HK", java.time.LocalDate.of(2020, 12, 23), null, "test")))),
            Set.of("MY", "US", "SG", "TW"), "test groups", Evidence.REGULATION);

    private SampleRules() {
    }

    /**
     * Conditions in the shape most tests need: {@code headquartersToo} also matches a buyer whose parent is
     * headquartered in one of the destinations.
     */
    public static RuleMatch match(Set<String> accelerators, Set<Eccn> eccn, Set<String> origins, Boolean foreignToBuyer,
            Set<String> destinations, boolean headquartersToo, Set<Segment> segments, Set<Channel> channels, Double tppBelow,
            Double memoryBandwidthBelowTbps) {
        return new RuleMatch(accelerators, eccn, origins, foreignToBuyer, destinations, null, null, null,
                headquartersToo ? destinations : null, null, segments, channels, tppBelow, memoryBandwidthBelowTbps);
    }

    /** Whether the conditions match the route, with the buyer's countries resolved in {@link #GROUPS} on a fixed day. */
    public static boolean matches(RuleMatch match, Route route) {
        var day = java.time.LocalDate.of(2026, 6, 1);
        return match.matches(route, GROUPS.on(route.buyerCountry(), day), GROUPS.on(route.buyerHeadquarters(), day));
    }
}
