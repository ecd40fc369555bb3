package com.supplyrisk.catalog;

/** An amount of money in an ISO 4217 currency. Risk estimates, not ledger entries: a double is precise enough. */
public record Money(double amount, String currency) {

    public Money {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number");
        }
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters");
        }
    }

    /**
     * Three capital letters, the form of an ISO 4217 code. Checked by hand rather than with a regular expression:
     * every option of a plan creates several amounts.
     */
    public static boolean isCurrencyCode(String code) {
        return code != null && code.length() == 3 && isCapital(code.charAt(0)) && isCapital(code.charAt(1))
                && isCapital(code.charAt(2));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public Money times(double factor) {
        return new Money(amount * factor, currency);
    }
}
