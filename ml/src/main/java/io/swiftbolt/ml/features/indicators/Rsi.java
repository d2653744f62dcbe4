package io.swiftbolt.ml.features.indicators;

/**
 * Streaming RSI with Wilder smoothing, O(1) per update; equal to {@link IndicatorKernels#rsi}
 * (averages of gains and losses seeded with the simple mean of the first {@code n} changes,
 * counted from the second value, then smoothed with {@code α = 1/n}; 50 when both are zero).
 * First defined at index {@code n}, i.e. after {@code n + 1} closes. Values in {@code [0, 100]}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Rsi extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double alpha;
    private final double beta;
    private double previous;
    private double avgGain;
    private double avgLoss;

    /**
     * Makes an RSI.
     *
     * @param n the period, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Rsi(int n) {
        super("rsi_" + n, period(n, 1, "n"));
        this.n = n;
        this.alpha = 1.0 / n;
        this.beta = 1.0 - alpha;
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        if (count > 0) {
            double d = value - previous;
            if (count <= n) {
                if (d > 0) {
                    avgGain += d;
                } else {
                    avgLoss -= d;
                }
                if (count == n) {
                    avgGain = avgGain / n;
                    avgLoss = avgLoss / n;
                    current = IndicatorKernels.rsiOf(avgGain, avgLoss);
                }
            } else {
                double gain = d > 0 ? d : 0.0;
                double loss = d < 0 ? -d : 0.0;
                avgGain = alpha * gain + beta * avgGain;
                avgLoss = alpha * loss + beta * avgLoss;
                current = IndicatorKernels.rsiOf(avgGain, avgLoss);
            }
        }
        previous = value;
        count++;
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        avgGain = 0.0;
        avgLoss = 0.0;
        previous = 0.0;
    }
}
