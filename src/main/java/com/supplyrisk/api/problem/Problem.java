package com.supplyrisk.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the one error format of the service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "/problems/";

    /** A problem with no field errors. */
    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, null);
    }

    /** A problem listing the fields that caused it, or none when {@code errors} is null. */
    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }

    /** A status none of the {@link ProblemType}s covers, which the HTTP layer raised on its own: typed by its number. */
    static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem(TYPE_BASE + "http-" + status, known == null ? "HTTP " + status : known.getReasonPhrase(), status, detail,
                null);
    }
}
