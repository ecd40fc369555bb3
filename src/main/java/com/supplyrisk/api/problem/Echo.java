package com.supplyrisk.api.problem;

/** Client input quoted back in an error detail, cut short so that an absurd input cannot bloat the answer. */
public final class Echo {

    private static final int MAX_LENGTH = 100;

    private Echo() {
    }

    public static String of(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }
}
