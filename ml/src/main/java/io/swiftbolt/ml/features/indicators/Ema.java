package io.swiftbolt.ml.features.indicators;

/**
 * Streaming exponential moving average, O(1) per update: seeded with the simple average of the
 * first {@code n} values, then {@code e = α·x + (1 − α)·e}. With {@code α = 2/(n+1)} (the usual
 * EMA, {@link #Ema(int)}) it equals {@link IndicatorKernels#ema}; with {@code α = 1/n}
 * ({@link #wilder(int)}) it is Wilder's smoothing. First defined at index {@code n − 1}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Ema extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double alpha;
    private final double beta;
    private double sum;

    /**
     * Makes an EMA with {@code α = 2/(n+1)}.
     *
     * @param n the period, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Ema(int n) {
        this("ema_" + n, n, 2.0 / (period(n, 1, "n") + 1));
    }

    private Ema(String name, int n, double alpha) {
        super(name, n - 1);
        this.n = n;
        this.alpha = alpha;
        this.beta = 1.0 - alpha;
    }

    /**
     * Makes Wilder's smoothing: {@code α = 1/n}, seeded with the simple average of the first
     * {@code n} values.
     *
     * @param n the period, {@code >= 1}
     * @return the smoother
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Ema wilder(int n) {
        return new Ema("wilder_" + n, n, 1.0 / period(n, 1, "n"));
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        if (count < n) {
            sum += value;
            if (count == n - 1) {
                current = sum / n;
            }
        } else {
            current = alpha * value + beta * current;
        }
        count++;
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        sum = 0.0;
    }
}
