package com.supplyrisk.scoring;

import com.supplyrisk.plan.Weights;

/**
 * What an option's score is computed from, unrounded, prices in the answer's currency: moving one of these and
 * scoring again is how sensitivity and break-even values are found.
 */
record FactorInputs(double concentrationRisk, double licensingProbability, double unitPrice, double referencePrice, Volume volume) {

    /**
     * What the option's quantity moves: its vendor's share of the buyer's compute ({@code vendorPflops} of
     * {@code totalPflops}, the option's own {@code optionPflops} among them) and, through the volume probability
     * {@code exp(-quantity / reachableUnits)}, P; {@code reachableUnits} is infinite when volume does not limit P.
     */
    record Volume(double vendorPflops, double totalPflops, double optionPflops, int quantity, double reachableUnits) {
    }

    /** The vendor's share with the option's quantity times {@code factor}. */
    double concentrationRiskAt(double factor) {
        double added = (factor - 1) * volume.optionPflops();
        return (volume.vendorPflops() + added) / (volume.totalPflops() + added);
    }

    /** P with the option's quantity times {@code factor}: the volume probability is the only part that moves. */
    double licensingProbabilityAt(double factor) {
        return licensingProbability * Math.exp(-(factor - 1) * volume.quantity() / volume.reachableUnits());
    }

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
