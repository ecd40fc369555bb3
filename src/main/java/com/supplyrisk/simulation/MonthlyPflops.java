package com.supplyrisk.simulation;

/**
 * The compute running in one month of the horizon over the trials, in PFLOPS: every bought option delivered in the
 * trial that is past its lead time and within its term.
 *
 * @param month 1 for the first month of the horizon
 */
public record MonthlyPflops(int month, double mean, double p10, double p50, double p90) {
}
