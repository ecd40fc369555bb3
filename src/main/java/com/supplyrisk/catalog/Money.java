package com.supplyrisk.catalog;

import java.util.regex.Pattern;

/** An amount of money in an ISO 4217 currency. Risk estimates, not ledger entries: a double is precise enough. */
public record Money(double amount, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Money {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number");
        }
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters");
        }
    }

    public Money times(double factor) {
        return new Money(amount * factor, currency);
    }
}
