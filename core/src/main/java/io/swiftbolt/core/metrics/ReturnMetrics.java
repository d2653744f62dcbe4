package io.swiftbolt.core.metrics;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Performance metrics of a return series: static kernels on {@code double[]}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Returns are simple per-period returns as decimal fractions (0.01 = 1 %), each finite and
 *       at least -1 (a position cannot lose more than everything). {@code n} is their number.</li>
 *   <li>{@code periodsPerYear} ({@code P}) is the annualization factor: 252 for trading days, 52
 *       for weeks, 12 for months.</li>
 *   <li>{@code riskFreeAnnual} is an annual rate as a decimal (0.02 = 2 %); the per-period excess
 *       return is {@code e[i] = r[i] - riskFreeAnnual / P} (simple de-annualization, not
 *       compounding).</li>
 *   <li>Standard deviations are sample ones (divisor {@code n - 1}); sums use compensated
 *       (Neumaier) summation. A series whose values are all exactly equal has standard deviation
 *       exactly zero.</li>
 *   <li>The equity curve is {@code E[0] = 1} before the first return and
 *       {@code E[i + 1] = E[i] * (1 + r[i])}, so it has {@code n + 1} points; equity index
 *       {@code i} is bar {@code i} when the returns are a bar series' close-to-close returns.</li>
 * </ul>
 *
 * <h2>Undefined values</h2>
 * The kernel convention is to return {@code NaN} exactly when a metric is undefined, as listed on
 * each method (too few returns, a zero denominator). Inputs are validated, so {@code NaN} never
 * comes from bad data. {@link MetricsCalculator} turns these cases into empty
 * {@link java.util.OptionalDouble}s.
 *
 * <p>Every method validates its arguments and throws {@link IllegalArgumentException} naming the
 * argument and value (the first bad element for arrays). Thread-safe (stateless).
 */
public final class ReturnMetrics {

    private ReturnMetrics() {
    }

    /**
     * Compounded total return {@code (1 + r[0]) * ... * (1 + r[n-1]) - 1}.
     *
     * @param returns per-period simple returns
     * @return the total return as a decimal, at least -1; 0 for no returns
     * @throws IllegalArgumentException if {@code returns} is null or an element is not finite or
     *                                  below -1
     */
    public static double totalReturn(double[] returns) {
        checkReturns(returns);
        return growth(returns) - 1.0;
    }

    /**
     * Geometric annualized return {@code (1 + totalReturn)^(P / n) - 1}.
     *
     * @param returns        per-period simple returns
     * @param periodsPerYear periods per year {@code P}, e.g. 252
     * @return the annualized return as a decimal, at least -1; NaN if there are no returns
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn})
     *                                  or {@code periodsPerYear} is not positive and finite
     */
    public static double annualizedReturn(double[] returns, double periodsPerYear) {
        checkReturns(returns);
        checkPeriods(periodsPerYear);
        return annualize(growth(returns), returns.length, periodsPerYear);
    }

    /**
     * Annualized volatility: the sample standard deviation of the returns times
     * {@code sqrt(P)}.
     *
     * @param returns        per-period simple returns
     * @param periodsPerYear periods per year {@code P}, e.g. 252
     * @return the volatility as a decimal per year, zero or positive; NaN if fewer than 2 returns
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn})
     *                                  or {@code periodsPerYear} is not positive and finite
     */
    public static double annualizedVolatility(double[] returns, double periodsPerYear) {
        checkReturns(returns);
        checkPeriods(periodsPerYear);
        return volatilityUnchecked(returns, periodsPerYear);
    }

    /**
     * Annualized Sharpe ratio: {@code mean(e) / stdev(e) * sqrt(P)} with per-period excess returns
     * {@code e[i] = r[i] - riskFreeAnnual / P} and the sample standard deviation.
     *
     * @param returns        per-period simple returns
     * @param riskFreeAnnual annual risk-free rate as a decimal, e.g. 0.02
     * @param periodsPerYear periods per year {@code P}, e.g. 252
     * @return the Sharpe ratio; NaN if fewer than 2 returns or the standard deviation is zero
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn}),
     *                                  {@code riskFreeAnnual} is not finite or
     *                                  {@code periodsPerYear} is not positive and finite
     */
    public static double sharpe(double[] returns, double riskFreeAnnual, double periodsPerYear) {
        checkReturns(returns);
        ArgChecks.finite(riskFreeAnnual, "riskFreeAnnual");
        checkPeriods(periodsPerYear);
        return sharpeUnchecked(returns, riskFreeAnnual / periodsPerYear, periodsPerYear);
    }

    /**
     * Annualized Sortino ratio: {@code mean(e) / dd * sqrt(P)}, with excess returns {@code e} as
     * for {@link #sharpe} and the downside deviation
     * {@code dd = sqrt(sum(min(e[i], 0)^2) / n)} taken over all {@code n} periods (target = the
     * risk-free rate).
     *
     * @param returns        per-period simple returns
     * @param riskFreeAnnual annual risk-free rate as a decimal, e.g. 0.02
     * @param periodsPerYear periods per year {@code P}, e.g. 252
     * @return the Sortino ratio; NaN if fewer than 2 returns or no excess return is negative
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn}),
     *                                  {@code riskFreeAnnual} is not finite or
     *                                  {@code periodsPerYear} is not positive and finite
     */
    public static double sortino(double[] returns, double riskFreeAnnual, double periodsPerYear) {
        checkReturns(returns);
        ArgChecks.finite(riskFreeAnnual, "riskFreeAnnual");
        checkPeriods(periodsPerYear);
        return sortinoUnchecked(returns, riskFreeAnnual / periodsPerYear, periodsPerYear);
    }

    /**
     * Downside deviation {@code sqrt(sum(min(r[i] - riskFreeAnnual / P, 0)^2) / n)} over all
     * {@code n} periods, per period (not annualized).
     *
     * @param returns        per-period simple returns
     * @param riskFreeAnnual annual risk-free rate (the target) as a decimal
     * @param periodsPerYear periods per year {@code P}
     * @return the downside deviation, zero or positive; NaN if there are no returns
     * @throws IllegalArgumentException if an argument is invalid (see {@link #sortino})
     */
    public static double downsideDeviation(double[] returns, double riskFreeAnnual, double periodsPerYear) {
        checkReturns(returns);
        ArgChecks.finite(riskFreeAnnual, "riskFreeAnnual");
        checkPeriods(periodsPerYear);
        return returns.length == 0 ? Double.NaN
                : downsideUnchecked(returns, riskFreeAnnual / periodsPerYear);
    }

    /**
     * Maximum drawdown of the equity curve (see the class description): the largest
     * {@code 1 - E[j] / max(E[0..j])}.
     *
     * @param returns per-period simple returns
     * @return the depth as a positive fraction in {@code [0, 1]} (0.5678 = a 56.78 % fall); 0 if
     *         the equity never falls below an earlier high, or there are no returns
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn})
     */
    public static double maxDrawdown(double[] returns) {
        checkReturns(returns);
        return drawdownUnchecked(returns).depth();
    }

    /**
     * Maximum drawdown with where it happened, as equity-curve indexes (0 = the start before the
     * first return, {@code i} = after return {@code i - 1}).
     *
     * <ul>
     *   <li>trough: the first index at which the deepest drawdown is reached;</li>
     *   <li>peak: the last index before the trough at which the equity stood at its running
     *       maximum;</li>
     *   <li>recovery: the first index after the trough at which the equity is back to at least the
     *       peak's, or -1 if it never is.</li>
     * </ul>
     * With no drawdown (depth 0) all three are as documented on {@link DrawdownIndices#none()}.
     *
     * @param returns per-period simple returns
     * @return the drawdown and its indexes
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn})
     */
    public static DrawdownIndices maxDrawdownIndices(double[] returns) {
        checkReturns(returns);
        return drawdownUnchecked(returns);
    }

    /**
     * Calmar ratio: {@link #annualizedReturn annualized return} divided by
     * {@link #maxDrawdown maximum drawdown}, over the whole series.
     *
     * @param returns        per-period simple returns
     * @param periodsPerYear periods per year {@code P}, e.g. 252
     * @return the Calmar ratio; NaN if there are no returns or the drawdown is zero
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn})
     *                                  or {@code periodsPerYear} is not positive and finite
     */
    public static double calmar(double[] returns, double periodsPerYear) {
        double drawdown = maxDrawdown(returns);
        double annual = annualizedReturn(returns, periodsPerYear);
        return drawdown == 0.0 ? Double.NaN : annual / drawdown;
    }

    /**
     * Win rate: the share of periods with a return strictly above zero.
     *
     * @param returns per-period simple returns
     * @return a fraction in {@code [0, 1]}; NaN if there are no returns
     * @throws IllegalArgumentException if {@code returns} is invalid (see {@link #totalReturn})
     */
    public static double winRate(double[] returns) {
        checkReturns(returns);
        return winRateUnchecked(returns);
    }

    // ---------------------------------------------------------------- unchecked, package use

    static double winRateUnchecked(double[] returns) {
        if (returns.length == 0) {
            return Double.NaN;
        }
        int wins = 0;
        for (double r : returns) {
            if (r > 0) {
                wins++;
            }
        }
        return (double) wins / returns.length;
    }

    /** Product of {@code 1 + r[i]}. */
    static double growth(double[] returns) {
        double g = 1.0;
        for (double r : returns) {
            g *= 1.0 + r;
        }
        return g;
    }

    static double annualize(double growth, int n, double periodsPerYear) {
        return n == 0 ? Double.NaN : Math.pow(growth, periodsPerYear / n) - 1.0;
    }

    static double volatilityUnchecked(double[] returns, double periodsPerYear) {
        if (returns.length < 2) {
            return Double.NaN;
        }
        return sampleStdev(returns, 0.0, mean(returns, 0.0)) * Math.sqrt(periodsPerYear);
    }

    static double sharpeUnchecked(double[] returns, double riskFreePerPeriod, double periodsPerYear) {
        if (returns.length < 2) {
            return Double.NaN;
        }
        double mean = mean(returns, riskFreePerPeriod);
        double sd = sampleStdev(returns, riskFreePerPeriod, mean);
        return sd == 0.0 ? Double.NaN : mean / sd * Math.sqrt(periodsPerYear);
    }

    static double sortinoUnchecked(double[] returns, double riskFreePerPeriod, double periodsPerYear) {
        if (returns.length < 2) {
            return Double.NaN;
        }
        double dd = downsideUnchecked(returns, riskFreePerPeriod);
        return dd == 0.0 ? Double.NaN : mean(returns, riskFreePerPeriod) / dd * Math.sqrt(periodsPerYear);
    }

    static double downsideUnchecked(double[] returns, double riskFreePerPeriod) {
        CompensatedSum sum = new CompensatedSum();
        for (double r : returns) {
            double e = Math.min(r - riskFreePerPeriod, 0.0);
            sum.add(e * e);
        }
        return Math.sqrt(sum.value() / returns.length);
    }

    /** Mean of {@code r[i] - shift}; NaN for an empty array. */
    static double mean(double[] returns, double shift) {
        CompensatedSum sum = new CompensatedSum();
        for (double r : returns) {
            sum.add(r - shift);
        }
        return sum.value() / returns.length;
    }

    /**
     * Sample standard deviation of {@code r[i] - shift} about {@code mean}; exactly zero if all
     * shifted values are equal (where rounding in the mean would otherwise leave a tiny
     * non-zero value). Needs {@code n >= 2}.
     */
    static double sampleStdev(double[] returns, double shift, double mean) {
        double first = returns[0] - shift;
        boolean allEqual = true;
        CompensatedSum sum = new CompensatedSum();
        for (double r : returns) {
            double x = r - shift;
            allEqual &= x == first;
            double d = x - mean;
            sum.add(d * d);
        }
        return allEqual ? 0.0 : Math.sqrt(sum.value() / (returns.length - 1));
    }

    /** One pass over the equity curve; see {@link #maxDrawdownIndices(double[])}. */
    static DrawdownIndices drawdownUnchecked(double[] returns) {
        double equity = 1.0;
        double peak = 1.0;
        int peakIndex = 0;
        double worst = 0.0;
        double worstPeakEquity = 1.0;
        int worstPeak = 0;
        int worstTrough = 0;
        int recovery = -1;
        for (int i = 0; i < returns.length; i++) {
            equity *= 1.0 + returns[i];
            if (equity >= peak) {
                // Until the worst drawdown recovers, the running peak is its peak, so regaining
                // the running peak is regaining the drawdown's peak.
                if (recovery < 0 && worst > 0.0 && equity >= worstPeakEquity) {
                    recovery = i + 1;
                }
                peak = equity;
                peakIndex = i + 1;
            } else {
                double depth = 1.0 - equity / peak;
                if (depth > worst) {
                    worst = depth;
                    worstPeakEquity = peak;
                    worstPeak = peakIndex;
                    worstTrough = i + 1;
                    recovery = -1;
                }
            }
        }
        return worst == 0.0 ? DrawdownIndices.none()
                : new DrawdownIndices(worst, worstPeak, worstTrough, recovery);
    }

    /** Neumaier's compensated sum: error independent of n to first order. */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double x) {
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }

    // ---------------------------------------------------------------- validation

    static void checkReturns(double[] returns) {
        ArgChecks.notNull(returns, "returns");
        for (int i = 0; i < returns.length; i++) {
            double r = returns[i];
            if (!(r >= -1.0) || r == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "returns[" + i + "] must be finite and at least -1, was " + r);
            }
        }
    }

    static void checkPeriods(double periodsPerYear) {
        ArgChecks.positive(periodsPerYear, "periodsPerYear");
    }
}
