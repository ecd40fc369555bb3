package com.supplyrisk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, the one error format of the service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with no field errors, its type a relative URI under /problems/. */
    public static Problem of(int status, String type, String title, String detail) {
        return new Problem("/problems/" + type, title, status, detail, null);
    }
}
