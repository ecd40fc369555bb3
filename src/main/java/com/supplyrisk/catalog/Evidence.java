package com.supplyrisk.catalog;

/** How strong the evidence behind a number of the data files is, strongest first. */
public enum Evidence {
    /** The text of a law, rule or published tariff. */
    REGULATION,
    /** A vendor's datasheet or price list, a company's or a government's statement, official statistics. */
    OFFICIAL_STATEMENT,
    /** Press or analyst reporting. */
    PRESS_REPORT,
    /** The data's own judgement; its source says how it was derived. */
    ESTIMATE
}
