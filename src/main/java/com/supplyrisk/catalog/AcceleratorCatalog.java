package com.supplyrisk.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accelerators the service knows, by id. */
public final class AcceleratorCatalog {

    private final String version;
    private final Map<String, Accelerator> byId;

    public AcceleratorCatalog(String version, List<Accelerator> accelerators) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        this.version = version;
        var index = new LinkedHashMap<String, Accelerator>();
        accelerators.stream().sorted(Comparator.comparing(Accelerator::id)).forEach(accelerator -> {
            if (index.put(accelerator.id(), accelerator) != null) {
                throw new IllegalArgumentException("duplicate accelerator id '" + accelerator.id() + "'");
            }
        });
        this.byId = java.util.Collections.unmodifiableMap(index);
    }

    public String version() {
        return version;
    }

    public List<Accelerator> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Accelerator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The known ids nearest to an unknown one by edit distance, so an error can suggest what was meant. */
    public List<String> closestIds(String unknown, int limit) {
        String probe = unknown.toLowerCase(java.util.Locale.ROOT);
        return byId.keySet().stream()
                .sorted(Comparator.comparingInt((String id) -> editDistance(probe, id)).thenComparing(id -> id))
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
