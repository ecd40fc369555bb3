package com.supplyrisk.supply;

import com.supplyrisk.catalog.Route;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What routes can supply and when, and what power costs where: the dated estimates behind an option's volume
 * probability, lead time and power cost. On a day, the entry for a route is the most specific one dated on or before
 * it, the latest of those, then the first by id, so the choice never depends on the order of the file.
 */
public final class SupplyData {

    private final String version;
    private final List<SupplyEstimate> volumes;
    private final List<LeadTime> leadTimes;
    private final List<ElectricityPrice> electricity;
    private final Map<String, List<ElectricityPrice>> electricityByCountry = new HashMap<>();
    private final ElectricityPrice electricityElsewhere;

    public SupplyData(String version, List<SupplyEstimate> volumes, List<LeadTime> leadTimes, List<ElectricityPrice> electricity,
            ElectricityPrice electricityElsewhere) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        if (electricityElsewhere == null || electricityElsewhere.country() != null) {
            throw new IllegalArgumentException("the price elsewhere must name no country");
        }
        this.version = version;
        this.volumes = sorted(volumes);
        this.leadTimes = sorted(leadTimes);
        this.electricityElsewhere = electricityElsewhere;
        this.electricity = List.copyOf(electricity);
        for (ElectricityPrice price : electricity) {
            if (price.country() == null) {
                throw new IllegalArgumentException("every electricity price must name its country");
            }
            electricityByCountry.computeIfAbsent(price.country(), c -> new ArrayList<>()).add(price);
        }
        electricityByCountry.replaceAll((country, prices) -> prices.stream()
                .sorted(Comparator.comparing(ElectricityPrice::asOf).reversed()).toList());
    }

    /** Most specific first, then the latest, then by id; ids unique across the list. */
    private static <T extends Dated> List<T> sorted(List<T> entries) {
        var ids = new HashSet<String>();
        for (T entry : entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("id '" + entry.id() + "' is used twice");
            }
        }
        return entries.stream()
                .sorted(Comparator.comparingInt((T e) -> e.match().specificity()).reversed()
                        .thenComparing(Dated::asOf, Comparator.reverseOrder())
                        .thenComparing(Dated::id))
                .toList();
    }

    public String version() {
        return version;
    }

    public List<SupplyEstimate> volumes() {
        return volumes;
    }

    public List<LeadTime> leadTimes() {
        return leadTimes;
    }

    /** Every electricity price of the data, the one assumed elsewhere last. */
    public List<ElectricityPrice> electricityPrices() {
        var all = new ArrayList<>(electricity);
        all.add(electricityElsewhere);
        return all;
    }

    /** The estimate of what the route can supply on that day, or none when the data has none for it. */
    public Optional<SupplyEstimate> volumeFor(Route route, LocalDate day) {
        return first(volumes, route, day);
    }

    /** The route's lead time on that day, or none when the data has none for it. */
    public Optional<LeadTime> leadTimeFor(Route route, LocalDate day) {
        return first(leadTimes, route, day);
    }

    /** The latest price published on or before that day for the country, or else the price assumed elsewhere. */
    public ElectricityPrice electricityIn(String country, LocalDate day) {
        return electricityByCountry.getOrDefault(country, List.of()).stream()
                .filter(price -> !price.asOf().isAfter(day))
                .findFirst()
                .orElse(electricityElsewhere);
    }

    private static <T extends Dated> Optional<T> first(List<T> entries, Route route, LocalDate day) {
        for (T entry : entries) {
            if (!entry.asOf().isAfter(day) && entry.match().matches(route)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
