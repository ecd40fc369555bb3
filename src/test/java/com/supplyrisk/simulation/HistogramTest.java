package com.supplyrisk.simulation;

import static com.supplyrisk.GeneratedCases.decimalEdges;
import static com.supplyrisk.GeneratedCases.integerEdges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.GeneratedCases;
import com.supplyrisk.GeneratedCases.Inputs;
import com.supplyrisk.GeneratedCases.NamedFailures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(NamedFailures.class)
class HistogramTest {

    private static final long SEED = 20_260_307L;

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

    record Sample(int count, double p, long seed) {
    }

    /** Every edge count at every edge quantile, then drawn samples: 50 cases. */
    static Stream<Named<Sample>> samples() {
        List<Long> seeds = integerEdges(Long.MIN_VALUE, Long.MAX_VALUE);
        var edges = new ArrayList<Sample>();
        for (long count : integerEdges(1, 5000)) {
            for (double p : decimalEdges(0, 1)) {
                edges.add(new Sample((int) count, p, seeds.get(edges.size() % seeds.size())));
            }
        }
        return GeneratedCases.cases(SEED, 50, edges, HistogramTest::sample);
    }

    private static Sample sample(Inputs inputs) {
        return new Sample((int) inputs.integer(1, 5000), inputs.decimal(0, 1), inputs.anyLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void quantilesAreWithinOneBinOfTheExactOnes(Sample sample) {
        int count = sample.count();
        double p = sample.p();
        var random = new SplittableRandom(sample.seed());
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
