package io.swiftbolt.core.series;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Period returns of a price path: static kernels on {@code double[]}.
 *
 * <p>For prices {@code p[0..n-1]} the returns have length {@code n - 1} (zero when {@code n < 2}):
 * <ul>
 *   <li>simple: {@code r[i] = p[i + 1] / p[i] - 1}, a decimal fraction (0.01 = 1 %);</li>
 *   <li>log (continuously compounded): {@code r[i] = ln(p[i + 1] / p[i])}.</li>
 * </ul>
 * Return {@code i} belongs to the period that ends at price {@code i + 1}.
 *
 * <p>Every public method validates its arguments (prices finite and strictly positive, output
 * long enough) and throws {@link IllegalArgumentException} naming the argument and value; the
 * validation is one extra pass over the input. The variants taking an output array write into it
 * and allocate nothing.
 *
 * <p>Thread-safe (stateless).
 */
public final class Returns {

    private Returns() {
    }

    /**
     * Simple returns {@code p[i + 1] / p[i] - 1} of a price path.
     *
     * @param prices prices, finite and strictly positive
     * @return a new array of length {@code max(0, prices.length - 1)}, decimal fractions
     * @throws IllegalArgumentException if {@code prices} is null or holds a price that is NaN,
     *                                  infinite, zero or negative
     */
    public static double[] simple(double[] prices) {
        checkPrices(prices, 0, lengthOf(prices));
        double[] out = new double[returnCount(prices.length)];
        simpleUnchecked(prices, 0, prices.length, out, 0);
        return out;
    }

    /**
     * Simple returns of {@code prices}, written into {@code out[0 .. prices.length - 2]}.
     *
     * @param prices prices, finite and strictly positive
     * @param out    destination, at least {@code prices.length - 1} long; other elements are
     *               left as they were
     * @throws IllegalArgumentException if an argument is null, a price is not finite and
     *                                  positive, or {@code out} is too short
     */
    public static void simple(double[] prices, double[] out) {
        simple(prices, 0, lengthOf(prices), out, 0);
    }

    /**
     * Simple returns of the price range {@code prices[from .. from + length - 1]}, written into
     * {@code out[outOffset .. outOffset + length - 2]}: no copy of the prices and no allocation.
     *
     * @param prices    prices; those in the range must be finite and strictly positive
     * @param from      index of the first price of the range
     * @param length    number of prices in the range (zero or one gives no returns)
     * @param out       destination
     * @param outOffset index in {@code out} of the first return
     * @throws IllegalArgumentException if an array is null, the range lies outside an array, or a
     *                                  price in the range is not finite and positive
     */
    public static void simple(double[] prices, int from, int length, double[] out, int outOffset) {
        checkRange(prices, from, length, out, outOffset);
        simpleUnchecked(prices, from, length, out, outOffset);
    }

    /**
     * Log returns {@code ln(p[i + 1] / p[i])} of a price path.
     *
     * @param prices prices, finite and strictly positive
     * @return a new array of length {@code max(0, prices.length - 1)}, continuously compounded
     * @throws IllegalArgumentException if {@code prices} is null or holds a price that is NaN,
     *                                  infinite, zero or negative
     */
    public static double[] log(double[] prices) {
        checkPrices(prices, 0, lengthOf(prices));
        double[] out = new double[returnCount(prices.length)];
        logUnchecked(prices, 0, prices.length, out, 0);
        return out;
    }

    /**
     * Log returns of {@code prices}, written into {@code out[0 .. prices.length - 2]}.
     *
     * @param prices prices, finite and strictly positive
     * @param out    destination, at least {@code prices.length - 1} long
     * @throws IllegalArgumentException if an argument is null, a price is not finite and
     *                                  positive, or {@code out} is too short
     */
    public static void log(double[] prices, double[] out) {
        log(prices, 0, lengthOf(prices), out, 0);
    }

    /**
     * Log returns of the price range {@code prices[from .. from + length - 1]}, written into
     * {@code out[outOffset .. outOffset + length - 2]}.
     *
     * @param prices    prices; those in the range must be finite and strictly positive
     * @param from      index of the first price of the range
     * @param length    number of prices in the range (zero or one gives no returns)
     * @param out       destination
     * @param outOffset index in {@code out} of the first return
     * @throws IllegalArgumentException if an array is null, the range lies outside an array, or a
     *                                  price in the range is not finite and positive
     */
    public static void log(double[] prices, int from, int length, double[] out, int outOffset) {
        checkRange(prices, from, length, out, outOffset);
        logUnchecked(prices, from, length, out, outOffset);
    }

    // ---------------------------------------------------------------- unchecked kernels

    /** Simple returns without validation; the caller guarantees valid prices and bounds. */
    static void simpleUnchecked(double[] prices, int from, int length, double[] out, int outOffset) {
        double previous = length > 0 ? prices[from] : 0.0;
        for (int i = 1; i < length; i++) {
            double current = prices[from + i];
            out[outOffset + i - 1] = current / previous - 1.0;
            previous = current;
        }
    }

    /** Log returns without validation; the caller guarantees valid prices and bounds. */
    static void logUnchecked(double[] prices, int from, int length, double[] out, int outOffset) {
        double previous = length > 0 ? prices[from] : 0.0;
        for (int i = 1; i < length; i++) {
            double current = prices[from + i];
            out[outOffset + i - 1] = Math.log(current / previous);
            previous = current;
        }
    }

    static int returnCount(int priceCount) {
        return Math.max(0, priceCount - 1);
    }

    // ---------------------------------------------------------------- validation

    private static int lengthOf(double[] prices) {
        return ArgChecks.notNull(prices, "prices").length;
    }

    private static void checkRange(double[] prices, int from, int length, double[] out, int outOffset) {
        ArgChecks.notNull(prices, "prices");
        ArgChecks.notNull(out, "out");
        ArgChecks.inRange(from, 0, prices.length, "from");
        ArgChecks.inRange(length, 0, prices.length - from, "length");
        int count = returnCount(length);
        ArgChecks.check(outOffset >= 0 && outOffset <= out.length - count, "outOffset", outOffset,
                "must leave room for " + count + " returns in out of length " + out.length);
        checkPrices(prices, from, length);
    }

    private static void checkPrices(double[] prices, int from, int length) {
        for (int i = from; i < from + length; i++) {
            double p = prices[i];
            if (!(p > 0) || p == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "prices[" + i + "] must be positive and finite, was " + p);
            }
        }
    }
}
