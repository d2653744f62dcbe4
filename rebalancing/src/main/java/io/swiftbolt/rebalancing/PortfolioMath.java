package io.swiftbolt.rebalancing;

/**
 * Static {@code double} kernels of the rebalancing engines: active-weight quadratic forms and
 * turnover. Arrays are not validated (callers do); no allocation.
 *
 * <p>Thread-safe (stateless).
 */
public final class PortfolioMath {

    private PortfolioMath() {
    }

    /**
     * Ex-ante tracking error {@code sqrt((w - t)' S (w - t))}.
     *
     * @param weights the portfolio weights, decimals
     * @param targets the target weights, same length
     * @param cov     the covariance, row-major {@code n * n}, annualized
     * @return the annualized tracking error as a decimal (0.01 = 1 %), {@code >= 0}
     */
    public static double trackingError(double[] weights, double[] targets, double[] cov) {
        int n = weights.length;
        double q = 0;
        for (int i = 0; i < n; i++) {
            double ai = weights[i] - targets[i];
            if (ai == 0) {
                continue;
            }
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += cov[i * n + j] * (weights[j] - targets[j]);
            }
            q += ai * row;
        }
        return Math.sqrt(Math.max(0.0, q));
    }

    /**
     * One-way turnover {@code (buys + sells) / (2 V)}, i.e. half the sum of absolute weight changes
     * of the securities.
     *
     * @param buyValue  the total bought, currency units
     * @param sellValue the total sold, currency units
     * @param value     the portfolio value including cash, positive
     * @return the turnover as a decimal
     */
    public static double turnover(double buyValue, double sellValue, double value) {
        return (buyValue + sellValue) / (2 * value);
    }
}
