package com.supplyrisk.catalog;

/** How strong the ground of a rule or figure is: the text of a rule, an official word, the press, or our judgement. */
public enum Evidence {
    /** The text of a regulation (Federal Register, eCFR, a ministry's published rule). */
    REGULATION,
    /** An authority's or a company's own statement: guidance, a press release, an SEC filing, a datasheet. */
    OFFICIAL_STATEMENT,
    /** Reported by the press or by law firms, not confirmed by the authority. */
    PRESS_REPORT,
    /** Our judgement from the events cited; the basis says how it was made. */
    ESTIMATE
}
