package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Streaming realized volatility, O(1): the <em>sample</em> standard deviation of the last
 * {@code n} one-bar log returns times {@code √periodsPerYear} (annualized decimal); equal to
 * {@link IndicatorKernels#realizedVolatility}. First defined at index {@code n} (after
 * {@code n + 1} closes). Inputs must be positive.
 *
 * <p>Mutable, not thread-safe.
 */
public final class RealizedVolatility extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double annualize;
    private final double[] returns;
    private double previous;
    private double sum;
    private double m2;

    /**
     * Makes a realized-volatility indicator.
     *
     * @param n              the number of returns, {@code >= 2}
     * @param periodsPerYear the annualization factor, positive (252 for daily bars)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public RealizedVolatility(int n, double periodsPerYear) {
        super("realized_vol_" + n, period(n, 2, "n"));
        this.n = n;
        this.annualize = Math.sqrt(ArgChecks.positive(periodsPerYear, "periodsPerYear"));
        this.returns = new double[n];
    }

    @Override
    public boolean update(double value) {
        checkPositive(value);
        int j = count;
        if (j > 0) {
            double r = Math.log(value / previous);
            int slot = (j - 1) % n;
            if (j <= n) {
                double oldMean = j == 1 ? 0.0 : sum / (j - 1);
                sum += r;
                m2 = Moments.add(m2, r, oldMean, sum / j);
            } else {
                double leaving = returns[slot];
                double oldMean = sum / n;
                sum += r - leaving;
                m2 = Moments.replace(m2, r, leaving, oldMean, sum / n);
            }
            returns[slot] = r;
            if (Moments.resync(j - 1, n)) {
                sum = Moments.sum(returns, 0, n);
                m2 = Moments.m2(returns, 0, n, sum / n);
            }
            if (j >= n) {
                current = Moments.sampleSd(m2, n) * annualize;
            }
        }
        previous = value;
        count++;
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        sum = 0.0;
        m2 = 0.0;
    }
}
