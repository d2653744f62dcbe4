package io.swiftbolt.ml.features.indicators;

/**
 * Streaming average true range with Wilder smoothing, O(1); equal to {@link IndicatorKernels#atr}:
 * seeded with the mean of the true ranges of bars 1..n (from the second bar on), then
 * {@code atr = tr/n + (1 − 1/n)·atr}. First defined at index {@code n}. Price units.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Atr extends AbstractIndicator implements BarIndicator {

    private final int n;
    private final double alpha;
    private final double beta;
    private double previousClose;
    private double sum;

    /**
     * Makes an ATR.
     *
     * @param n the period, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Atr(int n) {
        super("atr_" + n, period(n, 1, "n"));
        this.n = n;
        this.alpha = 1.0 / n;
        this.beta = 1.0 - alpha;
    }

    @Override
    public boolean update(double high, double low, double close) {
        checkBar(high, low, close);
        if (count > 0) {
            double tr = IndicatorKernels.trueRange(high, low, previousClose);
            if (count < n) {
                sum += tr;
            } else if (count == n) {
                sum += tr;
                current = sum / n;
            } else {
                current = alpha * tr + beta * current;
            }
        }
        previousClose = close;
        count++;
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        sum = 0.0;
    }
}
