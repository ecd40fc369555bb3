package com.supplyrisk.assessment;

/** An option's score with one input moved 10% down and 10% up, every other input held: a bar of a tornado chart. */
public record InputSensitivity(String input, double scoreAtMinus10, double scoreAtPlus10) {

    public double effect() {
        return Math.abs(scoreAtPlus10 - scoreAtMinus10);
    }
}
