package com.supplyrisk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ECCN 3A090 classification from TPP, die area and data-centre marketing (thresholds of 2 Dec 2024). */
public class ExportControlThresholdsTest {

    /** The values of the shipped policy.yaml. */
    public static final ExportControlThresholds EAR = new ExportControlThresholds(4800, 1600, 5.92, 2400, 4800, 1.6, 5.92, 1600, 3.2,
            "test: EAR 3A090 as restated 2024-12-02");

    @Test
    void h100WithTpp15832Is3A090a() {
        assertThat(EAR.classify(15832, 814.0, true)).isEqualTo(Eccn.ECCN_3A090_A);
    }

    @Test
    void a100WithTpp4992Is3A090a() {
        assertThat(EAR.classify(4992, 826.0, true)).isEqualTo(Eccn.ECCN_3A090_A);
    }

    @Test
    void h20IsNotControlledBecauseItsDensityAndTppAreBelowEveryBand() {
        // TPP 2,368 < 2,400 (main .b band) and density 2,368 / 814 = 2.9 < 3.2 (alternative .b band).
        assertThat(EAR.classify(2368, 814.0, true)).isEqualTo(Eccn.EAR99);
    }

    @Test
    void rtx4090dAsAConsumerCardIsNotControlled() {
        assertThat(EAR.classify(4708, 609.0, false)).isEqualTo(Eccn.EAR99);
    }

    @Test
    void rtx4090dMarketedForDatacentresIs3A090aByDensity() {
        // Density 4,708 / 609 = 7.7 >= 5.92 with TPP >= 1,600.
        assertThat(EAR.classify(4708, 609.0, true)).isEqualTo(Eccn.ECCN_3A090_A);
    }

    @Test
    void tppAtLeast4800IsControlledEvenWhenNotMarketedForDatacentres() {
        assertThat(EAR.classify(5286, 609.0, false)).isEqualTo(Eccn.ECCN_3A090_A);
    }

    @Test
    void datacentrePartInTheMainBandIs3A090b() {
        // TPP 4,000 in [2,400, 4,800), density 4.0 in [1.6, 5.92).
        assertThat(EAR.classify(4000, 1000.0, true)).isEqualTo(Eccn.ECCN_3A090_B);
    }

    @Test
    void datacentrePartInTheAlternativeBandIs3A090b() {
        // TPP 2,000 is below the main band's 2,400, but >= 1,600 with density 4.0 in [3.2, 5.92).
        assertThat(EAR.classify(2000, 500.0, true)).isEqualTo(Eccn.ECCN_3A090_B);
    }

    @Test
    void partInAThreeAZeroNineZeroBBandIsNotControlledWhenNotMarketedForDatacentres() {
        assertThat(EAR.classify(4000, 1000.0, false)).isEqualTo(Eccn.EAR99);
        assertThat(EAR.classify(2000, 500.0, false)).isEqualTo(Eccn.EAR99);
    }

    @Test
    void unknownDieAreaInTheDensityBandIsClassifiedConservativelyAs3A090a() {
        assertThat(EAR.classify(2000, null, true)).isEqualTo(Eccn.ECCN_3A090_A);
    }

    @Test
    void unknownDieAreaBelowTheDensityTppFloorIsNotControlled() {
        assertThat(EAR.classify(1500, null, true)).isEqualTo(Eccn.EAR99);
    }

    @Test
    void tppExactly4800Is3A090aAndJustBelowIsNot() {
        assertThat(EAR.classify(4800, 609.0, false)).isEqualTo(Eccn.ECCN_3A090_A);
        assertThat(EAR.classify(4799.99, 609.0, false)).isEqualTo(Eccn.EAR99);
    }

    @Test
    void densityExactly5point92Is3A090aAndJustBelowIs3A090b() {
        // 2,960 / 500 = 5.92 exactly; 2,960 / 500.1 = 5.9188.
        assertThat(EAR.classify(2960, 500.0, true)).isEqualTo(Eccn.ECCN_3A090_A);
        assertThat(EAR.classify(2960, 500.1, true)).isEqualTo(Eccn.ECCN_3A090_B);
    }

    @Test
    void highDensityBelowTpp1600IsNotControlled() {
        assertThat(EAR.classify(1599, 100.0, true)).isEqualTo(Eccn.EAR99);
        assertThat(EAR.classify(1600, 100.0, true)).isEqualTo(Eccn.ECCN_3A090_A);
    }

    @Test
    void thresholdsWithABelowNotAboveItsAtLeastAreRejected() {
        assertThatThrownBy(() -> new ExportControlThresholds(4800, 1600, 5.92, 4800, 2400, 1.6, 5.92, 1600, 3.2, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
