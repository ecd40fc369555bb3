package com.supplyrisk.api;

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
final class PlainNumbers {

    private PlainNumbers() {
    }

    static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7 || value == 0 || !Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static SimpleModule module() {
        var serializer = new StdSerializer<Double>(Double.class) {
            @Override
            public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeNumber(format(value));
            }
        };
        return new SimpleModule("plain-numbers")
                .addSerializer(Double.class, serializer)
                .addSerializer(double.class, serializer);

    }
}
