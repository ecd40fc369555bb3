package com.supplyrisk.assessment;

/** The three factors of one option's score. */
public record Factors(ConcentrationFactor concentration, LicensingFactor licensing, PricePremiumFactor pricePremium) {
}
