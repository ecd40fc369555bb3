package com.supplyrisk.catalog;

/**
 * The 3A090 thresholds of the US Export Administration Regulations (restated 2 Dec 2024).
 * The performance-density tests apply only to parts designed or marketed for data centres,
 * which is why a consumer card just under TPP 4,800 (RTX 4090D) is not controlled.
 */
public record ExportControlThresholds(
        double aTppAtLeast,
        double aDensityTppAtLeast,
        double aDensityAtLeast,
        double bTppAtLeast,
        double bTppBelow,
        double bDensityAtLeast,
        double bDensityBelow,
        double bAltTppAtLeast,
        double bAltDensityAtLeast,
        String source) {

    public ExportControlThresholds {
        if (aTppAtLeast <= 0 || aDensityTppAtLeast <= 0 || aDensityAtLeast <= 0
                || bTppAtLeast <= 0 || bTppBelow <= bTppAtLeast || bDensityAtLeast <= 0
                || bDensityBelow <= bDensityAtLeast || bAltTppAtLeast <= 0 || bAltDensityAtLeast <= 0) {
            throw new IllegalArgumentException("thresholds must be positive and every 'below' above its 'at least'");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    /**
     * Classifies one chip. An unknown die area gives no density, so a data-centre part with TPP
     * in the density band is classified conservatively as if it passed the density test.
     */
    public Eccn classify(double tpp, Double dieAreaMm2, boolean marketedForDatacenter) {
        if (tpp >= aTppAtLeast) {
            return Eccn.ECCN_3A090_A;
        }
        if (!marketedForDatacenter) {
            return Eccn.EAR99;
        }
        double density = dieAreaMm2 == null ? Double.POSITIVE_INFINITY : tpp / dieAreaMm2;
        if (tpp >= aDensityTppAtLeast && density >= aDensityAtLeast) {
            return Eccn.ECCN_3A090_A;
        }
        boolean mainBand = tpp >= bTppAtLeast && tpp < bTppBelow && density >= bDensityAtLeast && density < bDensityBelow;
        boolean altBand = tpp >= bAltTppAtLeast && density >= bAltDensityAtLeast && density < bDensityBelow;
        return mainBand || altBand ? Eccn.ECCN_3A090_B : Eccn.EAR99;
    }
}
