package com.supplyrisk.api.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlainNumbersTest {

    @Example
    void largeAndSmallNumbersAreWrittenWithoutENotation() {
        assertThat(PlainNumbers.format(58_739_342.24)).isEqualTo("58739342.24");
        assertThat(PlainNumbers.format(0.0005)).isEqualTo("0.0005");
        assertThat(PlainNumbers.format(72.61)).isEqualTo("72.61");
        assertThat(PlainNumbers.format(0)).isEqualTo("0.0");
        assertThat(PlainNumbers.format(-0.2047)).isEqualTo("-0.2047");
        assertThat(PlainNumbers.format(100)).isEqualTo("100.0");
        assertThat(PlainNumbers.format(0.001)).isEqualTo("0.001");
    }

    @Provide
    Arbitrary<Double> answerValues() {
        return Arbitraries.oneOf(
                // What answers hold: amounts, points and shares rounded to 2, 3 or 4 decimals.
                Arbitraries.integers().between(0, 4).flatMap(decimals -> Arbitraries.longs()
                        .between(-100_000_000_000L, 100_000_000_000L).map(m -> m / Math.pow(10, decimals))),
                Arbitraries.longs().between(-10_000_000L, 10_000_000L).map(m -> m / 10_000.0),
                Arbitraries.doubles().between(-1e7, 1e7),
                Arbitraries.doubles());
    }

    /** The shortcut for values of up to four decimals writes what the plain way writes. */
    @Property(tries = 50_000)
    void writesWhatDoubleToStringAndBigDecimalWrite(@ForAll("answerValues") double value) {
        double magnitude = Math.abs(value);
        String plain = magnitude >= 1e-3 && magnitude < 1e7 || value == 0 || !Double.isFinite(value)
                ? Double.toString(value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        assertThat(PlainNumbers.format(value)).isEqualTo(plain);
    }

    /** Written into JSON without a string in between, a value reads as {@link PlainNumbers#format} writes it. */
    @Property(tries = 20_000)
    void writesIntoJsonWhatItFormats(@ForAll("answerValues") double value, @ForAll("answerValues") double next) throws IOException {
        var text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartArray();
            PlainNumbers.write(json, value);
            PlainNumbers.write(json, next);
            json.writeEndArray();
        }
        assertThat(text).hasToString("[" + PlainNumbers.format(value) + "," + PlainNumbers.format(next) + "]");
    }
}
