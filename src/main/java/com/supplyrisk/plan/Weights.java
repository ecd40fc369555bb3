package com.supplyrisk.plan;

/** How much each factor counts. Any non-negative weights, not all zero; they are normalised to sum 1. */
public record Weights(double concentration, double licensing, double pricePremium) {

    public Weights {
        for (double w : new double[] {concentration, licensing, pricePremium}) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be non-negative numbers");
            }
        }
        if (concentration + licensing + pricePremium <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    public Weights normalised() {
        double sum = concentration + licensing + pricePremium;
        return new Weights(concentration / sum, licensing / sum, pricePremium / sum);
    }
}
