package com.supplyrisk.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One violated field: {@code pointer} is a JSON pointer into the body as the client sent it,
 * {@code parameter} names a query or path parameter instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String pointer, String parameter, String detail) {

    public static FieldError at(String pointer, String detail) {
        return new FieldError("#" + pointer, null, detail);
    }

    public static FieldError parameter(String name, String detail) {
        return new FieldError(null, name, detail);
    }
}
