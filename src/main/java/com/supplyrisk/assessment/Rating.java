package com.supplyrisk.assessment;

/** A score in words. */
public enum Rating {
    LOW,
    MODERATE,
    HIGH,
    SEVERE
}
