package com.supplyrisk.catalog;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A country as the policy data sees it on one day: the EAR country groups it is in. {@code known} is false when the
 * data does not classify the country; its only group is then {@link CountryGroups#UNKNOWN}, which rules can name so
 * that an unclassified destination is never treated as unrestricted.
 */
public record Destination(String country, Set<String> groups, boolean known) {

    public Destination {
        Objects.requireNonNull(country, "country");
        groups = Collections.unmodifiableSortedSet(new TreeSet<>(groups));
    }

    public boolean inAny(Set<String> names) {
        for (String name : names) {
            if (groups.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
