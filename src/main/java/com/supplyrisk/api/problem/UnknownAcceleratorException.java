package com.supplyrisk.api.problem;

import java.util.List;

/** A path names an accelerator the catalog does not have. */
public class UnknownAcceleratorException extends RuntimeException {

    private final String id;
    private final transient List<String> closest;

    public UnknownAcceleratorException(String id, List<String> closest) {
        super("unknown accelerator");
        this.id = id;
        this.closest = List.copyOf(closest);
    }

    public String id() {
        return id;
    }

    public List<String> closest() {
        return closest;
    }
}
