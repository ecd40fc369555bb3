package com.supplyrisk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void equalThirdsOfAFullScoreAddUpToOneHundredNotMore() {
        Points points = Points.of(100 / 3.0 + 0.005, 100 / 3.0 + 0.005, 100 / 3.0 - 0.01);
        assertThat(points.score()).isEqualTo(100.0);
        assertThat(BigDecimal.valueOf(points.concentration()).add(BigDecimal.valueOf(points.licensing()))
                .add(BigDecimal.valueOf(points.pricePremium()))).isEqualByComparingTo("100");
    }

    @Property
    void roundedPointsAlwaysAddUpToTheRoundedScore(@ForAll @DoubleRange(min = 0, max = 33.34) double a,
            @ForAll @DoubleRange(min = 0, max = 33.33) double b, @ForAll @DoubleRange(min = 0, max = 33.33) double c) {
        Points points = Points.of(a, b, c);
        BigDecimal sum = BigDecimal.valueOf(points.concentration()).add(BigDecimal.valueOf(points.licensing()))
                .add(BigDecimal.valueOf(points.pricePremium()));
        assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(points.score()));
        assertThat(points.score()).isBetween(0.0, 100.0);
        assertThat(points.concentration()).isGreaterThanOrEqualTo(0);
        assertThat(points.licensing()).isGreaterThanOrEqualTo(0);
        assertThat(points.pricePremium()).isGreaterThanOrEqualTo(0);
    }
}
