package com.supplyrisk.recommendation;

/** How many accelerators of one option to order. */
public record Quantity(String optionId, long quantity) {
}
