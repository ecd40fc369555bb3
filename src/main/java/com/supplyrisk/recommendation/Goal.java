package com.supplyrisk.recommendation;

/**
 * What the mix must achieve.
 *
 * @param confidence     the least probability of delivering at least {@code targetPflops}
 * @param budget         the most the mix may commit in the worst case, in the plan's currency; null for no bound
 * @param lotSize        accelerators per lot: every quantity recommended is a whole number of lots
 * @param maxVendorShare the largest share one vendor may have of the expected delivered compute; null for no bound
 */
public record Goal(double targetPflops, double confidence, Double budget, int lotSize, Double maxVendorShare,
        boolean allowNonCompliant) {

    public Goal {
        if (!(targetPflops > 0) || Double.isInfinite(targetPflops)) {
            throw new IllegalArgumentException("targetPflops must be a finite number above 0");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be above 0 and below 1");
        }
        if (budget != null && !(budget > 0)) {
            throw new IllegalArgumentException("budget must be above 0");
        }
        if (lotSize < 1) {
            throw new IllegalArgumentException("lotSize must be at least 1");
        }
        if (maxVendorShare != null && !(maxVendorShare > 0 && maxVendorShare <= 1)) {
            throw new IllegalArgumentException("maxVendorShare must be above 0 and at most 1");
        }
    }
}
