package com.supplyrisk.catalog;

import java.util.Arrays;

/** US Export Control Classification of an accelerator, derived from its specs. */
public enum Eccn {
    ECCN_3A090_A("3A090.a"),
    ECCN_3A090_B("3A090.b"),
    EAR99("EAR99");

    private final String code;

    Eccn(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Eccn fromCode(String code) {
        return Arrays.stream(values())
                .filter(e -> e.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ECCN '" + code + "', expected 3A090.a, 3A090.b or EAR99"));
    }
}
