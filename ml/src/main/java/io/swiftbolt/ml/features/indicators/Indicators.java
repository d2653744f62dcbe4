package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The validated, typed layer over {@link IndicatorKernels}: each method checks its arguments,
 * runs the kernel and returns an {@link IndicatorValues} with an explicit warm-up. Conventions,
 * units and warm-up lengths are those documented on the kernels.
 *
 * <p>Every method throws {@link IllegalArgumentException}, naming the argument and its value,
 * when the input is null or empty, holds a NaN or infinite value (or a non-positive one where a
 * ratio or logarithm is taken), or a period is below its minimum or longer than the series allows.
 *
 * <p>Stateless and thread-safe; each call allocates its result.
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * Simple moving average, see {@link IndicatorKernels#sma}.
     *
     * @param values the input, finite
     * @param n      the period, {@code 1 <= n <= values.length}
     * @return the SMA, defined from index {@code n − 1}
     */
    public static IndicatorValues sma(double[] values, int n) {
        double[] out = new double[checkSeries(values, "values").length];
        return new IndicatorValues(out, IndicatorKernels.sma(values, checkPeriod(n, 1, values.length, "n"), out));
    }

    /**
     * Exponential moving average seeded with the SMA of the first {@code n} values, see
     * {@link IndicatorKernels#ema}.
     *
     * @param values the input, finite
     * @param n      the period, {@code 1 <= n <= values.length}
     * @return the EMA, defined from index {@code n − 1}
     */
    public static IndicatorValues ema(double[] values, int n) {
        double[] out = new double[checkSeries(values, "values").length];
        return new IndicatorValues(out, IndicatorKernels.ema(values, checkPeriod(n, 1, values.length, "n"), out));
    }

    /**
     * Wilder RSI, see {@link IndicatorKernels#rsi}.
     *
     * @param closes the closes, finite
     * @param n      the period, {@code 1 <= n <= closes.length − 1}
     * @return the RSI in [0, 100], defined from index {@code n}
     */
    public static IndicatorValues rsi(double[] closes, int n) {
        double[] out = new double[checkSeries(closes, "closes").length];
        return new IndicatorValues(out, IndicatorKernels.rsi(closes, checkPeriod(n, 1, closes.length - 1, "n"), out));
    }

    /**
     * The MACD line, signal and histogram, see {@link IndicatorKernels#macd}.
     *
     * @param closes the closes, finite
     * @param fast   the fast period, {@code >= 1}
     * @param slow   the slow period, {@code > fast}
     * @param signal the signal period, {@code >= 1}, with {@code slow + signal − 1 <= closes.length}
     * @return {@code [line, signal, histogram]}
     */
    public static IndicatorValues[] macd(double[] closes, int fast, int slow, int signal) {
        int len = checkSeries(closes, "closes").length;
        checkPeriod(fast, 1, len, "fast");
        ArgChecks.check(slow > fast, "slow", slow, "must exceed fast = " + fast);
        checkPeriod(slow, 2, len, "slow");
        checkPeriod(signal, 1, len - slow + 1, "signal");
        double[] line = new double[len];
        double[] sig = new double[len];
        double[] hist = new double[len];
        int first = IndicatorKernels.macd(closes, fast, slow, signal, line, sig, hist);
        return new IndicatorValues[] {new IndicatorValues(line, slow - 1), new IndicatorValues(sig, first),
            new IndicatorValues(hist, first)};
    }

    /**
     * Bollinger Bands (population standard deviation), see {@link IndicatorKernels#bollinger}.
     *
     * @param closes the closes, positive
     * @param n      the period, {@code 1 <= n <= closes.length}
     * @param k      the width in standard deviations, positive
     * @return {@code [middle, upper, lower, percentB, bandwidth]}, each defined from {@code n − 1}
     */
    public static IndicatorValues[] bollinger(double[] closes, int n, double k) {
        int len = checkPositiveSeries(closes, "closes").length;
        checkPeriod(n, 1, len, "n");
        ArgChecks.positive(k, "k");
        double[][] o = new double[5][len];
        int first = IndicatorKernels.bollinger(closes, n, k, o[0], o[1], o[2], o[3], o[4]);
        IndicatorValues[] result = new IndicatorValues[5];
        for (int j = 0; j < 5; j++) {
            result[j] = new IndicatorValues(o[j], first);
        }
        return result;
    }

    /**
     * True range (first bar: high − low), see {@link IndicatorKernels#trueRange}.
     *
     * @param high  highs
     * @param low   lows, at most the highs
     * @param close closes
     * @return the true range, defined from index 0
     */
    public static IndicatorValues trueRange(double[] high, double[] low, double[] close) {
        checkBars(high, low, close);
        double[] out = new double[high.length];
        return new IndicatorValues(out, IndicatorKernels.trueRange(high, low, close, out));
    }

    /**
     * Wilder ATR, see {@link IndicatorKernels#atr}.
     *
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @param n     the period, {@code 1 <= n <= length − 1}
     * @return the ATR, defined from index {@code n}
     */
    public static IndicatorValues atr(double[] high, double[] low, double[] close, int n) {
        checkBars(high, low, close);
        double[] out = new double[high.length];
        return new IndicatorValues(out,
                IndicatorKernels.atr(high, low, close, checkPeriod(n, 1, high.length - 1, "n"), out));
    }

    /**
     * Price momentum {@code x_i / x_{i−n} − 1}, see {@link IndicatorKernels#momentum}.
     *
     * @param closes the closes, positive
     * @param n      the look-back, {@code 1 <= n <= closes.length − 1}
     * @return the momentum, defined from index {@code n}
     */
    public static IndicatorValues momentum(double[] closes, int n) {
        double[] out = new double[checkPositiveSeries(closes, "closes").length];
        return new IndicatorValues(out,
                IndicatorKernels.momentum(closes, checkPeriod(n, 1, closes.length - 1, "n"), out));
    }

    /**
     * Difference {@code x_i − x_{i−n}} (volume momentum), see {@link IndicatorKernels#difference}.
     *
     * @param values the input, finite
     * @param n      the look-back, {@code 1 <= n <= values.length − 1}
     * @return the difference, defined from index {@code n}
     */
    public static IndicatorValues difference(double[] values, int n) {
        double[] out = new double[checkSeries(values, "values").length];
        return new IndicatorValues(out,
                IndicatorKernels.difference(values, checkPeriod(n, 1, values.length - 1, "n"), out));
    }

    /**
     * Volume ratio {@code v / SMA(v, n)}, see {@link IndicatorKernels#volumeRatio}.
     *
     * @param volumes the volumes, zero or positive
     * @param n       the period, {@code 1 <= n <= volumes.length}
     * @return the ratio, defined from index {@code n − 1}
     */
    public static IndicatorValues volumeRatio(double[] volumes, int n) {
        checkSeries(volumes, "volumes");
        for (int i = 0; i < volumes.length; i++) {
            ArgChecks.check(volumes[i] >= 0, "volumes[" + i + "]", volumes[i], "must be zero or positive");
        }
        double[] out = new double[volumes.length];
        return new IndicatorValues(out,
                IndicatorKernels.volumeRatio(volumes, checkPeriod(n, 1, volumes.length, "n"), out));
    }

    /**
     * One-bar log returns, see {@link IndicatorKernels#logReturn}.
     *
     * @param closes the closes, positive, at least 2
     * @return the log returns, defined from index 1
     */
    public static IndicatorValues logReturn(double[] closes) {
        int len = checkPositiveSeries(closes, "closes").length;
        ArgChecks.check(len >= 2, "closes.length", len, "must be at least 2");
        double[] out = new double[len];
        return new IndicatorValues(out, IndicatorKernels.logReturn(closes, out));
    }

    /**
     * Annualized realized volatility (sample standard deviation of log returns ×
     * √periodsPerYear), see {@link IndicatorKernels#realizedVolatility}.
     *
     * @param closes         the closes, positive
     * @param n              the number of returns, {@code 2 <= n <= closes.length − 1}
     * @param periodsPerYear the annualization factor, positive (252 for daily bars)
     * @return the volatility, defined from index {@code n}
     */
    public static IndicatorValues realizedVolatility(double[] closes, int n, double periodsPerYear) {
        double[] out = new double[checkPositiveSeries(closes, "closes").length];
        checkPeriod(n, 2, closes.length - 1, "n");
        ArgChecks.positive(periodsPerYear, "periodsPerYear");
        return new IndicatorValues(out, IndicatorKernels.realizedVolatility(closes, n, periodsPerYear, out));
    }

    /**
     * Lag by {@code k}: the value {@code k} indices earlier, see {@link IndicatorKernels#lag}.
     *
     * @param values the input, finite
     * @param k      the lag, {@code 1 <= k <= values.length − 1}
     * @return the lagged values, defined from index {@code k}
     */
    public static IndicatorValues lag(double[] values, int k) {
        double[] out = new double[checkSeries(values, "values").length];
        return new IndicatorValues(out, IndicatorKernels.lag(values, 0, checkPeriod(k, 1, values.length - 1, "k"), out));
    }

    /**
     * Rolling rank {@code (x − min)/(max − min)}, see {@link IndicatorKernels#rollingRank}.
     *
     * @param values the input, finite
     * @param n      the window, {@code 1 <= n <= values.length}
     * @return the rank in [0, 1], defined from index {@code n − 1}
     */
    public static IndicatorValues rollingRank(double[] values, int n) {
        double[] out = new double[checkSeries(values, "values").length];
        return new IndicatorValues(out, IndicatorKernels.rollingRank(values, checkPeriod(n, 1, values.length, "n"), out));
    }

    /**
     * Rolling percentile, see {@link IndicatorKernels#rollingPercentile}.
     *
     * @param values the input, finite
     * @param n      the window, {@code 2 <= n <= values.length}
     * @return the percentile in [0, 1], defined from index {@code n − 1}
     */
    public static IndicatorValues rollingPercentile(double[] values, int n) {
        double[] out = new double[checkSeries(values, "values").length];
        return new IndicatorValues(out,
                IndicatorKernels.rollingPercentile(values, checkPeriod(n, 2, values.length, "n"), out));
    }

    // ---------------------------------------------------------------- validation

    /**
     * Checks a series: not null, not empty, every value finite.
     *
     * @param values the series
     * @param name   its argument name
     * @return {@code values}
     * @throws IllegalArgumentException naming the first bad index and value
     */
    static double[] checkSeries(double[] values, String name) {
        ArgChecks.notNull(values, name);
        ArgChecks.check(values.length > 0, name + ".length", 0, "must be positive (empty series)");
        return ArgChecks.allFinite(values, name);
    }

    private static double[] checkPositiveSeries(double[] values, String name) {
        checkSeries(values, name);
        for (int i = 0; i < values.length; i++) {
            ArgChecks.check(values[i] > 0, name + "[" + i + "]", values[i], "must be positive");
        }
        return values;
    }

    private static void checkBars(double[] high, double[] low, double[] close) {
        int len = checkSeries(high, "high").length;
        ArgChecks.sameLength(checkSeries(low, "low").length, len, "low");
        ArgChecks.sameLength(checkSeries(close, "close").length, len, "close");
        for (int i = 0; i < len; i++) {
            ArgChecks.check(low[i] <= high[i], "low[" + i + "]", low[i], "must not exceed high[" + i + "] = " + high[i]);
        }
    }

    /**
     * Checks a period against its minimum and the most the series allows.
     *
     * @throws IllegalArgumentException e.g. {@code "n must be in [1, 20] (the series has too few
     *                                  values for a longer period), was 30"}
     */
    static int checkPeriod(int period, int min, int max, String name) {
        ArgChecks.check(period >= min, name, period, "must be at least " + min);
        ArgChecks.check(period <= max, name, period,
                "is longer than the series allows (at most " + max + " for this input)");
        return period;
    }
}
