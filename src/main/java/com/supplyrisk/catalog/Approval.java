package com.supplyrisk.catalog;

import java.util.Objects;

/** One kind of approval a route may need, such as a US export licence; rules speak for one approval each. */
public record Approval(String id, ApprovalKind kind, String description) {

    public Approval {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
    }
}
