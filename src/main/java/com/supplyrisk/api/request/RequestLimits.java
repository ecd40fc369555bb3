package com.supplyrisk.api.request;

/**
 * The contract's bounds on a request, named once: the constraint annotations of the request records use them, and
 * so do the checks that need the data, which skip what the constraints already refuse.
 */
public final class RequestLimits {

    /** Option ids, accelerator ids, vendors and accelerator names. */
    public static final int MAX_ID_LENGTH = 100;
    /** Plan ids, suppliers and rule ids. */
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_CHANNEL_NAME_LENGTH = 50;
    public static final int MAX_HORIZON_MONTHS = 60;
    /** Rentals and service lives: ten years. */
    public static final int MAX_TERM_MONTHS = 120;
    public static final int MAX_QUANTITY = 10_000_000;
    public static final int MAX_FLEET_HOLDINGS = 1000;
    public static final int MAX_FX_RATES = 200;
    public static final int MAX_SCENARIOS = 20;
    public static final int MAX_RULE_CHANGES = 100;
    public static final int MAX_PREMIUM_CHANGES = 4;
    /** Compute a plan may ask for, in PFLOPS, as text for the constraint annotations. */
    public static final String MAX_PFLOPS = "1000000000";
    /** A recommendation's confidence: below a half is a coin toss, above 0.999 beyond what the data can tell. */
    public static final String MIN_CONFIDENCE = "0.5";
    public static final String MAX_CONFIDENCE = "0.999";
    public static final int MAX_LOT_SIZE = 100_000;
    /**
     * Trials a recommendation may weigh when the approvals are too many to enumerate: each distinct outcome is a
     * yes/no of the solver's model, so this bounds the model, as trials x options bounds a simulation.
     */
    public static final int MAX_RECOMMENDATION_TRIALS = 5_000;
    /** Trials weighed when the request names none. */
    public static final int DEFAULT_RECOMMENDATION_TRIALS = 1_000;

    private RequestLimits() {
    }
}
