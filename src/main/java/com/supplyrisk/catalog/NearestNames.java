package com.supplyrisk.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known names nearest to an unknown one by edit distance, so that an error can suggest what was meant. */
public final class NearestNames {

    private NearestNames() {
    }

    public static List<String> of(Collection<String> known, String unknown, int limit) {
        String probe = unknown.toLowerCase(Locale.ROOT);
        return known.stream()
                .sorted(Comparator.comparingInt((String name) -> editDistance(probe, name)).thenComparing(name -> name))
                .limit(limit)
                .toList();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
