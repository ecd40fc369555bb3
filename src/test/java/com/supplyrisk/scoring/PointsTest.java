package com.supplyrisk.scoring;

import static com.supplyrisk.GeneratedCases.decimalEdges;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.GeneratedCases;
import com.supplyrisk.GeneratedCases.NamedFailures;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(NamedFailures.class)
class PointsTest {

    private static final long SEED = 20_260_301L;

    @Test
    void equalThirdsOfAFullScoreAddUpToOneHundredNotMore() {
        Points points = Points.of(100 / 3.0 + 0.005, 100 / 3.0 + 0.005, 100 / 3.0 - 0.01);
        assertThat(points.score()).isEqualTo(100.0);
        assertThat(BigDecimal.valueOf(points.concentration()).add(BigDecimal.valueOf(points.licensing()))
                .add(BigDecimal.valueOf(points.pricePremium()))).isEqualByComparingTo("100");
    }

    record Factors(double a, double b, double c) {
    }

    /** Every combination of the three factors' edge values, then drawn factors: 1,000 cases. */
    static Stream<Named<Factors>> factors() {
        var edges = decimalEdges(0, 33.34).stream().flatMap(a -> decimalEdges(0, 33.33).stream()
                .flatMap(b -> decimalEdges(0, 33.33).stream().map(c -> new Factors(a, b, c)))).toList();
        return GeneratedCases.cases(SEED, 1_000, edges,
                inputs -> new Factors(inputs.decimal(0, 33.34), inputs.decimal(0, 33.33), inputs.decimal(0, 33.33)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factors")
    void roundedPointsAlwaysAddUpToTheRoundedScore(Factors factors) {
        Points points = Points.of(factors.a(), factors.b(), factors.c());
        BigDecimal sum = BigDecimal.valueOf(points.concentration()).add(BigDecimal.valueOf(points.licensing()))
                .add(BigDecimal.valueOf(points.pricePremium()));
        assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(points.score()));
        assertThat(points.score()).isBetween(0.0, 100.0);
        assertThat(points.concentration()).isGreaterThanOrEqualTo(0);
        assertThat(points.licensing()).isGreaterThanOrEqualTo(0);
        assertThat(points.pricePremium()).isGreaterThanOrEqualTo(0);
    }
}
