package io.swiftbolt.ml.features.indicators;

/**
 * Technical-indicator kernels: static batch computations on {@code double[]} for hot loops.
 *
 * <p><b>Output convention.</b> Every kernel writes its output(s) into caller-supplied arrays of
 * at least the input's length and returns the index of the first <em>defined</em> output (its
 * warm-up length). Entries before that index are <em>not written</em>: the kernel leaves them as
 * the caller set them, so "not yet defined" is stated by the returned index, never by a value. A
 * value at index {@code i} depends only on inputs at indices {@code <= i} (no look-ahead). No
 * allocation; each kernel is one pass over the data, O(n) whatever the period.
 *
 * <p><b>Conventions</b> (those of R's TTR and TA-Lib):
 * <ul>
 *   <li>SMA: arithmetic mean of the last {@code n} values, first defined at {@code n − 1}; kept
 *       as a running sum (add the new value, subtract the one leaving).</li>
 *   <li>EMA: {@code α = 2/(n+1)}, {@code e_i = α·x_i + (1−α)·e_{i−1}}, <em>seeded</em> with the
 *       simple average of the first {@code n} values at index {@code n − 1}.</li>
 *   <li>Wilder smoothing (RSI, ATR): {@code α = 1/n}, same recurrence, seeded with the simple
 *       average of the first {@code n} changes / true ranges counted from the second bar on, so
 *       the first value is at index {@code n}.</li>
 *   <li>Standard deviations in Bollinger Bands are <em>population</em> ({@code / n}); realized
 *       volatility uses the <em>sample</em> standard deviation ({@code / (n − 1)}).</li>
 *   <li>The true range of the first bar is {@code high − low}.</li>
 * </ul>
 *
 * <p><b>Domain.</b> Kernels do not validate: they expect non-null arrays of equal sufficient
 * length, finite values (prices strictly positive where a ratio or logarithm is taken), and
 * {@code 1 <= n <= length}. {@link Indicators} is the validated layer on top. The O(1)
 * streaming classes ({@link Sma}, {@link Ema}, …) run the same recurrences in the same order,
 * so their values equal these to the last bit in practice (tests assert 1e-12).
 *
 * <p>Stateless and thread-safe.
 */
public final class IndicatorKernels {

    /** The neutral value given to RSI when the average gain and the average loss are both zero. */
    public static final double RSI_FLAT = 50.0;
    /** The value given to %B, IV rank and similar position-in-range ratios when the range is zero. */
    public static final double FLAT_RANGE_POSITION = 0.5;

    private IndicatorKernels() {
    }

    /**
     * Simple moving average over {@code n} values.
     *
     * @param x   the input
     * @param n   the period, {@code 1 <= n <= x.length}
     * @param out the output; {@code out[i]} for {@code i >= n − 1} is the mean of {@code x[i−n+1..i]}
     * @return {@code n − 1}, the first defined index
     */
    public static int sma(double[] x, int n, double[] out) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        out[n - 1] = sum / n;
        for (int i = n; i < x.length; i++) {
            sum += x[i] - x[i - n];
            out[i] = sum / n;
        }
        return n - 1;
    }

    /**
     * Exponential moving average with {@code α = 2/(n+1)}, seeded with the SMA of the first
     * {@code n} values (TTR {@code EMA(x, n)}, TA-Lib {@code EMA}).
     *
     * @param x   the input
     * @param n   the period, {@code 1 <= n <= x.length}
     * @param out the output
     * @return {@code n − 1}, the first defined index
     */
    public static int ema(double[] x, int n, double[] out) {
        return smoothed(x, 0, n, 2.0 / (n + 1), out);
    }

    /**
     * Exponential smoothing with factor {@code alpha} of {@code x[from..]}, seeded with the mean
     * of {@code x[from .. from+n−1]}; shared by EMA ({@code α = 2/(n+1)}) and Wilder ({@code 1/n}).
     */
    static int smoothed(double[] x, int from, int n, double alpha, double[] out) {
        double beta = 1.0 - alpha;
        double sum = 0.0;
        int seedIndex = from + n - 1;
        for (int i = from; i <= seedIndex; i++) {
            sum += x[i];
        }
        double e = sum / n;
        out[seedIndex] = e;
        for (int i = seedIndex + 1; i < x.length; i++) {
            e = alpha * x[i] + beta * e;
            out[i] = e;
        }
        return seedIndex;
    }

    /**
     * Relative strength index with Wilder smoothing (TTR {@code RSI(x, n)}, TA-Lib {@code RSI}):
     * changes {@code d_i = x_i − x_{i−1}} from the second value on are split into gains and
     * losses; their averages are seeded with the simple mean of the first {@code n} changes and
     * then smoothed with {@code α = 1/n}; {@code RSI = 100·avgGain/(avgGain + avgLoss)}, in
     * {@code [0, 100]}, and {@link #RSI_FLAT} (50) when both averages are zero.
     *
     * @param x   the input (closes)
     * @param n   the period, {@code 1 <= n <= x.length − 1}
     * @param out the output
     * @return {@code n}, the first defined index
     */
    public static int rsi(double[] x, int n, double[] out) {
        double alpha = 1.0 / n;
        double beta = 1.0 - alpha;
        double gains = 0.0;
        double losses = 0.0;
        for (int i = 1; i <= n; i++) {
            double d = x[i] - x[i - 1];
            if (d > 0) {
                gains += d;
            } else {
                losses -= d;
            }
        }
        double avgGain = gains / n;
        double avgLoss = losses / n;
        out[n] = rsiOf(avgGain, avgLoss);
        for (int i = n + 1; i < x.length; i++) {
            double d = x[i] - x[i - 1];
            double gain = d > 0 ? d : 0.0;
            double loss = d < 0 ? -d : 0.0;
            avgGain = alpha * gain + beta * avgGain;
            avgLoss = alpha * loss + beta * avgLoss;
            out[i] = rsiOf(avgGain, avgLoss);
        }
        return n;
    }

    static double rsiOf(double avgGain, double avgLoss) {
        double total = avgGain + avgLoss;
        return total == 0.0 ? RSI_FLAT : 100.0 * avgGain / total;
    }

    /**
     * MACD (TTR {@code MACD(x, fast, slow, signal, percent = FALSE)}): line = EMA(fast) −
     * EMA(slow), each EMA seeded as in {@link #ema}, defined from index {@code slow − 1}; signal =
     * EMA(signal) of the line, seeded with the mean of the first {@code signal} line values,
     * defined from index {@code slow + signal − 2}; histogram = line − signal.
     *
     * @param x         the input (closes)
     * @param fast      the fast period, {@code 1 <= fast < slow}
     * @param slow      the slow period, {@code slow + signal − 1 <= x.length}
     * @param signal    the signal period, {@code >= 1}
     * @param line      the MACD line output, defined from {@code slow − 1}
     * @param signalOut the signal output, defined from the returned index
     * @param histogram the histogram output, defined from the returned index
     * @return {@code slow + signal − 2}, the first index where signal and histogram are defined
     */
    public static int macd(double[] x, int fast, int slow, int signal, double[] line, double[] signalOut,
                           double[] histogram) {
        double aFast = 2.0 / (fast + 1);
        double bFast = 1.0 - aFast;
        double aSlow = 2.0 / (slow + 1);
        double bSlow = 1.0 - aSlow;
        double aSig = 2.0 / (signal + 1);
        double bSig = 1.0 - aSig;
        double fastSum = 0.0;
        double slowSum = 0.0;
        double eFast = 0.0;
        double eSlow = 0.0;
        for (int i = 0; i < slow; i++) {
            double v = x[i];
            if (i < fast) {
                fastSum += v;
                if (i == fast - 1) {
                    eFast = fastSum / fast;
                }
            } else {
                eFast = aFast * v + bFast * eFast;
            }
            slowSum += v;
        }
        eSlow = slowSum / slow;
        int first = slow - 1;
        int sigStart = first + signal - 1;
        double sigSum = 0.0;
        double eSig = 0.0;
        for (int i = first; i < x.length; i++) {
            if (i > first) {
                double v = x[i];
                eFast = aFast * v + bFast * eFast;
                eSlow = aSlow * v + bSlow * eSlow;
            }
            double m = eFast - eSlow;
            line[i] = m;
            if (i < sigStart) {
                sigSum += m;
            } else {
                if (i == sigStart) {
                    eSig = (sigSum + m) / signal;
                } else {
                    eSig = aSig * m + bSig * eSig;
                }
                signalOut[i] = eSig;
                histogram[i] = m - eSig;
            }
        }
        return sigStart;
    }

    /**
     * Bollinger Bands (TTR {@code BBands(x, n, sd = k)}): middle = SMA(n); upper/lower = middle ±
     * k·σ with σ the <em>population</em> standard deviation of the window; %B =
     * {@code (x − lower)/(upper − lower)} ({@link #FLAT_RANGE_POSITION} when the bands coincide);
     * bandwidth = {@code (upper − lower)/middle} (a decimal, not a percent). σ is kept by a
     * sliding update of the sum of squared deviations (numerically stable, O(1) per bar).
     *
     * @param x         the input (closes), positive
     * @param n         the period, {@code 1 <= n <= x.length}
     * @param k         the width in standard deviations, e.g. 2
     * @param middle    middle band output
     * @param upper     upper band output
     * @param lower     lower band output
     * @param percentB  %B output
     * @param bandwidth bandwidth output
     * @return {@code n − 1}, the first defined index of every output
     */
    public static int bollinger(double[] x, int n, double k, double[] middle, double[] upper, double[] lower,
                                double[] percentB, double[] bandwidth) {
        double sum = 0.0;
        double m2 = 0.0;
        for (int i = 0; i < n; i++) {
            double oldMean = i == 0 ? 0.0 : sum / i;
            sum += x[i];
            m2 = Moments.add(m2, x[i], oldMean, sum / (i + 1));
        }
        writeBands(x[n - 1], sum / n, m2, n, k, n - 1, middle, upper, lower, percentB, bandwidth);
        for (int i = n; i < x.length; i++) {
            double oldMean = sum / n;
            sum += x[i] - x[i - n];
            double mean = sum / n;
            m2 = Moments.replace(m2, x[i], x[i - n], oldMean, mean);
            if (Moments.resync(i, n)) {
                sum = Moments.sum(x, i - n + 1, n);
                mean = sum / n;
                m2 = Moments.m2(x, i - n + 1, n, mean);
            }
            writeBands(x[i], mean, m2, n, k, i, middle, upper, lower, percentB, bandwidth);
        }
        return n - 1;
    }

    private static void writeBands(double value, double mean, double m2, int n, double k, int i, double[] middle,
                                   double[] upper, double[] lower, double[] percentB, double[] bandwidth) {
        double width = k * Moments.populationSd(m2, n);
        double up = mean + width;
        double dn = mean - width;
        middle[i] = mean;
        upper[i] = up;
        lower[i] = dn;
        percentB[i] = percentB(value, up, dn);
        bandwidth[i] = (up - dn) / mean;
    }

    static double percentB(double value, double upper, double lower) {
        double range = upper - lower;
        return range == 0.0 ? FLAT_RANGE_POSITION : (value - lower) / range;
    }

    /**
     * True range: {@code max(high_i, close_{i−1}) − min(low_i, close_{i−1})}, and
     * {@code high_0 − low_0} for the first bar.
     *
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @param out   the output
     * @return 0, the first defined index
     */
    public static int trueRange(double[] high, double[] low, double[] close, double[] out) {
        if (high.length == 0) {
            return 0;
        }
        out[0] = high[0] - low[0];
        for (int i = 1; i < high.length; i++) {
            out[i] = trueRange(high[i], low[i], close[i - 1]);
        }
        return 0;
    }

    static double trueRange(double high, double low, double previousClose) {
        return Math.max(high, previousClose) - Math.min(low, previousClose);
    }

    /**
     * Average true range with Wilder smoothing (TTR {@code ATR(HLC, n)}, TA-Lib {@code ATR}):
     * seeded with the mean of the true ranges of bars {@code 1..n} (the first bar's range is not
     * part of the seed), then {@code atr_i = tr_i/n + (1 − 1/n)·atr_{i−1}}.
     *
     * @param high  highs
     * @param low   lows
     * @param close closes
     * @param n     the period, {@code 1 <= n <= length − 1}
     * @param out   the output
     * @return {@code n}, the first defined index
     */
    public static int atr(double[] high, double[] low, double[] close, int n, double[] out) {
        double alpha = 1.0 / n;
        double beta = 1.0 - alpha;
        double sum = 0.0;
        for (int i = 1; i <= n; i++) {
            sum += trueRange(high[i], low[i], close[i - 1]);
        }
        double a = sum / n;
        out[n] = a;
        for (int i = n + 1; i < high.length; i++) {
            a = alpha * trueRange(high[i], low[i], close[i - 1]) + beta * a;
            out[i] = a;
        }
        return n;
    }

    /**
     * Price momentum as a rate of change: {@code x_i / x_{i−n} − 1} (a decimal; TTR
     * {@code ROC(x, n, type = "discrete")}).
     *
     * @param x   the input, positive
     * @param n   the look-back, {@code 1 <= n <= x.length − 1}
     * @param out the output
     * @return {@code n}, the first defined index
     */
    public static int momentum(double[] x, int n, double[] out) {
        for (int i = n; i < x.length; i++) {
            out[i] = x[i] / x[i - n] - 1.0;
        }
        return n;
    }

    /**
     * Difference over {@code n} bars: {@code x_i − x_{i−n}} (TTR {@code momentum(x, n)}); used
     * for volume momentum, in the input's units (shares).
     *
     * @param x   the input
     * @param n   the look-back, {@code 1 <= n <= x.length − 1}
     * @param out the output
     * @return {@code n}, the first defined index
     */
    public static int difference(double[] x, int n, double[] out) {
        for (int i = n; i < x.length; i++) {
            out[i] = x[i] - x[i - n];
        }
        return n;
    }

    /**
     * Volume ratio: {@code v_i / SMA(v, n)_i}, the bar's volume relative to its {@code n}-bar
     * average (which includes the bar); 1 when the average is zero (every volume in the window
     * is then zero).
     *
     * @param volume volumes, zero or positive
     * @param n      the period, {@code 1 <= n <= volume.length}
     * @param out    the output
     * @return {@code n − 1}, the first defined index
     */
    public static int volumeRatio(double[] volume, int n, double[] out) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += volume[i];
        }
        out[n - 1] = ratioToMean(volume[n - 1], sum / n);
        for (int i = n; i < volume.length; i++) {
            sum += volume[i] - volume[i - n];
            out[i] = ratioToMean(volume[i], sum / n);
        }
        return n - 1;
    }

    static double ratioToMean(double value, double mean) {
        return mean == 0.0 ? 1.0 : value / mean;
    }

    /**
     * One-bar log return {@code ln(x_i / x_{i−1})}.
     *
     * @param x   the input, positive
     * @param out the output
     * @return 1, the first defined index
     */
    public static int logReturn(double[] x, double[] out) {
        for (int i = 1; i < x.length; i++) {
            out[i] = Math.log(x[i] / x[i - 1]);
        }
        return 1;
    }

    /**
     * Realized volatility: the <em>sample</em> standard deviation ({@code / (n − 1)}) of the last
     * {@code n} one-bar log returns, times {@code √periodsPerYear} (annualized, a decimal: 0.2 is
     * 20 %). Allocates one window of {@code n} doubles per call. Equals TTR {@code runSD(ROC(x, type = "continuous"), n) * sqrt(periodsPerYear)}.
     *
     * @param x              the input (closes), positive
     * @param n              the number of returns, {@code 2 <= n <= x.length − 1}
     * @param periodsPerYear the annualization factor, e.g. 252 for daily bars
     * @param out            the output
     * @return {@code n}, the first defined index
     */
    public static int realizedVolatility(double[] x, int n, double periodsPerYear, double[] out) {
        double annualize = Math.sqrt(periodsPerYear);
        double sum = 0.0;
        double m2 = 0.0;
        for (int j = 1; j <= n; j++) {
            double r = Math.log(x[j] / x[j - 1]);
            double oldMean = j == 1 ? 0.0 : sum / (j - 1);
            sum += r;
            m2 = Moments.add(m2, r, oldMean, sum / j);
        }
        out[n] = Moments.sampleSd(m2, n) * annualize;
        double[] window = new double[n];
        for (int i = n + 1; i < x.length; i++) {
            double r = Math.log(x[i] / x[i - 1]);
            double leaving = Math.log(x[i - n] / x[i - n - 1]);
            double oldMean = sum / n;
            sum += r - leaving;
            m2 = Moments.replace(m2, r, leaving, oldMean, sum / n);
            // Return j = i is the (i − 1)-th return (0-based); resync on the returns' schedule.
            if (Moments.resync(i - 1, n)) {
                for (int j = 0; j < n; j++) {
                    window[j] = Math.log(x[i - n + 1 + j] / x[i - n + j]);
                }
                sum = Moments.sum(window, 0, n);
                m2 = Moments.m2(window, 0, n, sum / n);
            }
            out[i] = Moments.sampleSd(m2, n) * annualize;
        }
        return n;
    }

    /**
     * Lag by {@code k} bars: {@code out[i] = x[i − k]} for {@code i >= first + k}.
     *
     * @param x     the input
     * @param first the first defined index of {@code x}
     * @param k     the lag, {@code >= 1}
     * @param out   the output, not {@code x}
     * @return {@code first + k}, the first defined index (may be {@code >= x.length}: never
     *         defined)
     */
    public static int lag(double[] x, int first, int k, double[] out) {
        int start = first + k;
        if (start < x.length) {
            System.arraycopy(x, first, out, start, x.length - start);
        }
        return start;
    }

    /**
     * Rolling rank (the "IV rank" of options traders): {@code (x_i − min)/(max − min)} over the
     * window {@code x[i−n+1..i]}, in {@code [0, 1]}; {@link #FLAT_RANGE_POSITION} when the window
     * is flat. Min and max are exact, so batch and streaming agree exactly.
     *
     * @param x   the input
     * @param n   the window, {@code 1 <= n <= x.length}
     * @param out the output
     * @return {@code n − 1}, the first defined index
     */
    public static int rollingRank(double[] x, int n, double[] out) {
        RollingRank rank = new RollingRank(n);
        for (int i = 0; i < x.length; i++) {
            if (rank.update(x[i])) {
                out[i] = rank.value();
            }
        }
        return n - 1;
    }

    /**
     * Rolling percentile (the "IV percentile"): the fraction of the {@code n − 1} earlier values
     * in the window {@code x[i−n+1..i]} that are strictly below {@code x_i}, in {@code [0, 1]}.
     * O(n) per value (a count over the window).
     *
     * @param x   the input
     * @param n   the window, {@code 2 <= n <= x.length}
     * @param out the output
     * @return {@code n − 1}, the first defined index
     */
    public static int rollingPercentile(double[] x, int n, double[] out) {
        for (int i = n - 1; i < x.length; i++) {
            out[i] = RollingPercentile.fractionBelow(x, i - n + 1, i);
        }
        return n - 1;
    }
}
