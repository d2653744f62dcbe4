package io.swiftbolt.ml.features.indicators;

/**
 * Streaming price momentum (rate of change) {@code x / x_{n bars ago} − 1}, a decimal, O(1) with
 * a ring buffer of {@code n} values; equal to {@link IndicatorKernels#momentum}. First defined at
 * index {@code n}. Inputs must be positive.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Momentum extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double[] window;

    /**
     * Makes a momentum indicator.
     *
     * @param n the look-back, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Momentum(int n) {
        super("momentum_" + n, period(n, 1, "n"));
        this.n = n;
        this.window = new double[n];
    }

    @Override
    public boolean update(double value) {
        checkPositive(value);
        int slot = count % n;
        if (count >= n) {
            current = value / window[slot] - 1.0;
        }
        window[slot] = value;
        count++;
        return isDefined();
    }
}
