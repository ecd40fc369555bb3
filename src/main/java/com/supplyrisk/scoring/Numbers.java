package com.supplyrisk.scoring;

import java.util.Locale;

/** Rounding for answers and the wording of figures in explanations, the same in every locale. */
final class Numbers {

    private Numbers() {
    }

    /** Rounds half up; values too large for a long's hundredths are already coarser than any rounding. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double scaled = value * scale;
        if (Math.abs(scaled) >= 1e15 || !Double.isFinite(scaled)) {
            return value;
        }
        return Math.round(scaled) / scale;
    }

    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%s %,.0f", currency, amount);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
