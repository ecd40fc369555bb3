package com.supplyrisk.assessment;

/** HHI bands of the 2023 US Merger Guidelines: above 1,800 is highly concentrated. */
public enum ConcentrationBand {
    UNCONCENTRATED,
    MODERATELY_CONCENTRATED,
    HIGHLY_CONCENTRATED;

    public static ConcentrationBand of(int hhi) {
        if (hhi < 1000) {
            return UNCONCENTRATED;
        }
        return hhi <= 1800 ? MODERATELY_CONCENTRATED : HIGHLY_CONCENTRATED;
    }
}
