package com.supplyrisk.api.problem;

/**
 * Every kind of problem the service answers, each with its type slug (under /problems/), title and status: the
 * contract lists the same ones, and mappers and guards name them here rather than spelling them out.
 */
public enum ProblemType {
    INVALID_PLAN(400, "invalid-plan", "The plan breaks the contract"),
    INVALID_PARAMETER(400, "invalid-parameter", "A parameter breaks the contract"),
    MALFORMED_JSON(400, "malformed-json", "The body is not valid JSON"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    UNKNOWN_ACCELERATOR(404, "unknown-accelerator", "No such accelerator"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request timeout"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    OVERLOADED(503, "overloaded", "Service overloaded"),
    SHUTTING_DOWN(503, "shutting-down", "Service shutting down");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The problem's {@code type} member: a relative URI. */
    public String uri() {
        return Problem.TYPE_BASE + slug;
    }
}
