package com.supplyrisk.scoring;

import com.supplyrisk.assessment.Rating;

/** The scores at which a rating starts: below {@code moderateFrom} is LOW, and so on. */
public record RatingBands(double moderateFrom, double highFrom, double severeFrom) {

    public RatingBands {
        if (!(0 < moderateFrom && moderateFrom < highFrom && highFrom < severeFrom && severeFrom <= 100)) {
            throw new IllegalArgumentException("bands must rise strictly within (0, 100]");
        }
    }

    public Rating rate(double score) {
        if (score < moderateFrom) {
            return Rating.LOW;
        }
        if (score < highFrom) {
            return Rating.MODERATE;
        }
        return score < severeFrom ? Rating.HIGH : Rating.SEVERE;
    }
}
