package com.supplyrisk.simulation;

/** The distribution of the compute a plan delivers over the trials, in PFLOPS. */
public record DeliveredPflops(double mean, double p10, double p50, double p90) {
}
