package com.supplyrisk.scoring;

/** A score in words. */
public enum Rating {
    LOW,
    MODERATE,
    HIGH,
    SEVERE
}
