package com.supplyrisk.scoring;

/** {@code premium = unitPrice / reference - 1}, both in one currency; risk rises linearly to the cap. */
record PricePremium(double premium, double risk) {

    static PricePremium of(double unitPrice, double referencePrice, double premiumCap) {
        double premium = unitPrice / referencePrice - 1;
        return new PricePremium(premium, Math.min(1, Math.max(0, premium / premiumCap)));
    }
}
