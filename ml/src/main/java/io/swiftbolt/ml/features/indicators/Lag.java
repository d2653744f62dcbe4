package io.swiftbolt.ml.features.indicators;

/**
 * Streaming lag: the value fed {@code k} updates ago, O(1) with a ring buffer; equal to
 * {@link IndicatorKernels#lag} on an input defined from index 0. First defined at index {@code k}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Lag extends AbstractIndicator implements ScalarIndicator {

    private final int k;
    private final double[] window;

    /**
     * Makes a lag.
     *
     * @param k the lag in bars, {@code >= 1}
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public Lag(int k) {
        super("lag_" + k, period(k, 1, "k"));
        this.k = k;
        this.window = new double[k];
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        int slot = count % k;
        if (count >= k) {
            current = window[slot];
        }
        window[slot] = value;
        count++;
        return isDefined();
    }
}
