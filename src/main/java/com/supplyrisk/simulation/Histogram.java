package com.supplyrisk.simulation;

/**
 * Quantiles of a stream of values in [low, high] in memory that does not grow with the stream: {@value #BINS}
 * equal bins, each with its count and the least and greatest value that fell in it. A quantile is the value of
 * that rank in its bin, interpolated between the bin's least and greatest value, so it is exact when the bin
 * held one distinct value (as for the sums of a few options) and otherwise off by less than one bin,
 * (high - low) / {@value #BINS}.
 */
final class Histogram {

    static final int BINS = 1000;

    private final double low;
    private final double binsPerUnit;
    private final long[] counts = new long[BINS];
    private final double[] least = new double[BINS];
    private final double[] greatest = new double[BINS];
    private long total;
    private double sum;

    Histogram(double low, double high) {
        if (!(high >= low)) {
            throw new IllegalArgumentException("high must be at least low");
        }
        this.low = low;
        this.binsPerUnit = high > low ? BINS / (high - low) : 0;
    }

    void add(double value) {
        int bin = (int) ((value - low) * binsPerUnit);
        bin = bin < 0 ? 0 : Math.min(bin, BINS - 1);
        if (counts[bin] == 0) {
            least[bin] = value;
            greatest[bin] = value;
        } else if (value < least[bin]) {
            least[bin] = value;
        } else if (value > greatest[bin]) {
            greatest[bin] = value;
        }
        counts[bin]++;
        total++;
        sum += value;
    }

    /** The mean of the values added; needs one value at least. */
    double mean() {
        if (total == 0) {
            throw new IllegalStateException("no values");
        }
        return sum / total;
    }

    /** The value of rank {@code ceil(p x count)} among the values added, the lowest for p = 0; needs one value at least. */
    double quantile(double p) {
        if (total == 0) {
            throw new IllegalStateException("no values");
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long below = 0;
        for (int bin = 0; bin < BINS; bin++) {
            long count = counts[bin];
            if (below + count >= rank) {
                if (count == 1) {
                    return least[bin];
                }
                double position = (double) (rank - below - 1) / (count - 1);
                return least[bin] + position * (greatest[bin] - least[bin]);
            }
            below += count;
        }
        throw new IllegalStateException("rank beyond the values counted");
    }

    long count() {
        return total;
    }
}
