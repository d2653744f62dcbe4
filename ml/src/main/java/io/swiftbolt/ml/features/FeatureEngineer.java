package io.swiftbolt.ml.features;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.features.indicators.IndicatorKernels;
import io.swiftbolt.ml.features.indicators.RollingPercentile;
import io.swiftbolt.ml.features.indicators.RollingRank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Turns a daily bar series, optionally with an {@link OptionSeries}, into a {@link FeatureMatrix}
 * of leakage-free features, in batch ({@link #compute}) or one bar at a time
 * ({@link #newStream}), with identical values.
 *
 * <h2>Columns</h2>
 * Names follow {@code <name>_<params>}; {@code p} is a configured period. In order:
 * <table>
 *   <caption>Feature columns (defaults in brackets)</caption>
 *   <tr><th>column</th><th>formula</th><th>first defined row</th></tr>
 *   <tr><td>{@code sma_p} [10, 20, 50]</td><td>mean of the last p closes</td><td>p − 1</td></tr>
 *   <tr><td>{@code ema_p} [10, 20, 50]</td><td>EMA, α = 2/(p+1), seeded with the SMA of the first
 *       p closes</td><td>p − 1</td></tr>
 *   <tr><td>{@code rsi_p} [14]</td><td>Wilder RSI (0..100), averages seeded with the mean of the
 *       first p changes</td><td>p</td></tr>
 *   <tr><td>{@code macd_f_s_g}, {@code macd_signal_f_s_g}, {@code macd_hist_f_s_g} [12, 26, 9]</td>
 *       <td>EMA(f) − EMA(s); EMA(g) of that, seeded with the mean of its first g values;
 *       difference</td><td>s − 1; s + g − 2; s + g − 2</td></tr>
 *   <tr><td>{@code bb_middle_p_k}, {@code bb_upper_p_k}, {@code bb_lower_p_k},
 *       {@code bb_percent_b_p_k}, {@code bb_bandwidth_p_k} [20, 2]</td><td>SMA(p) ± k·population
 *       σ; (close − lower)/(upper − lower); (upper − lower)/middle</td><td>p − 1</td></tr>
 *   <tr><td>{@code true_range}</td><td>max(high, prev close) − min(low, prev close); high − low on
 *       the first bar</td><td>0</td></tr>
 *   <tr><td>{@code atr_p} [14]</td><td>Wilder average of the true range, seeded with the mean of
 *       bars 1..p</td><td>p</td></tr>
 *   <tr><td>{@code volume_sma_p}, {@code volume_ema_p}, {@code volume_ratio_p} [20]</td><td>SMA and
 *       EMA of volume; volume / volume SMA</td><td>p − 1</td></tr>
 *   <tr><td>{@code momentum_p} [5, 10, 20]</td><td>close / close p bars ago − 1</td><td>p</td></tr>
 *   <tr><td>{@code volume_momentum_p} [5]</td><td>volume − volume p bars ago</td><td>p</td></tr>
 *   <tr><td>{@code realized_vol_p} [20]</td><td>sample σ of the last p log returns × √252</td>
 *       <td>p</td></tr>
 *   <tr><td>{@code log_return}</td><td>ln(close / previous close)</td><td>1</td></tr>
 *   <tr><td>option columns (with an option series): {@code delta}, {@code gamma}, {@code vega},
 *       {@code theta}, {@code implied_vol}, {@code iv_rank_p}, {@code iv_percentile_p} [252],
 *       {@code moneyness}, {@code log_moneyness}, {@code time_to_expiry},
 *       {@code put_call_volume_ratio}</td><td>Black-Scholes-Merton at the day's close (spot delta,
 *       vega per 1.00 vol, theta per calendar year); rank (iv − min)/(max − min) and fraction of
 *       the previous p − 1 defined IVs strictly below, over the last p defined IVs; S/K, ln(S/K);
 *       ACT/365 years; put / call volume</td><td>the first observation (rank and percentile: the
 *       p-th defined IV)</td></tr>
 *   <tr><td>{@code <column>_lag_k}, k = 1..L [log_return, L = 5]</td><td>the column k rows
 *       earlier</td><td>the column's + k</td></tr>
 * </table>
 *
 * <p><b>No look-ahead.</b> Row {@code t} uses bars (and option observations) dated at or before
 * row {@code t}'s date only; the {@link MissingValuePolicy} keeps that true. Option features are
 * undefined on days without an observation, when the implied vol cannot be solved, and (the
 * ratio) when the call volume is zero.
 *
 * <p>Immutable and thread-safe; {@link #compute} may run concurrently.
 */
public final class FeatureEngineer {

    private final int[] smaPeriods;
    private final int[] emaPeriods;
    private final int rsiPeriod;
    private final int macdFast;
    private final int macdSlow;
    private final int macdSignal;
    private final int bollingerPeriod;
    private final double bollingerWidth;
    private final int atrPeriod;
    private final int volumePeriod;
    private final int[] momentumPeriods;
    private final int volumeMomentumPeriod;
    private final int realizedVolPeriod;
    private final double periodsPerYear;
    private final int ivRankPeriod;
    private final double rate;
    private final double dividendYield;
    private final List<String> lagColumns;
    private final int maxLag;
    private final MissingValuePolicy policy;

    private final List<String> technicalNames;
    private final List<String> optionNames;

    private FeatureEngineer(Builder b) {
        smaPeriods = b.smaPeriods.clone();
        emaPeriods = b.emaPeriods.clone();
        rsiPeriod = b.rsiPeriod;
        macdFast = b.macdFast;
        macdSlow = b.macdSlow;
        macdSignal = b.macdSignal;
        bollingerPeriod = b.bollingerPeriod;
        bollingerWidth = b.bollingerWidth;
        atrPeriod = b.atrPeriod;
        volumePeriod = b.volumePeriod;
        momentumPeriods = b.momentumPeriods.clone();
        volumeMomentumPeriod = b.volumeMomentumPeriod;
        realizedVolPeriod = b.realizedVolPeriod;
        periodsPerYear = b.periodsPerYear;
        ivRankPeriod = b.ivRankPeriod;
        rate = b.rate;
        dividendYield = b.dividendYield;
        lagColumns = List.copyOf(b.lagColumns);
        maxLag = b.maxLag;
        policy = b.policy;
        technicalNames = buildTechnicalNames();
        optionNames = List.of("delta", "gamma", "vega", "theta", "implied_vol", "iv_rank_" + ivRankPeriod,
                "iv_percentile_" + ivRankPeriod, "moneyness", "log_moneyness", "time_to_expiry",
                "put_call_volume_ratio");
        for (String lagged : lagColumns) {
            ArgChecks.check(technicalNames.contains(lagged) || optionNames.contains(lagged), "lagColumns", lagged,
                    "must name a technical or option column, one of " + technicalNames + " or " + optionNames);
        }
    }

    /**
     * A builder with the defaults listed in the class table (TA-Lib / TTR periods).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An engineer with every default.
     *
     * @return the engineer
     */
    public static FeatureEngineer defaults() {
        return builder().build();
    }

    private List<String> buildTechnicalNames() {
        List<String> n = new ArrayList<>();
        for (int p : smaPeriods) {
            n.add("sma_" + p);
        }
        for (int p : emaPeriods) {
            n.add("ema_" + p);
        }
        n.add("rsi_" + rsiPeriod);
        String m = macdFast + "_" + macdSlow + "_" + macdSignal;
        n.add("macd_" + m);
        n.add("macd_signal_" + m);
        n.add("macd_hist_" + m);
        String bb = bollingerPeriod + "_" + formatParameter(bollingerWidth);
        n.add("bb_middle_" + bb);
        n.add("bb_upper_" + bb);
        n.add("bb_lower_" + bb);
        n.add("bb_percent_b_" + bb);
        n.add("bb_bandwidth_" + bb);
        n.add("true_range");
        n.add("atr_" + atrPeriod);
        n.add("volume_sma_" + volumePeriod);
        n.add("volume_ema_" + volumePeriod);
        n.add("volume_ratio_" + volumePeriod);
        for (int p : momentumPeriods) {
            n.add("momentum_" + p);
        }
        n.add("volume_momentum_" + volumeMomentumPeriod);
        n.add("realized_vol_" + realizedVolPeriod);
        n.add("log_return");
        return List.copyOf(n);
    }

    /** A parameter as it appears in a column name: 2.0 as "2", 2.5 as "2.5". */
    static String formatParameter(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /**
     * The column names this engineer produces, in order.
     *
     * @param withOptions whether an option series is given
     * @return an immutable list
     */
    public List<String> columnNames(boolean withOptions) {
        List<String> names = new ArrayList<>(technicalNames);
        if (withOptions) {
            names.addAll(optionNames);
        }
        for (String lagged : lagColumns) {
            if (names.contains(lagged)) {
                for (int k = 1; k <= maxLag; k++) {
                    names.add(lagged + "_lag_" + k);
                }
            }
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * The missing-value policy applied by {@link #compute}.
     *
     * @return the policy
     */
    public MissingValuePolicy policy() {
        return policy;
    }

    /** The rate r used for option Greeks and implied vols (continuously compounded decimal). */
    double rate() {
        return rate;
    }

    /** The dividend yield q used for option Greeks and implied vols. */
    double dividendYield() {
        return dividendYield;
    }

    /**
     * Features of a bar series without option features.
     *
     * @param series the daily bars, not empty
     * @return the matrix with {@link #columnNames(boolean) columnNames(false)}, after the policy
     * @throws IllegalArgumentException if the series is null or empty, or a period is longer than
     *                                  the series (the message names the parameter)
     */
    public FeatureMatrix compute(BarSeries series) {
        return computeRaw(series, null).withPolicy(policy);
    }

    /**
     * Features of a bar series with option features.
     *
     * @param series  the daily bars, not empty
     * @param options the option observations; every date must be a bar date of {@code series}
     * @return the matrix with {@link #columnNames(boolean) columnNames(true)}, after the policy
     * @throws IllegalArgumentException if an argument is null, the series is empty, a period is
     *                                  longer than the series, or an option date has no bar
     */
    public FeatureMatrix compute(BarSeries series, OptionSeries options) {
        return computeRaw(series, ArgChecks.notNull(options, "options")).withPolicy(policy);
    }

    /**
     * A stream that computes the same features one bar at a time.
     *
     * @param withOptions whether option features are produced (then
     *                    {@link FeatureStream#update(java.time.LocalDate, double, double, double, double, double, OptionObservation)}
     *                    takes the day's observation)
     * @return a new stream, in its initial state
     */
    public FeatureStream newStream(boolean withOptions) {
        return new FeatureStream(this, withOptions);
    }

    // ---------------------------------------------------------------- batch

    private FeatureMatrix computeRaw(BarSeries series, OptionSeries options) {
        ArgChecks.notNull(series, "series");
        int n = series.size();
        ArgChecks.check(n > 0, "series", series, "must not be empty");
        checkPeriods(series, options != null);
        double[] high = series.toArray(BarSeries.Column.HIGH);
        double[] low = series.toArray(BarSeries.Column.LOW);
        double[] close = series.toArray(BarSeries.Column.CLOSE);
        double[] volume = series.toArray(BarSeries.Column.VOLUME);
        List<String> names = columnNames(options != null);
        double[][] cols = new double[names.size()][n];
        for (double[] col : cols) {
            Arrays.fill(col, Double.NaN);
        }
        int c = 0;
        for (int p : smaPeriods) {
            IndicatorKernels.sma(close, p, cols[c++]);
        }
        for (int p : emaPeriods) {
            IndicatorKernels.ema(close, p, cols[c++]);
        }
        if (rsiPeriod < n) {
            IndicatorKernels.rsi(close, rsiPeriod, cols[c]);
        }
        c++;
        IndicatorKernels.macd(close, macdFast, macdSlow, macdSignal, cols[c], cols[c + 1], cols[c + 2]);
        c += 3;
        IndicatorKernels.bollinger(close, bollingerPeriod, bollingerWidth, cols[c], cols[c + 1], cols[c + 2],
                cols[c + 3], cols[c + 4]);
        c += 5;
        IndicatorKernels.trueRange(high, low, close, cols[c++]);
        if (atrPeriod < n) {
            IndicatorKernels.atr(high, low, close, atrPeriod, cols[c]);
        }
        c++;
        IndicatorKernels.sma(volume, volumePeriod, cols[c++]);
        IndicatorKernels.ema(volume, volumePeriod, cols[c++]);
        IndicatorKernels.volumeRatio(volume, volumePeriod, cols[c++]);
        for (int p : momentumPeriods) {
            IndicatorKernels.momentum(close, p, cols[c++]);
        }
        IndicatorKernels.difference(volume, volumeMomentumPeriod, cols[c++]);
        if (realizedVolPeriod < n) {
            IndicatorKernels.realizedVolatility(close, realizedVolPeriod, periodsPerYear, cols[c]);
        }
        c++;
        IndicatorKernels.logReturn(close, cols[c++]);
        if (options != null) {
            computeOptions(series, close, options, cols, c);
            c += optionNames.size();
        }
        for (String lagged : lagColumns) {
            int source = names.indexOf(lagged);
            if (source < 0) {
                continue;
            }
            for (int k = 1; k <= maxLag; k++) {
                if (k < n) {
                    System.arraycopy(cols[source], 0, cols[c], k, n - k);
                }
                c++;
            }
        }
        return new FeatureMatrix(names.toArray(new String[0]), series.epochDays(), cols);
    }

    private void computeOptions(BarSeries series, double[] close, OptionSeries options, double[][] cols, int first) {
        int[] days = series.epochDays();
        OptionFeatures features = new OptionFeatures(rate, dividendYield);
        double[] slot = new double[OptionFeatures.COUNT];
        double[] values = new double[optionNames.size()];
        RollingRank rank = new RollingRank(ivRankPeriod);
        RollingPercentile percentile = new RollingPercentile(ivRankPeriod);
        int row = 0;
        for (OptionObservation o : options.observations()) {
            long day = o.date().toEpochDay();
            while (row < days.length && days[row] < day) {
                row++;
            }
            ArgChecks.check(row < days.length && days[row] == day, "options date", o.date(),
                    "must be a bar date of series " + series);
            features.compute(close[row], o, slot);
            optionValues(slot, rank, percentile, values, 0);
            for (int j = 0; j < values.length; j++) {
                cols[first + j][row] = values[j];
            }
        }
    }

    /**
     * Writes the option columns' values, in column order, into {@code out[offset ..]} from one
     * {@link OptionFeatures} slot, feeding the IV rank and percentile; NaN (the internal marker)
     * for undefined.
     */
    static void optionValues(double[] slot, RollingRank rank, RollingPercentile percentile, double[] out,
                             int offset) {
        double iv = slot[OptionFeatures.IMPLIED_VOL];
        double ivRank = Double.NaN;
        double ivPercentile = Double.NaN;
        if (!Double.isNaN(iv)) {
            if (rank.update(iv)) {
                ivRank = rank.value();
            }
            if (percentile.update(iv)) {
                ivPercentile = percentile.value();
            }
        }
        out[offset] = slot[OptionFeatures.DELTA];
        out[offset + 1] = slot[OptionFeatures.GAMMA];
        out[offset + 2] = slot[OptionFeatures.VEGA];
        out[offset + 3] = slot[OptionFeatures.THETA];
        out[offset + 4] = iv;
        out[offset + 5] = ivRank;
        out[offset + 6] = ivPercentile;
        out[offset + 7] = slot[OptionFeatures.MONEYNESS];
        out[offset + 8] = slot[OptionFeatures.LOG_MONEYNESS];
        out[offset + 9] = slot[OptionFeatures.TIME_TO_EXPIRY];
        out[offset + 10] = slot[OptionFeatures.PUT_CALL_RATIO];
    }

    private void checkPeriods(BarSeries series, boolean withOptions) {
        int n = series.size();
        for (int p : smaPeriods) {
            checkPeriod(p, n, "smaPeriods", series);
        }
        for (int p : emaPeriods) {
            checkPeriod(p, n, "emaPeriods", series);
        }
        checkPeriod(rsiPeriod, n, "rsiPeriod", series);
        checkPeriod(macdSlow, n, "macdSlow", series);
        checkPeriod(bollingerPeriod, n, "bollingerPeriod", series);
        checkPeriod(atrPeriod, n, "atrPeriod", series);
        checkPeriod(volumePeriod, n, "volumePeriod", series);
        for (int p : momentumPeriods) {
            checkPeriod(p, n, "momentumPeriods", series);
        }
        checkPeriod(volumeMomentumPeriod, n, "volumeMomentumPeriod", series);
        checkPeriod(realizedVolPeriod, n, "realizedVolPeriod", series);
        if (withOptions) {
            checkPeriod(ivRankPeriod, n, "ivRankPeriod", series);
        }
    }

    private static void checkPeriod(int period, int size, String name, BarSeries series) {
        ArgChecks.check(period <= size, name, period,
                "is longer than the series " + series.name() + " (" + size + " bars)");
    }

    // ---------------------------------------------------------------- accessors for the stream

    int[] smaPeriods() {
        return smaPeriods;
    }

    int[] emaPeriods() {
        return emaPeriods;
    }

    int rsiPeriod() {
        return rsiPeriod;
    }

    int[] macd() {
        return new int[] {macdFast, macdSlow, macdSignal};
    }

    int bollingerPeriod() {
        return bollingerPeriod;
    }

    double bollingerWidth() {
        return bollingerWidth;
    }

    int atrPeriod() {
        return atrPeriod;
    }

    int volumePeriod() {
        return volumePeriod;
    }

    int[] momentumPeriods() {
        return momentumPeriods;
    }

    int volumeMomentumPeriod() {
        return volumeMomentumPeriod;
    }

    int realizedVolPeriod() {
        return realizedVolPeriod;
    }

    double periodsPerYear() {
        return periodsPerYear;
    }

    int ivRankPeriod() {
        return ivRankPeriod;
    }

    List<String> lagColumns() {
        return lagColumns;
    }

    int maxLag() {
        return maxLag;
    }

    @Override
    public String toString() {
        return "FeatureEngineer" + technicalNames + ", lags 1.." + maxLag + " of " + lagColumns + ", " + policy;
    }

    /**
     * Configures a {@link FeatureEngineer}. Every setter validates its argument at once and throws
     * {@link IllegalArgumentException} naming it. Not thread-safe.
     */
    public static final class Builder {
        private int[] smaPeriods = {10, 20, 50};
        private int[] emaPeriods = {10, 20, 50};
        private int rsiPeriod = 14;
        private int macdFast = 12;
        private int macdSlow = 26;
        private int macdSignal = 9;
        private int bollingerPeriod = 20;
        private double bollingerWidth = 2.0;
        private int atrPeriod = 14;
        private int volumePeriod = 20;
        private int[] momentumPeriods = {5, 10, 20};
        private int volumeMomentumPeriod = 5;
        private int realizedVolPeriod = 20;
        private double periodsPerYear = 252;
        private int ivRankPeriod = 252;
        private double rate;
        private double dividendYield;
        private List<String> lagColumns = List.of("log_return");
        private int maxLag = 5;
        private MissingValuePolicy policy = MissingValuePolicy.KEEP;

        private Builder() {
        }

        private static int[] periods(int[] values, int min, String name) {
            ArgChecks.notNull(values, name);
            ArgChecks.check(values.length > 0, name, Arrays.toString(values), "must not be empty");
            int[] copy = values.clone();
            for (int i = 0; i < copy.length; i++) {
                ArgChecks.check(copy[i] >= min, name + "[" + i + "]", copy[i], "must be at least " + min);
                for (int j = 0; j < i; j++) {
                    ArgChecks.check(copy[j] != copy[i], name, Arrays.toString(values), "must not repeat a period");
                }
            }
            return copy;
        }

        private static int period(int value, int min, String name) {
            ArgChecks.check(value >= min, name, value, "must be at least " + min);
            return value;
        }

        /**
         * SMA periods of the close ({@code sma_p} columns).
         *
         * @param periods distinct periods, each {@code >= 1}; default 10, 20, 50
         * @return this builder
         */
        public Builder smaPeriods(int... periods) {
            smaPeriods = periods(periods, 1, "smaPeriods");
            return this;
        }

        /**
         * EMA periods of the close ({@code ema_p} columns).
         *
         * @param periods distinct periods, each {@code >= 1}; default 10, 20, 50
         * @return this builder
         */
        public Builder emaPeriods(int... periods) {
            emaPeriods = periods(periods, 1, "emaPeriods");
            return this;
        }

        /**
         * The RSI period.
         *
         * @param period {@code >= 1}; default 14
         * @return this builder
         */
        public Builder rsiPeriod(int period) {
            rsiPeriod = period(period, 1, "rsiPeriod");
            return this;
        }

        /**
         * The MACD periods.
         *
         * @param fast   fast EMA period, {@code >= 1}; default 12
         * @param slow   slow EMA period, {@code > fast}; default 26
         * @param signal signal EMA period, {@code >= 1}; default 9
         * @return this builder
         */
        public Builder macd(int fast, int slow, int signal) {
            period(fast, 1, "fast");
            ArgChecks.check(slow > fast, "slow", slow, "must exceed fast = " + fast);
            macdSignal = period(signal, 1, "signal");
            macdFast = fast;
            macdSlow = slow;
            return this;
        }

        /**
         * The Bollinger Bands period and width.
         *
         * @param period {@code >= 1}; default 20
         * @param width  standard deviations, positive; default 2
         * @return this builder
         */
        public Builder bollinger(int period, double width) {
            bollingerPeriod = period(period, 1, "period");
            bollingerWidth = ArgChecks.positive(width, "width");
            return this;
        }

        /**
         * The ATR period.
         *
         * @param period {@code >= 1}; default 14
         * @return this builder
         */
        public Builder atrPeriod(int period) {
            atrPeriod = period(period, 1, "atrPeriod");
            return this;
        }

        /**
         * The period of the volume SMA, EMA and ratio.
         *
         * @param period {@code >= 1}; default 20
         * @return this builder
         */
        public Builder volumePeriod(int period) {
            volumePeriod = period(period, 1, "volumePeriod");
            return this;
        }

        /**
         * Price momentum look-backs ({@code momentum_p} columns).
         *
         * @param periods distinct, each {@code >= 1}; default 5, 10, 20
         * @return this builder
         */
        public Builder momentumPeriods(int... periods) {
            momentumPeriods = periods(periods, 1, "momentumPeriods");
            return this;
        }

        /**
         * The volume momentum look-back.
         *
         * @param period {@code >= 1}; default 5
         * @return this builder
         */
        public Builder volumeMomentumPeriod(int period) {
            volumeMomentumPeriod = period(period, 1, "volumeMomentumPeriod");
            return this;
        }

        /**
         * The realized volatility window (number of log returns) and annualization.
         *
         * @param period         {@code >= 2}; default 20
         * @param periodsPerYear positive; default 252
         * @return this builder
         */
        public Builder realizedVolatility(int period, double periodsPerYear) {
            realizedVolPeriod = period(period, 2, "period");
            this.periodsPerYear = ArgChecks.positive(periodsPerYear, "periodsPerYear");
            return this;
        }

        /**
         * The window of the implied-vol rank and percentile, counted in defined IVs.
         *
         * @param period {@code >= 2}; default 252
         * @return this builder
         */
        public Builder ivRankPeriod(int period) {
            ivRankPeriod = period(period, 2, "ivRankPeriod");
            return this;
        }

        /**
         * The risk-free rate for option Greeks and implied vols.
         *
         * @param rate continuously compounded, decimal, finite; default 0
         * @return this builder
         */
        public Builder rate(double rate) {
            this.rate = ArgChecks.finite(rate, "rate");
            return this;
        }

        /**
         * The dividend yield for option Greeks and implied vols.
         *
         * @param dividendYield continuous, decimal, finite; default 0
         * @return this builder
         */
        public Builder dividendYield(double dividendYield) {
            this.dividendYield = ArgChecks.finite(dividendYield, "dividendYield");
            return this;
        }

        /**
         * Lagged copies {@code <column>_lag_1 .. <column>_lag_maxLag} of chosen columns. A chosen
         * option column is lagged only when an option series is given.
         *
         * @param maxLag  the largest lag, 0 (no lags) to 50; default 5
         * @param columns technical or option column names, checked by {@link #build()}; default
         *                {@code log_return}
         * @return this builder
         */
        public Builder lags(int maxLag, String... columns) {
            this.maxLag = ArgChecks.inRange(maxLag, 0, 50, "maxLag");
            ArgChecks.notNull(columns, "columns");
            List<String> list = new ArrayList<>();
            for (String column : columns) {
                ArgChecks.notBlank(column, "columns");
                ArgChecks.check(!list.contains(column), "columns", column, "must not repeat");
                list.add(column);
            }
            lagColumns = List.copyOf(list);
            return this;
        }

        /**
         * The missing-value policy applied to computed matrices.
         *
         * @param policy the policy; default {@link MissingValuePolicy#KEEP}
         * @return this builder
         */
        public Builder missingValues(MissingValuePolicy policy) {
            this.policy = ArgChecks.notNull(policy, "policy");
            return this;
        }

        /**
         * Builds the engineer.
         *
         * @return the immutable engineer
         * @throws IllegalArgumentException if a lag column names no produced column, or two
         *                                  columns would share a name
         */
        public FeatureEngineer build() {
            FeatureEngineer engineer = new FeatureEngineer(this);
            List<String> all = engineer.columnNames(true);
            ArgChecks.check(all.size() == all.stream().distinct().count(), "columns", all, "must have distinct names");
            return engineer;
        }
    }
}
