package com.supplyrisk.api.problem;

/** RFC 6901 JSON pointers, which every field error uses to say where in the body it is. */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** One reference token: '~' and '/' inside a name are written as '~0' and '~1'. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
