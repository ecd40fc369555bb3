package com.supplyrisk.assessment;

/** Whether a route is lawful as planned. */
public enum Compliance {
    /** No government approval is needed. */
    COMPLIANT,
    /** Lawful once every licence the route needs is granted. */
    LICENCE_REQUIRED,
    /** The channel bypasses export and import controls. */
    NON_COMPLIANT
}
