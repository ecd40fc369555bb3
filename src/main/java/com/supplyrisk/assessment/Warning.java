package com.supplyrisk.assessment;

/** Something the buyer should know that does not change the score. */
public record Warning(WarningCode code, String message) {
}
