package com.supplyrisk.api.answer;

import static com.supplyrisk.GeneratedCases.decimalEdges;
import static com.supplyrisk.GeneratedCases.integerEdges;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.supplyrisk.GeneratedCases;
import com.supplyrisk.GeneratedCases.Block;
import com.supplyrisk.GeneratedCases.Inputs;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlainNumbersTest {

    private static final long SEED = 20_260_302L;

    /** The edge values of each of the four kinds of {@link #answerValue}. */
    private static final List<Double> EDGE_VALUES = Stream.of(
            IntStream.rangeClosed(0, 4).boxed().flatMap(decimals -> integerEdges(-100_000_000_000L, 100_000_000_000L).stream()
                    .map(m -> m / Math.pow(10, decimals))),
            integerEdges(-10_000_000L, 10_000_000L).stream().map(m -> m / 10_000.0),
            decimalEdges(-1e7, 1e7).stream(),
            decimalEdges(-Double.MAX_VALUE, Double.MAX_VALUE).stream()).flatMap(values -> values).distinct().toList();

    @Test
    void largeAndSmallNumbersAreWrittenWithoutENotation() {
        assertThat(PlainNumbers.format(58_739_342.24)).isEqualTo("58739342.24");
        assertThat(PlainNumbers.format(0.0005)).isEqualTo("0.0005");
        assertThat(PlainNumbers.format(72.61)).isEqualTo("72.61");
        assertThat(PlainNumbers.format(0)).isEqualTo("0.0");
        assertThat(PlainNumbers.format(-0.0)).isEqualTo("-0.0");
        assertThat(PlainNumbers.format(-0.2047)).isEqualTo("-0.2047");
        assertThat(PlainNumbers.format(100)).isEqualTo("100.0");
        assertThat(PlainNumbers.format(0.001)).isEqualTo("0.001");
    }

    private static double answerValue(Inputs inputs) {
        return switch (inputs.random().nextInt(4)) {
            // What answers hold: amounts, points and shares rounded to 2, 3 or 4 decimals.
            case 0 -> inputs.integer(-100_000_000_000L, 100_000_000_000L) / Math.pow(10, inputs.integer(0, 4));
            case 1 -> inputs.integer(-10_000_000L, 10_000_000L) / 10_000.0;
            case 2 -> inputs.decimal(-1e7, 1e7);
            default -> inputs.decimal(-Double.MAX_VALUE, Double.MAX_VALUE);
        };
    }

    static Stream<Block<Double>> answerValues() {
        return GeneratedCases.blocks(SEED, 50_000, EDGE_VALUES, PlainNumbersTest::answerValue);
    }

    /** The shortcut for values of up to four decimals writes what the plain way writes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("answerValues")
    void writesWhatDoubleToStringAndBigDecimalWrite(Block<Double> values) {
        values.check(value -> {
            double magnitude = Math.abs(value);
            String plain = magnitude >= 1e-3 && magnitude < 1e7 || value == 0 || !Double.isFinite(value)
                    ? Double.toString(value)
                    : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            assertThat(PlainNumbers.format(value)).isEqualTo(plain);
        });
    }

    record TwoValues(double value, double next) {
    }

    /** Every pair of edge values, then drawn pairs. */
    static Stream<Block<TwoValues>> answerValuePairs() {
        var edges = EDGE_VALUES.stream().flatMap(value -> EDGE_VALUES.stream().map(next -> new TwoValues(value, next))).toList();
        return GeneratedCases.blocks(SEED, 20_000, edges, inputs -> new TwoValues(answerValue(inputs), answerValue(inputs)));
    }

    /** Written into JSON without a string in between, a value reads as {@link PlainNumbers#format} writes it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("answerValuePairs")
    void writesIntoJsonWhatItFormats(Block<TwoValues> pairs) {
        pairs.check(values -> {
            var text = new StringWriter();
            try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
                json.writeStartArray();
                PlainNumbers.write(json, values.value());
                PlainNumbers.write(json, values.next());
                json.writeEndArray();
            }
            assertThat(text)
                    .hasToString("[" + PlainNumbers.format(values.value()) + "," + PlainNumbers.format(values.next()) + "]");
        });
    }
}
