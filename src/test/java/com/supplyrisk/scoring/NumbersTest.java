package com.supplyrisk.scoring;

import static com.supplyrisk.GeneratedCases.decimalEdges;
import static com.supplyrisk.GeneratedCases.integerEdges;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.GeneratedCases;
import com.supplyrisk.GeneratedCases.Block;
import com.supplyrisk.GeneratedCases.Inputs;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanations' figures are worded exactly as {@code String.format(Locale.ROOT, ...)} words them, which
 * they used before the hand-written formatter replaced it: the answers' bytes must not change.
 */
class NumbersTest {

    private static final long SEED = 20_260_304L;
    private static final List<Double> SPECIAL_VALUES = List.of(0.0, -0.0, 1e7, 9_999_999.99, 0.001, 0.00099999, 0.0005, 0.05,
            0.95, 9.995, 99.95, 1.005, -0.004, -0.0049, 1e21, 123_456_789_012.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    /** The special values and the edge values of each other kind of {@link #value}. */
    private static final List<Double> EDGE_VALUES = Stream.of(
            SPECIAL_VALUES.stream(),
            decimalEdges(-Double.MAX_VALUE, Double.MAX_VALUE).stream(),
            decimalEdges(-1e9, 1e9).stream(),
            decimalEdges(-2, 2).stream(),
            integerEdges(-100_000_000L, 100_000_000L).stream().map(n -> n / 1000.0),
            integerEdges(-10_000_000L, 10_000_000L).stream().map(n -> n / 100_000.0),
            integerEdges(-1_000_000L, 1_000_000L).stream().map(n -> n * 0.005),
            integerEdges(-30, 30).stream().map(e -> Math.pow(10, e) * 0.5)).flatMap(values -> values).distinct().toList();
    private static final int DECIMALS = 4;

    private static double value(Inputs inputs) {
        return switch (inputs.random().nextInt(8)) {
            case 0 -> inputs.decimal(-Double.MAX_VALUE, Double.MAX_VALUE);
            case 1 -> inputs.decimal(-1e9, 1e9);
            case 2 -> inputs.decimal(-2, 2);
            // Values on or near a rounding boundary, where half-up rounding of the shortest digits matters.
            case 3 -> inputs.integer(-100_000_000L, 100_000_000L) / 1000.0;
            case 4 -> inputs.integer(-10_000_000L, 10_000_000L) / 100_000.0;
            case 5 -> inputs.integer(-1_000_000L, 1_000_000L) * 0.005;
            case 6 -> Math.pow(10, inputs.integer(-30, 30)) * 0.5;
            default -> inputs.oneOf(SPECIAL_VALUES);
        };
    }

    static Stream<Block<Double>> values() {
        return GeneratedCases.blocks(SEED, 20_000, EDGE_VALUES, NumbersTest::value);
    }

    record Decimal(double value, int decimals) {
    }

    /** Every edge value at every number of decimals, then drawn ones. */
    static Stream<Block<Decimal>> decimals() {
        var edges = EDGE_VALUES.stream().flatMap(value -> IntStream.rangeClosed(0, DECIMALS)
                .mapToObj(decimals -> new Decimal(value, decimals))).toList();
        return GeneratedCases.blocks(SEED, 20_000, edges,
                inputs -> new Decimal(value(inputs), (int) inputs.integer(0, DECIMALS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decimals")
    void decimalsAreWordedAsFormatWordsThem(Block<Decimal> decimals) {
        decimals.check(decimal -> assertThat(Numbers.decimal(decimal.value(), decimal.decimals()))
                .isEqualTo(String.format(Locale.ROOT, "%." + decimal.decimals() + "f", decimal.value())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void moneyIsWordedAsFormatWordsIt(Block<Double> amounts) {
        amounts.check(amount -> assertThat(Numbers.money(amount, "CNY"))
                .isEqualTo(String.format(Locale.ROOT, "%s %,.0f", "CNY", amount)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void percentagesAreWordedAsFormatWordsThem(Block<Double> fractions) {
        fractions.check(fraction -> assertThat(Numbers.percent(fraction))
                .isEqualTo(String.format(Locale.ROOT, "%.1f%%", fraction * 100)));
    }

    @Test
    void examples() {
        assertThat(Numbers.money(2_300_000, "CNY")).isEqualTo("CNY 2,300,000");
        assertThat(Numbers.money(-999.5, "USD")).isEqualTo("USD -1,000");
        assertThat(Numbers.percent(0.5)).isEqualTo("50.0%");
        assertThat(Numbers.decimal(1.005, 2)).isEqualTo("1.01");
        assertThat(Numbers.decimal(-0.001, 2)).isEqualTo("-0.00");
        assertThat(Numbers.decimal(9.996, 2)).isEqualTo("10.00");
    }
}
