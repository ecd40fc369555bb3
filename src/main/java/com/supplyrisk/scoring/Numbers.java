package com.supplyrisk.scoring;

/**
 * Rounding for answers and the wording of figures in explanations, the same in every locale.
 *
 * <p>The wording is exactly what {@code String.format(Locale.ROOT, ...)} writes for {@code %.Nf} and
 * {@code %,.0f}, without going through {@link java.util.Formatter}: it parses its pattern and looks up the
 * locale's symbols on every call, which made it most of the time spent scoring an option.
 */
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

    /** {@code "USD 2,300,000"}: {@code "%s %,.0f"}. */
    static String money(double amount, String currency) {
        return money(new StringBuilder(currency.length() + 24), amount, currency).toString();
    }

    /** {@code "50.0%"} for 0.5: {@code "%.1f%%"} of the fraction times 100. */
    static String percent(double fraction) {
        return percent(new StringBuilder(16), fraction).toString();
    }

    /** Appends {@link #money(double, String)}'s words. */
    static StringBuilder money(StringBuilder out, double amount, String currency) {
        return fixed(out.append(currency).append(' '), amount, 0, true);
    }

    /** Appends {@link #percent(double)}'s words. */
    static StringBuilder percent(StringBuilder out, double fraction) {
        return fixed(out, fraction * 100, 1, false).append('%');
    }

    /** {@code "%.Nf"} with N = {@code decimals}. */
    static String decimal(double value, int decimals) {
        return fixed(new StringBuilder(24), value, decimals, false).toString();
    }

    /**
     * Appends a value with a fixed number of decimals as {@code %f} does: the digits {@link Double#toString}
     * gives, rounded half up, with a minus sign for every negative value, -0.0 and values rounding to zero
     * included, and with grouping, commas between thousands.
     */
    static StringBuilder fixed(StringBuilder out, double value, int decimals, boolean grouping) {
        if (Double.isNaN(value)) {
            return out.append("NaN");
        }
        if (Double.compare(value, 0.0) < 0) {
            out.append('-');
        }
        double magnitude = Math.abs(value);
        if (Double.isInfinite(magnitude)) {
            return out.append("Infinity");
        }
        if (decimals < SCALES.length) {
            double scaled = magnitude * SCALES[decimals];
            double whole = Math.floor(scaled);
            // Away from a half, rounding the scaled value gives the digits that rounding the shortest decimal gives:
            // below 1e12 the two, and the product's own rounding, are within 1e-4 of each other.
            if (scaled < 1e12 && Math.abs(scaled - whole - 0.5) > 1e-3) {
                return scaledDigits(out, (long) whole + (scaled - whole > 0.5 ? 1 : 0), decimals, grouping);
            }
        }
        return shortestDigits(out, magnitude, decimals, grouping);
    }

    private static final double[] SCALES = {1, 10, 100, 1_000, 10_000};

    /**
     * Appends {@code units / 10^decimals} with exactly {@code decimals} decimals, digit by digit into {@code out}:
     * no string per number, as a 10,000-option answer words some 150,000 of them.
     */
    private static StringBuilder scaledDigits(StringBuilder out, long units, int decimals, boolean grouping) {
        long scale = (long) SCALES[decimals];
        long whole = units / scale;
        if (grouping) {
            grouped(out, whole);
        } else {
            out.append(whole);
        }
        if (decimals > 0) {
            long fraction = units % scale;
            out.append('.');
            for (long place = scale / 10; place > 0; place /= 10) {
                out.append((char) ('0' + fraction / place % 10));
            }
        }
        return out;
    }

    /** A whole number with commas between thousands. */
    private static void grouped(StringBuilder out, long whole) {
        if (whole < 1_000) {
            out.append(whole);
            return;
        }
        grouped(out, whole / 1_000);
        int thousands = (int) (whole % 1_000);
        out.append(',').append((char) ('0' + thousands / 100)).append((char) ('0' + thousands / 10 % 10))
                .append((char) ('0' + thousands % 10));
    }

    /** The general case, from the digits {@link Double#toString} gives. */
    private static StringBuilder shortestDigits(StringBuilder out, double magnitude, int decimals, boolean grouping) {
        String shortest = Double.toString(magnitude);
        // The significant digits, leading zeros dropped, and how many of them stand before the decimal point
        // (none or fewer than none for a value under 0.1, more than there are digits for a large one).
        char[] digits = new char[shortest.length()];
        int count = 0;
        int point = 0;
        boolean fraction = false;
        for (int i = 0; i < shortest.length(); i++) {
            char c = shortest.charAt(i);
            if (c == '.') {
                fraction = true;
            } else if (c == 'E') {
                point += Integer.parseInt(shortest, i + 1, shortest.length(), 10);
                break;
            } else if (c == '0' && count == 0) {
                point -= fraction ? 1 : 0;
            } else {
                digits[count++] = c;
                point += fraction ? 0 : 1;
            }
        }

        int keep = point + decimals;
        if (keep < 0) {
            count = 0;
        } else if (keep < count) {
            boolean up = digits[keep] >= '5';
            count = keep;
            if (up) {
                int last = keep - 1;
                while (last >= 0 && digits[last] == '9') {
                    last--;
                }
                if (last < 0) {
                    digits[0] = '1';
                    count = 1;
                    point++;
                } else {
                    digits[last]++;
                    count = last + 1;
                }
            }
        }

        if (point <= 0) {
            out.append('0');
        }
        for (int i = 0; i < point; i++) {
            if (grouping && i > 0 && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(i < count ? digits[i] : '0');
        }
        if (decimals > 0) {
            out.append('.');
            for (int i = point; i < point + decimals; i++) {
                out.append(i >= 0 && i < count ? digits[i] : '0');
            }
        }
        return out;
    }
}
