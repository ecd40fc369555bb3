package com.supplyrisk.catalog;

/** The kind of buyer, which decides the procurement rules it faces at home. */
public enum Segment {
    COMMERCIAL,
    STATE_OWNED,
    GOVERNMENT
}
