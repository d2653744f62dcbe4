package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;

/**
 * Open, high, low and close prices as four {@code double[]} columns: the input of the
 * {@link Backtester} and of {@link StrategyFamily strategy families}.
 *
 * <p>Every bar is checked once, when made: prices finite and strictly positive,
 * {@code low <= open, close <= high}. Indexes are 0-based bars in time order. Prices are in the
 * instrument's currency (or index points).
 *
 * <p>The close-to-close log returns are computed once, when made, for the volatility filters.
 *
 * <p>Immutable and thread-safe: the arrays are copied in, and accessors returning arrays return
 * copies.
 */
public final class PriceBars {

    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    /** {@code ln(close[i] / close[i - 1])}, 0 at index 0: computed once, as every volatility needs it. */
    final double[] logReturn;

    private PriceBars(double[] open, double[] high, double[] low, double[] close) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.logReturn = new double[close.length];
        for (int i = 1; i < close.length; i++) {
            logReturn[i] = Math.log(close[i] / close[i - 1]);
        }
    }

    /**
     * Prices from arrays (copied).
     *
     * @param open  opening prices
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @return the bars
     * @throws IllegalArgumentException if an array is null, the lengths differ, or a bar is invalid
     *                                  (see the class description); the message names the array,
     *                                  the index and the value
     */
    public static PriceBars of(double[] open, double[] high, double[] low, double[] close) {
        int n = ArgChecks.notNull(open, "open").length;
        ArgChecks.sameLength(ArgChecks.notNull(high, "high").length, n, "high");
        ArgChecks.sameLength(ArgChecks.notNull(low, "low").length, n, "low");
        ArgChecks.sameLength(ArgChecks.notNull(close, "close").length, n, "close");
        double[] o = open.clone();
        double[] h = high.clone();
        double[] l = low.clone();
        double[] c = close.clone();
        for (int i = 0; i < n; i++) {
            positive(o, i, "open");
            positive(h, i, "high");
            positive(l, i, "low");
            positive(c, i, "close");
            if (!(l[i] <= o[i] && o[i] <= h[i])) {
                throw new IllegalArgumentException("bar " + i + ": open " + o[i] + " must be in [low " + l[i]
                        + ", high " + h[i] + "]");
            }
            if (!(l[i] <= c[i] && c[i] <= h[i])) {
                throw new IllegalArgumentException("bar " + i + ": close " + c[i] + " must be in [low " + l[i]
                        + ", high " + h[i] + "]");
            }
        }
        return new PriceBars(o, h, l, c);
    }

    /**
     * The prices of a bar series (already validated by {@link BarSeries}).
     *
     * @param series the series
     * @return the bars, same indexes as the series
     * @throws IllegalArgumentException if {@code series} is null
     */
    public static PriceBars of(BarSeries series) {
        ArgChecks.notNull(series, "series");
        return new PriceBars(series.toArray(BarSeries.Column.OPEN), series.toArray(BarSeries.Column.HIGH),
                series.toArray(BarSeries.Column.LOW), series.toArray(BarSeries.Column.CLOSE));
    }

    /**
     * Bars {@code [from, to)} as a new series indexed from 0.
     *
     * @param fromInclusive the first bar
     * @param toExclusive   one past the last bar
     * @return the slice
     * @throws IllegalArgumentException if {@code 0 <= from <= to <= size()} does not hold
     */
    public PriceBars slice(int fromInclusive, int toExclusive) {
        ArgChecks.inRange(fromInclusive, 0, size(), "fromInclusive");
        ArgChecks.inRange(toExclusive, fromInclusive, size(), "toExclusive");
        return new PriceBars(java.util.Arrays.copyOfRange(open, fromInclusive, toExclusive),
                java.util.Arrays.copyOfRange(high, fromInclusive, toExclusive),
                java.util.Arrays.copyOfRange(low, fromInclusive, toExclusive),
                java.util.Arrays.copyOfRange(close, fromInclusive, toExclusive));
    }

    /**
     * The number of bars.
     *
     * @return the size, zero or more
     */
    public int size() {
        return close.length;
    }

    /**
     * The opening price of a bar.
     *
     * @param i the bar
     * @return the price
     * @throws IndexOutOfBoundsException if out of range
     */
    public double open(int i) {
        return open[i];
    }

    /**
     * The high of a bar.
     *
     * @param i the bar
     * @return the price
     * @throws IndexOutOfBoundsException if out of range
     */
    public double high(int i) {
        return high[i];
    }

    /**
     * The low of a bar.
     *
     * @param i the bar
     * @return the price
     * @throws IndexOutOfBoundsException if out of range
     */
    public double low(int i) {
        return low[i];
    }

    /**
     * The close of a bar.
     *
     * @param i the bar
     * @return the price
     * @throws IndexOutOfBoundsException if out of range
     */
    public double close(int i) {
        return close[i];
    }

    /**
     * A copy of the closes.
     *
     * @return a new array
     */
    public double[] closes() {
        return close.clone();
    }

    /**
     * A copy of the close-to-close log returns {@code ln(close[i] / close[i - 1])}, with 0 at index 0.
     *
     * @return a new array, one value per bar
     */
    public double[] logReturns() {
        return logReturn.clone();
    }

    private static void positive(double[] a, int i, String name) {
        if (!(a[i] > 0) || a[i] == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + "[" + i + "] must be positive and finite, was " + a[i]);
        }
    }
}
