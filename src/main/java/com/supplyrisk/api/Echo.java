package com.supplyrisk.api;

/** Client input quoted back in an error detail, cut short so that an absurd input cannot bloat the answer. */
final class Echo {

    private static final int MAX_LENGTH = 100;

    private Echo() {
    }

    static String of(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }
}
