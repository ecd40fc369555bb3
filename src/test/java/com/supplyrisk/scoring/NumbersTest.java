package com.supplyrisk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The explanations' figures are worded exactly as {@code String.format(Locale.ROOT, ...)} words them, which
 * they used before the hand-written formatter replaced it: the answers' bytes must not change.
 */
class NumbersTest {

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.doubles().between(-1e9, 1e9),
                Arbitraries.doubles().between(-2, 2),
                // Values on or near a rounding boundary, where half-up rounding of the shortest digits matters.
                Arbitraries.longs().between(-100_000_000L, 100_000_000L).map(n -> n / 1000.0),
                Arbitraries.longs().between(-10_000_000L, 10_000_000L).map(n -> n / 100_000.0),
                Arbitraries.longs().between(-1_000_000L, 1_000_000L).map(n -> n * 0.005),
                Arbitraries.integers().between(-30, 30).map(e -> Math.pow(10, e) * 0.5),
                Arbitraries.of(0.0, -0.0, 1e7, 9_999_999.99, 0.001, 0.00099999, 0.0005, 0.05, 0.95, 9.995, 99.95, 1.005,
                        -0.004, -0.0049, 1e21, 123_456_789_012.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Property(tries = 20_000)
    void decimalsAreWordedAsFormatWordsThem(@ForAll("values") double value, @ForAll @IntRange(min = 0, max = 4) int decimals) {
        assertThat(Numbers.decimal(value, decimals)).isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    @Property(tries = 20_000)
    void moneyIsWordedAsFormatWordsIt(@ForAll("values") double amount) {
        assertThat(Numbers.money(amount, "CNY")).isEqualTo(String.format(Locale.ROOT, "%s %,.0f", "CNY", amount));
    }

    @Property(tries = 20_000)
    void percentagesAreWordedAsFormatWordsThem(@ForAll("values") double fraction) {
        assertThat(Numbers.percent(fraction)).isEqualTo(String.format(Locale.ROOT, "%.1f%%", fraction * 100));
    }

    @Example
    void examples() {
        assertThat(Numbers.money(2_300_000, "CNY")).isEqualTo("CNY 2,300,000");
        assertThat(Numbers.money(-999.5, "USD")).isEqualTo("USD -1,000");
        assertThat(Numbers.percent(0.5)).isEqualTo("50.0%");
        assertThat(Numbers.decimal(1.005, 2)).isEqualTo("1.01");
        assertThat(Numbers.decimal(-0.001, 2)).isEqualTo("-0.00");
        assertThat(Numbers.decimal(9.996, 2)).isEqualTo("10.00");
    }
}
