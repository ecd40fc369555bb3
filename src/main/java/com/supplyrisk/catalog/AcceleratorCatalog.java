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
        return NearestNames.of(byId.keySet(), unknown, limit);
    }
}
