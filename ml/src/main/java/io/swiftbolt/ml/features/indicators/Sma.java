package io.swiftbolt.ml.features.indicators;

/**
 * Streaming simple moving average over {@code n} values: O(1) per update (a running sum and a
 * ring buffer of the window). Equal to {@link IndicatorKernels#sma}; first defined after
 * {@code n} updates (index {@code n − 1}).
 *
 * <p>Mutable, not thread-safe.
 */
public final class Sma extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double[] window;
    private double sum;

    /**
     * Makes an SMA.
     *
     * @param n the period, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Sma(int n) {
        super("sma_" + n, period(n, 1, "n") - 1);
        this.n = n;
        this.window = new double[n];
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        int slot = count % n;
        if (count >= n) {
            sum += value - window[slot];
        } else {
            sum += value;
        }
        window[slot] = value;
        count++;
        current = sum / n;
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        sum = 0.0;
    }
}
