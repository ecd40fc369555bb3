package com.supplyrisk.plan;

/** How options are ranked. */
public enum Ranking {
    /** Lawful options (compliant, or lawful once licensed) before non-compliant ones, then by score. */
    COMPLIANT_FIRST,
    /** By score alone, whatever the compliance. */
    SCORE
}
