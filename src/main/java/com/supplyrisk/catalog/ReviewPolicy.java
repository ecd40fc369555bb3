package com.supplyrisk.catalog;

/**
 * How an authority treats an application for the approval a rule speaks for. Only {@link #NOT_REQUIRED} leaves a
 * route compliant without a licence; {@link #PROHIBITED} means no licence makes the route lawful as planned.
 */
public enum ReviewPolicy {
    /** No licence is needed on this route. */
    NOT_REQUIRED,
    PRESUMPTION_OF_APPROVAL,
    CASE_BY_CASE,
    PRESUMPTION_OF_DENIAL,
    /** Denied but for narrow exceptions, as under an embargo or comprehensive sanctions. */
    POLICY_OF_DENIAL,
    /** Buying or using the item exposes the buyer to a violation no licence is offered for (General Prohibition 10). */
    PROHIBITED;

    public boolean needsLicence() {
        return this != NOT_REQUIRED;
    }

    /** How explanations word it. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
