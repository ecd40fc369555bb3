package com.supplyrisk.api.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes numbers the way people and spreadsheets read them: {@code 58739342.24}, not {@code 5.873934224E7},
 * and {@code 0.0005}, not {@code 5.0E-4}. Only the values Java would print in E-notation take the slower path.
 */
public final class PlainNumbers {

    private PlainNumbers() {
    }

    /** Answers carry up to four decimals; scaled by this, such a value is a whole number. */
    private static final double FOUR_DECIMALS = 10_000;

    /** Longer than any number {@link #fourDecimals} writes: a sign, 11 digits and a point. */
    private static final int DIGITS = 24;

    /** Where {@link #fourDecimalsOf} finds no such value: no value in its range scales to this. */
    private static final long NOT_FOUR_DECIMALS = Long.MIN_VALUE;

    /** Each thread's digits of the number it writes: a number written costs no allocation, where most do. */
    private static final ThreadLocal<char[]> WRITING = ThreadLocal.withInitial(() -> new char[DIGITS]);

    public static String format(double value) {
        long scaled = fourDecimalsOf(value);
        if (scaled == NOT_FOUR_DECIMALS) {
            return otherwise(value);
        }
        char[] text = new char[DIGITS];
        int at = fourDecimals(scaled, text);
        return new String(text, at, DIGITS - at);
    }

    /** {@link #format}'s text written as a JSON number, without making a string of it on the common path. */
    public static void write(JsonGenerator json, double value) throws IOException {
        long scaled = fourDecimalsOf(value);
        if (scaled == NOT_FOUR_DECIMALS) {
            json.writeNumber(otherwise(value));
            return;
        }
        char[] text = WRITING.get();
        int at = fourDecimals(scaled, text);
        json.writeNumber(text, at, DIGITS - at);
    }

    /** The value times 10,000 when that is the whole value (at most four decimals, Java would not use E-notation). */
    private static long fourDecimalsOf(double value) {
        // Zero is common in answers (no rental, no installed fleet, no licensing risk); -0.0 keeps its sign below.
        if (Double.doubleToRawLongBits(value) == 0L) {
            return 0;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            long scaled = Math.round(value * FOUR_DECIMALS);
            if (scaled / FOUR_DECIMALS == value) {
                return scaled;
            }
        }
        return NOT_FOUR_DECIMALS;
    }

    /** The text of a value {@link #fourDecimalsOf} leaves: Java's own where it has no E-notation, else a BigDecimal's. */
    private static String otherwise(double value) {
        double magnitude = Math.abs(value);
        if ((magnitude >= 1e-3 && magnitude < 1e7) || value == 0 || !Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * What {@link Double#toString} writes for the double nearest to {@code scaled / 10,000}, without its cost, the
     * larger part of writing a number: that double's shortest decimal is the quotient itself, as no two decimals of
     * 15 or fewer digits round to the same double; written with its trailing zeros cut, but one decimal kept, at the
     * end of {@code text}. Returns where it starts.
     */
    private static int fourDecimals(long scaled, char[] text) {
        long magnitude = Math.abs(scaled);
        long fraction = magnitude % 10_000;
        int decimals = 4;
        while (decimals > 1 && fraction % 10 == 0) {
            fraction /= 10;
            decimals--;
        }
        // Written from the right: the decimals, the point, the whole part, the sign.
        int at = text.length;
        for (int i = 0; i < decimals; i++) {
            text[--at] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        text[--at] = '.';
        long whole = magnitude / 10_000;
        do {
            text[--at] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        if (scaled < 0) {
            text[--at] = '-';
        }
        return at;
    }

    public static SimpleModule module() {
        var serializer = new StdSerializer<Double>(Double.class) {
            @Override
            public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                write(generator, value);
            }
        };
        return new SimpleModule("plain-numbers")
                .addSerializer(Double.class, serializer)
                .addSerializer(double.class, serializer);

    }
}
