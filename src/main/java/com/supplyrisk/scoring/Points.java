package com.supplyrisk.scoring;

/**
 * The three factors' points in hundredths, rounded so that they add up exactly to the rounded score:
 * rounding each on its own could make 33.335 x 3 a score of 100.01. The hundredth the separate roundings
 * miss or add goes to the largest factor.
 */
record Points(double concentration, double licensing, double pricePremium, double score) {

    static Points of(double concentration, double licensing, double pricePremium) {
        long[] cents = {Math.round(concentration * 100), Math.round(licensing * 100), Math.round(pricePremium * 100)};
        long total = Math.round((concentration + licensing + pricePremium) * 100);
        double[] raw = {concentration, licensing, pricePremium};
        int largest = 0;
        for (int i = 1; i < raw.length; i++) {
            if (raw[i] > raw[largest]) {
                largest = i;
            }
        }
        cents[largest] += total - (cents[0] + cents[1] + cents[2]);
        return new Points(cents[0] / 100.0, cents[1] / 100.0, cents[2] / 100.0, total / 100.0);
    }
}
