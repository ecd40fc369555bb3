package com.supplyrisk.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void aFewDistinctValuesGiveExactQuantiles() {
        var histogram = new Histogram(0, 30);
        for (int i = 0; i < 15; i++) {
            histogram.add(0);
        }
        for (int i = 0; i < 85; i++) {
            histogram.add(29.999);
        }

        assertThat(histogram.quantile(0.1)).isZero();
        assertThat(histogram.quantile(0.15)).isZero();
        assertThat(histogram.quantile(0.16)).isEqualTo(29.999);
        assertThat(histogram.quantile(0.9)).isEqualTo(29.999);
        assertThat(histogram.count()).isEqualTo(100);
    }

    @Test
    void aRangeOfOnePointHoldsThatPoint() {
        var histogram = new Histogram(5, 5);
        histogram.add(5);
        histogram.add(5);

        assertThat(histogram.quantile(0.5)).isEqualTo(5.0);
    }

    @Test
    void anEmptyHistogramHasNoQuantile() {
        assertThatThrownBy(() -> new Histogram(0, 1).quantile(0.5)).isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 50)
    void quantilesAreWithinOneBinOfTheExactOnes(@ForAll @IntRange(min = 1, max = 5000) int count,
            @ForAll @DoubleRange(min = 0, max = 1) double p, @ForAll long seed) {
        var random = new SplittableRandom(seed);
        double[] values = new double[count];
        var histogram = new Histogram(0, 1000);
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble() * 1000;
            histogram.add(values[i]);
        }
        Arrays.sort(values);

        double exact = values[(int) Math.max(1, Math.ceil(p * count)) - 1];
        assertThat(histogram.quantile(p)).isCloseTo(exact, within(1000.0 / Histogram.BINS));
    }
}
