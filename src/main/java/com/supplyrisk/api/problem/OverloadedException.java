package com.supplyrisk.api.problem;

/** The service is working on as much as it can hold; the client is told when to try again. */
public class OverloadedException extends RuntimeException {

    private final int retryAfterSeconds;

    public OverloadedException(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
