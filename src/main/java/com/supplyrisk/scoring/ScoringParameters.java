package com.supplyrisk.scoring;

import com.supplyrisk.plan.Weights;
import java.util.Objects;

/**
 * The model's constants, configured rather than written into the code.
 *
 * @param premiumCap         the premium at which price risk is maximal (1.0: a 100% markup)
 * @param farBelowReference  a price this fraction or more below the reference is flagged as suspect stock
 */
public record ScoringParameters(Weights defaultWeights, double premiumCap, RatingBands ratingBands, double farBelowReference) {

    public ScoringParameters {
        Objects.requireNonNull(defaultWeights, "defaultWeights");
        Objects.requireNonNull(ratingBands, "ratingBands");
        if (!(premiumCap > 0) || !Double.isFinite(premiumCap)) {
            throw new IllegalArgumentException("premiumCap must be positive");
        }
        if (!(farBelowReference > 0 && farBelowReference < 1)) {
            throw new IllegalArgumentException("farBelowReference must be between 0 and 1");
        }
    }
}
