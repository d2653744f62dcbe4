package io.swiftbolt.ml.features.indicators;

/**
 * Sliding-window second moments shared by the batch kernels and the streaming classes, so both
 * run the very same floating-point operations. {@code m2} is the sum of squared deviations from
 * the window mean.
 */
final class Moments {

    private Moments() {
    }

    /** {@code m2} after appending {@code x} to a growing window (Welford). */
    static double add(double m2, double x, double oldMean, double newMean) {
        return m2 + (x - oldMean) * (x - newMean);
    }

    /**
     * {@code m2} after {@code leaving} is replaced by {@code entering} in a full window:
     * {@code Δ = (in − out)·(in + out − newMean − oldMean)}, which follows from
     * {@code m2 = Σx² − n·mean²} without forming the large, cancelling sums.
     */
    static double replace(double m2, double entering, double leaving, double oldMean, double newMean) {
        return m2 + (entering - leaving) * (entering - newMean + leaving - oldMean);
    }

    /** Sum of {@code a[from .. from+n−1]}, in index order. */
    static double sum(double[] a, int from, int n) {
        double s = 0.0;
        for (int j = from; j < from + n; j++) {
            s += a[j];
        }
        return s;
    }

    /** Sum of squared deviations of {@code a[from .. from+n−1]} from {@code mean} (two-pass, exact). */
    static double m2(double[] a, int from, int n, double mean) {
        double s = 0.0;
        for (int j = from; j < from + n; j++) {
            double d = a[j] - mean;
            s += d * d;
        }
        return s;
    }

    /**
     * Whether a sliding window recomputes its sum and m2 from scratch at update {@code i}: once
     * every {@code n} updates after the first window (when the ring buffer is in chronological
     * order), which stops rounding drift from accumulating over long series at O(1) amortized
     * cost. Batch and streaming use the same schedule, so they stay identical.
     */
    static boolean resync(int i, int n) {
        return i >= n && i % n == n - 1;
    }

    /** Population standard deviation; a rounding residue below zero counts as zero. */
    static double populationSd(double m2, int n) {
        return m2 > 0.0 ? Math.sqrt(m2 / n) : 0.0;
    }

    /** Sample standard deviation ({@code n − 1} in the denominator). */
    static double sampleSd(double m2, int n) {
        return m2 > 0.0 ? Math.sqrt(m2 / (n - 1)) : 0.0;
    }
}
