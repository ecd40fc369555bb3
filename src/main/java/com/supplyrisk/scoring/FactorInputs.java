package com.supplyrisk.scoring;

import com.supplyrisk.plan.Weights;

/**
 * What an option's score is computed from, unrounded, prices in the answer's currency: moving one of these and
 * scoring again is how sensitivity and break-even values are found.
 */
record FactorInputs(double concentrationRisk, double licensingProbability, double unitPrice, double referencePrice) {

    double priceRisk(double premiumCap) {
        return PricePremium.of(unitPrice, referencePrice, premiumCap).risk();
    }

    double score(Weights weights, double premiumCap) {
        return score(weights, concentrationRisk, 1 - licensingProbability, priceRisk(premiumCap));
    }

    /** The score of scoring-model.md: {@code 100 x weight x risk} per factor, summed and rounded as the answer shows it. */
    static double score(Weights weights, double concentrationRisk, double licensingRisk, double priceRisk) {
        return Points.of(100 * weights.concentration() * concentrationRisk, 100 * weights.licensing() * licensingRisk,
                100 * weights.pricePremium() * priceRisk).score();
    }
}
