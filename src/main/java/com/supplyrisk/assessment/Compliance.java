package com.supplyrisk.assessment;

/** Whether a route is lawful as planned. */
public enum Compliance {
    /** No government approval is needed. */
    COMPLIANT,
    /** Lawful once every licence the route needs is granted. */
    LICENCE_REQUIRED,
    /**
     * The channel bypasses export and import controls, or a rule says no licence makes the route lawful (buying
     * Huawei Ascend chips outside China risks violating US General Prohibition 10).
     */
    NON_COMPLIANT
}
