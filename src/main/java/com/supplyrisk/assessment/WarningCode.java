package com.supplyrisk.assessment;

/** Machine-readable reasons for a warning. */
public enum WarningCode {
    /** Far below the reference: counterfeit, refurbished or diverted stock is likely. */
    PRICE_FAR_BELOW_REFERENCE,
    /** No approval chance: no risk-adjusted cost can be given. */
    LICENSING_PROBABILITY_ZERO,
    /** A DOMESTIC channel for a chip designed abroad. */
    DOMESTIC_CHANNEL_FOR_FOREIGN_CHIP,
    /** The day asked about is later than the policy data: rules may have changed since. */
    POLICY_DATA_OLDER_THAN_AS_OF,
    /** The reference price was quoted long before or after the day asked about. */
    REFERENCE_PRICE_DATED,
    /**
     * The policy data does not classify the buyer's country or its parent's: rules for unclassified destinations
     * apply, which assume a licence is needed, never that none is.
     */
    UNKNOWN_DESTINATION
}
