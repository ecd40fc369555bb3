package com.supplyrisk.api;

/**
 * The kinds of request the fuzzer sends: valid plans and look-ups, and every mutation class of
 * research-reliability.md section 2d, each with how often it is drawn relative to the others.
 */
enum FuzzClass {
    VALID_PLAN("valid plan", 34),
    LOOKUP("valid catalog or policy look-up", 4),
    BAD_LOOKUP("unknown accelerator, bad policy date or unknown path", 3),
    DROP_REQUIRED("drop a required field", 5),
    WRONG_TYPE("wrong JSON type", 6),
    BELOW_MINIMUM("number below minimum", 4),
    ABOVE_MAXIMUM("number above maximum", 4),
    NAN("NaN", 3),
    INFINITY("Infinity", 3),
    HUGE_NUMBER("1e400", 3),
    FLOAT_FOR_INTEGER("1.5 for an integer", 3),
    STRING_TOO_LONG("string past maxLength", 4),
    ARRAY_TOO_LONG("array past maxItems", 1),
    UNKNOWN_PROPERTY("unknown property", 4),
    DUPLICATE_KEY("duplicate key", 3),
    DEEP_NESTING("2000 levels of nesting", 2),
    WRONG_CONTENT_TYPE("wrong Content-Type", 3),
    TRUNCATED_JSON("truncated JSON", 3),
    WRONG_METHOD("wrong method", 3),
    UNSATISFIABLE_ACCEPT("unsatisfiable Accept", 3),
    BROKEN_RULE("value the contract or the catalog forbids", 4),
    // Never drawn by weight: FuzzIT sends one every 800 cases, since each is a 10.5 MB upload.
    OVERSIZED_BODY("body over the size limit", 0);

    final String label;
    final double weight;

    FuzzClass(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }

    boolean mutation() {
        return this != VALID_PLAN && this != LOOKUP;
    }

    @Override
    public String toString() {
        return label;
    }
}
