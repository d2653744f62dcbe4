package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Rolling indicators of the built-in strategy family: static kernels writing into caller-supplied
 * arrays, one O(n) pass each.
 *
 * <p>Every value at index {@code t} depends on {@code close[0..t]} only (running sums are updated
 * forward), which is what keeps the backtests free of look-ahead. Indexes before an indicator's
 * first defined value are set to {@code NaN}, as documented on each method; those indexes are the
 * warm-up, which callers skip.
 *
 * <p>Every method validates its arguments and throws {@link IllegalArgumentException} naming the
 * argument. Thread-safe (stateless).
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * Rolling z-score of the close: {@code (close[t] - mean) / sd} over the {@code lookback} closes
     * ending at {@code t}, with the <em>population</em> standard deviation (divisor
     * {@code lookback}). A window whose standard deviation is below {@code 1e-10} of its mean
     * (flat prices) gives 0.
     *
     * @param close    closes, positive
     * @param lookback the window, at least 2
     * @param out      receives the z-scores; {@code NaN} for {@code t < lookback - 1}
     * @throws IllegalArgumentException if an array is null, the lengths differ or {@code lookback < 2}
     */
    public static void zScore(double[] close, int lookback, double[] out) {
        check(close, "close", lookback, out, 2);
        int n = close.length;
        if (n == 0) {
            return;
        }
        // Sums of (close - close[0]) keep the squares small, so the variance loses no digits to
        // cancellation at index levels in the thousands.
        double shift = close[0];
        double s1 = 0;
        double s2 = 0;
        for (int t = 0; t < n; t++) {
            double x = close[t] - shift;
            s1 += x;
            s2 += x * x;
            if (t >= lookback) {
                double y = close[t - lookback] - shift;
                s1 -= y;
                s2 -= y * y;
            }
            if (t < lookback - 1) {
                out[t] = Double.NaN;
                continue;
            }
            double mean = s1 / lookback;
            double variance = s2 / lookback - mean * mean;
            double level = shift + mean;
            out[t] = variance <= 1e-20 * level * level ? 0.0 : (x - mean) / Math.sqrt(variance);
        }
    }

    /**
     * Wilder's relative strength index on a 0..100 scale: average gain and average loss of the
     * close-to-close changes, seeded with the simple mean of the first {@code period} changes and
     * then smoothed as {@code avg = (avg (period - 1) + x) / period}. With no loss in the window RSI
     * is 100, with neither gain nor loss 50.
     *
     * @param close  closes, positive
     * @param period the period, at least 1 (14 is usual)
     * @param out    receives the RSI; {@code NaN} for {@code t < period}
     * @throws IllegalArgumentException if an array is null, the lengths differ or {@code period < 1}
     */
    public static void rsi(double[] close, int period, double[] out) {
        check(close, "close", period, out, 1);
        int n = close.length;
        double gain = 0;
        double loss = 0;
        double keep = (period - 1.0) / period;
        double add = 1.0 / period;
        for (int t = 0; t < n; t++) {
            if (t == 0) {
                out[t] = Double.NaN;
                continue;
            }
            double d = close[t] - close[t - 1];
            double g = d > 0 ? d : 0.0;
            double lo = d < 0 ? -d : 0.0;
            if (t <= period) {
                gain += g;
                loss += lo;
                if (t < period) {
                    out[t] = Double.NaN;
                    continue;
                }
                gain /= period;
                loss /= period;
            } else {
                // Multiplications, not divisions, on the smoothing's loop-carried chain.
                gain = gain * keep + g * add;
                loss = loss * keep + lo * add;
            }
            // 100 - 100 / (1 + gain / loss) = 100 gain / (gain + loss): one division.
            double total = gain + loss;
            out[t] = total == 0.0 ? 50.0 : 100.0 * gain / total;
        }
    }

    /**
     * Rolling annualized realized volatility: the sample standard deviation (divisor
     * {@code lookback - 1}) of the {@code lookback} log returns {@code ln(close[i] / close[i-1])}
     * ending at {@code t}, times {@code sqrt(periodsPerYear)}.
     *
     * @param close          closes, positive
     * @param lookback       returns per window, at least 2
     * @param periodsPerYear the annualization factor, e.g. 252
     * @param out            receives the volatility as a decimal per year; {@code NaN} for
     *                       {@code t < lookback}
     * @throws IllegalArgumentException if an array is null, the lengths differ, {@code lookback < 2}
     *                                  or {@code periodsPerYear} is not positive
     */
    public static void realizedVolatility(double[] close, int lookback, double periodsPerYear, double[] out) {
        ArgChecks.notNull(close, "close");
        double[] logReturns = new double[close.length];
        for (int i = 1; i < close.length; i++) {
            logReturns[i] = Math.log(close[i] / close[i - 1]);
        }
        realizedVolatilityOfLogReturns(logReturns, lookback, periodsPerYear, out);
    }

    /**
     * {@link #realizedVolatility} from precomputed log returns ({@code logReturns[i] =
     * ln(close[i] / close[i - 1])}, index 0 ignored), to spare the logarithms when many look-backs
     * run over one series.
     *
     * @param logReturns     the log returns, index 0 unused
     * @param lookback       returns per window, at least 2
     * @param periodsPerYear the annualization factor, e.g. 252
     * @param out            receives the volatility; {@code NaN} for {@code t < lookback}
     * @throws IllegalArgumentException as {@link #realizedVolatility}
     */
    public static void realizedVolatilityOfLogReturns(double[] logReturns, int lookback, double periodsPerYear,
                                                      double[] out) {
        check(logReturns, "logReturns", lookback, out, 2);
        ArgChecks.positive(periodsPerYear, "periodsPerYear");
        int n = logReturns.length;
        double s1 = 0;
        double s2 = 0;
        double scale = periodsPerYear / (lookback - 1.0);
        double inverseLookback = 1.0 / lookback;
        if (n > 0) {
            out[0] = Double.NaN;
        }
        for (int t = 1; t < n; t++) {
            double r = logReturns[t];
            s1 += r;
            s2 += r * r;
            if (t > lookback) {
                double y = logReturns[t - lookback];
                s1 -= y;
                s2 -= y * y;
            }
            if (t < lookback) {
                out[t] = Double.NaN;
                continue;
            }
            double ss = s2 - s1 * s1 * inverseLookback;
            out[t] = ss <= 0 ? 0.0 : Math.sqrt(ss * scale);
        }
    }

    private static void check(double[] in, String name, int window, double[] out, int minWindow) {
        ArgChecks.notNull(in, name);
        ArgChecks.notNull(out, "out");
        ArgChecks.sameLength(out.length, in.length, "out");
        ArgChecks.check(window >= minWindow, "lookback", window, "must be at least " + minWindow);
    }
}
