package com.supplyrisk.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The EAR country groups (Supplement No. 1 to Part 740) that licensing rules name, with dated memberships: a rule
 * says "D:1, D:4 or D:5 but not A:5 or A:6", and the country a buyer names resolves to its groups on the day asked
 * about. Countries the data lists in no group are still known; any other country resolves to {@link #UNKNOWN}.
 */
public final class CountryGroups {

    /** The group of a country the data does not classify: rules name it so that it is never treated as unrestricted. */
    public static final String UNKNOWN = "UNKNOWN";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** One group and its members; a dated member belongs only within its dates. */
    public record Group(String id, String description, Set<String> members, List<DatedMember> dated) {

        public Group {
            if (id == null || id.isBlank() || UNKNOWN.equals(id)) {
                throw new IllegalArgumentException("group id must not be blank or " + UNKNOWN);
            }
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("group " + id + ": description must not be blank");
            }
            members = Set.copyOf(new TreeSet<>(members));
            dated = List.copyOf(dated);
            for (String country : members) {
                requireCountry(country, "group " + id);
            }
            for (DatedMember member : dated) {
                if (members.contains(member.country())) {
                    throw new IllegalArgumentException("group " + id + ": " + member.country()
                            + " is listed both as a member and as a dated member");
                }
            }
        }

        public boolean hasMemberOn(String country, LocalDate date) {
            if (members.contains(country)) {
                return true;
            }
            for (DatedMember member : dated) {
                if (member.country().equals(country) && member.inForceOn(date)) {
                    return true;
                }
            }
            return false;
        }

        public Set<String> membersOn(LocalDate date) {
            var on = new TreeSet<>(members);
            for (DatedMember member : dated) {
                if (member.inForceOn(date)) {
                    on.add(member.country());
                }
            }
            return on;
        }
    }

    /** A membership with dates: {@code from} and {@code to} are inclusive, either may be open. */
    public record DatedMember(String country, LocalDate from, LocalDate to, String source) {

        public DatedMember {
            requireCountry(country, "dated member");
            if (from == null && to == null) {
                throw new IllegalArgumentException(country + ": a dated member needs from, to or both");
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(country + ": to must not be before from");
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException(country + ": a dated member needs its source");
            }
        }

        boolean inForceOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final List<Group> groups;
    private final Map<String, Group> byId = new LinkedHashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> unlisted;
    private final String source;
    private final Evidence evidence;

    /** @param unlisted the countries the data classifies that are in none of the groups */
    public CountryGroups(List<Group> groups, Set<String> unlisted, String source, Evidence evidence) {
        this.groups = List.copyOf(groups);
        this.source = requireText(source, "source");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        for (Group group : groups) {
            if (byId.put(group.id(), group) != null) {
                throw new IllegalArgumentException("group " + group.id() + " is defined twice");
            }
            known.addAll(group.members());
            for (DatedMember member : group.dated()) {
                known.add(member.country());
            }
        }
        this.unlisted = Set.copyOf(new TreeSet<>(unlisted));
        for (String country : unlisted) {
            requireCountry(country, "unlisted countries");
            if (!known.add(country)) {
                throw new IllegalArgumentException(country + " is listed as in no group but is a member of one");
            }
        }
    }

    public List<Group> groups() {
        return groups;
    }

    /** The countries the data classifies that are in none of the groups, in order. */
    public Set<String> unlisted() {
        return new TreeSet<>(unlisted);
    }

    public String source() {
        return source;
    }

    public Evidence evidence() {
        return evidence;
    }

    public boolean defines(String group) {
        return UNKNOWN.equals(group) || byId.containsKey(group);
    }

    /** The country's groups on {@code date}: what rules that name groups see of a buyer there. */
    public Destination on(String country, LocalDate date) {
        if (!known.contains(country)) {
            return new Destination(country, Set.of(UNKNOWN), false);
        }
        var in = new ArrayList<String>();
        for (Group group : groups) {
            if (group.hasMemberOn(country, date)) {
                in.add(group.id());
            }
        }
        return new Destination(country, new TreeSet<>(in), true);
    }

    private static void requireCountry(String code, String where) {
        if (code == null || !COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException(where + ": '" + code + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    private static String requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }
}
