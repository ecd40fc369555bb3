package com.supplyrisk.catalog;

import java.util.Arrays;

/** US Export Control Classification of an accelerator, derived from its specs. */
public enum Eccn {
    ECCN_3A090_A("3A090.a"),
    ECCN_3A090_B("3A090.b"),
    /** Computers, systems and boards containing 3A090.a chips, as a rack sold as one unit is. */
    ECCN_4A090_A("4A090.a"),
    ECCN_4A090_B("4A090.b"),
    EAR99("EAR99");

    private final String code;

    Eccn(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The classification of a system built of chips of this classification: 4A090 follows 3A090. */
    public Eccn ofSystem() {
        return switch (this) {
            case ECCN_3A090_A -> ECCN_4A090_A;
            case ECCN_3A090_B -> ECCN_4A090_B;
            default -> this;
        };
    }

    public static Eccn fromCode(String code) {
        return Arrays.stream(values())
                .filter(e -> e.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ECCN '" + code + "', expected 3A090.a, 3A090.b, 4A090.a, 4A090.b or EAR99"));
    }
}
