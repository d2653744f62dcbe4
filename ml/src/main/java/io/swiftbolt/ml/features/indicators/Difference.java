package io.swiftbolt.ml.features.indicators;

/**
 * Streaming difference over {@code n} bars, {@code x − x_{n bars ago}} (used for volume momentum,
 * in the input's units), O(1) with a ring buffer; equal to {@link IndicatorKernels#difference}.
 * First defined at index {@code n}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Difference extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double[] window;

    /**
     * Makes a difference indicator.
     *
     * @param n the look-back, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Difference(int n) {
        super("difference_" + n, period(n, 1, "n"));
        this.n = n;
        this.window = new double[n];
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        int slot = count % n;
        if (count >= n) {
            current = value - window[slot];
        }
        window[slot] = value;
        count++;
        return isDefined();
    }
}
