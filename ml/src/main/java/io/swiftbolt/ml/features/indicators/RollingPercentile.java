package io.swiftbolt.ml.features.indicators;

/**
 * Streaming rolling percentile: the fraction of the {@code n − 1} values before the current one
 * in the window of the last {@code n} that are strictly below it, in {@code [0, 1]}; equal to
 * {@link IndicatorKernels#rollingPercentile}. <b>O(n) per update</b> (a count over a ring buffer
 * of the window; an exact percentile cannot be kept in O(1)), allocation-free. First defined at
 * index {@code n − 1}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class RollingPercentile extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double[] window;

    /**
     * Makes a rolling percentile.
     *
     * @param n the window, {@code >= 2}
     * @throws IllegalArgumentException if {@code n < 2}
     */
    public RollingPercentile(int n) {
        super("percentile_" + n, period(n, 2, "n") - 1);
        this.n = n;
        this.window = new double[n - 1];
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        if (count >= n - 1) {
            int below = 0;
            for (double earlier : window) {
                if (earlier < value) {
                    below++;
                }
            }
            current = below / (double) (n - 1);
        }
        window[count % (n - 1)] = value;
        count++;
        return isDefined();
    }

    /** Fraction of {@code x[from .. i−1]} strictly below {@code x[i]}. */
    static double fractionBelow(double[] x, int from, int i) {
        int below = 0;
        double v = x[i];
        for (int j = from; j < i; j++) {
            if (x[j] < v) {
                below++;
            }
        }
        return below / (double) (i - from);
    }
}
