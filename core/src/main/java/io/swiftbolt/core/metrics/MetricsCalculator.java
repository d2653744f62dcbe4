package io.swiftbolt.core.metrics;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Computes {@link PerformanceMetrics} from a bar series or a dated return series, with a fixed
 * annualization factor and risk-free rate.
 *
 * <pre>{@code
 * MetricsCalculator calculator = MetricsCalculator.builder()
 *         .periodsPerYear(252)
 *         .riskFreeRate(0.02)
 *         .build();
 * PerformanceMetrics metrics = calculator.compute(BundledData.sp500());
 * }</pre>
 *
 * <p>The formulas and conventions are those of {@link ReturnMetrics}; undefined ratios come back
 * as empty optionals, never NaN.
 *
 * <p>Immutable and thread-safe: configure once, compute many times.
 */
public final class MetricsCalculator {

    /** Trading days per year, the default annualization factor. */
    public static final double DEFAULT_PERIODS_PER_YEAR = 252.0;

    private static final MetricsCalculator DEFAULTS = new MetricsCalculator(DEFAULT_PERIODS_PER_YEAR, 0.0);

    private final double periodsPerYear;
    private final double riskFreeRate;

    private MetricsCalculator(double periodsPerYear, double riskFreeRate) {
        this.periodsPerYear = periodsPerYear;
        this.riskFreeRate = riskFreeRate;
    }

    /**
     * A calculator for daily data: 252 periods per year, risk-free rate 0.
     *
     * @return the default calculator
     */
    public static MetricsCalculator defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults (252 periods per year, risk-free rate 0).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The annualization factor, e.g. 252 for daily data.
     *
     * @return periods per year, positive
     */
    public double periodsPerYear() {
        return periodsPerYear;
    }

    /**
     * The annual risk-free rate as a decimal (0.02 = 2 %).
     *
     * @return the rate
     */
    public double riskFreeRate() {
        return riskFreeRate;
    }

    /**
     * Metrics of the close-to-close simple returns of a bar series. Equity index {@code i} is bar
     * {@code i}, so drawdown dates are bar dates, and {@code start}/{@code end} are the first and
     * last bar dates. The adjusted close is not used; compute from
     * {@code series.toArray(Column.ADJ_CLOSE)} with {@link #compute(int[], double[])} for a total
     * return view.
     *
     * @param series the bars, at least 2
     * @return the metrics
     * @throws IllegalArgumentException if {@code series} is null or has fewer than 2 bars
     */
    public PerformanceMetrics compute(BarSeries series) {
        ArgChecks.notNull(series, "series");
        ArgChecks.check(series.size() >= 2, "series.size()", series.size(), "must be at least 2");
        return computeUnchecked(series.epochDays(), series.simpleReturns());
    }

    /**
     * Metrics of a dated return series. {@code epochDays[i]} is the date of equity point
     * {@code i}: {@code epochDays[0]} is the start, before the first return, and
     * {@code epochDays[i + 1]} the end of the period of {@code returns[i]}.
     *
     * @param epochDays dates as {@link LocalDate#toEpochDay() epoch days}, strictly increasing, one
     *                  more than the returns
     * @param returns   per-period simple returns as decimals, finite and at least -1; at least one
     * @return the metrics
     * @throws IllegalArgumentException if an argument is null, there are no returns, the lengths do
     *                                  not match, the dates do not increase or a return is invalid
     */
    public PerformanceMetrics compute(int[] epochDays, double[] returns) {
        ArgChecks.notNull(epochDays, "epochDays");
        ReturnMetrics.checkReturns(returns);
        ArgChecks.positive(returns.length, "returns.length");
        ArgChecks.sameLength(epochDays.length, returns.length + 1, "epochDays");
        for (int i = 1; i < epochDays.length; i++) {
            if (epochDays[i] <= epochDays[i - 1]) {
                throw new IllegalArgumentException("epochDays[" + i + "] must be after epochDays["
                        + (i - 1) + "] = " + epochDays[i - 1] + ", was " + epochDays[i]);
            }
        }
        return computeUnchecked(epochDays, returns);
    }

    /**
     * Metrics of a dated return series, as {@link #compute(int[], double[])} with dates.
     *
     * @param dates   dates of the equity points, strictly increasing, one more than the returns
     * @param returns per-period simple returns as decimals, finite and at least -1; at least one
     * @return the metrics
     * @throws IllegalArgumentException if an argument or a date is null, there are no returns, the
     *                                  lengths do not match, the dates do not increase or a return
     *                                  is invalid
     */
    public PerformanceMetrics compute(LocalDate[] dates, double[] returns) {
        ArgChecks.notNull(dates, "dates");
        int[] days = new int[dates.length];
        for (int i = 0; i < dates.length; i++) {
            long day = ArgChecks.notNull(dates[i], "dates[" + i + "]").toEpochDay();
            ArgChecks.check(day == (int) day, "dates[" + i + "]", dates[i], "must be within int epoch days");
            days[i] = (int) day;
        }
        return compute(days, returns);
    }

    private PerformanceMetrics computeUnchecked(int[] epochDays, double[] returns) {
        int n = returns.length;
        double rfPerPeriod = riskFreeRate / periodsPerYear;
        double growth = ReturnMetrics.growth(returns);
        double annualized = ReturnMetrics.annualize(growth, n, periodsPerYear);
        DrawdownIndices dd = ReturnMetrics.drawdownUnchecked(returns);
        Optional<Drawdown> drawdown = dd.depth() == 0.0 ? Optional.empty()
                : Optional.of(new Drawdown(dd.depth(), date(epochDays, dd.peakIndex()),
                        date(epochDays, dd.troughIndex()),
                        dd.recovered() ? Optional.of(date(epochDays, dd.recoveryIndex())) : Optional.empty()));
        OptionalDouble calmar = dd.depth() == 0.0 ? OptionalDouble.empty()
                : OptionalDouble.of(annualized / dd.depth());
        return new PerformanceMetrics(
                date(epochDays, 0),
                date(epochDays, n),
                n,
                periodsPerYear,
                riskFreeRate,
                growth - 1.0,
                annualized,
                present(ReturnMetrics.volatilityUnchecked(returns, periodsPerYear)),
                present(ReturnMetrics.sharpeUnchecked(returns, rfPerPeriod, periodsPerYear)),
                present(ReturnMetrics.sortinoUnchecked(returns, rfPerPeriod, periodsPerYear)),
                drawdown,
                calmar,
                ReturnMetrics.winRateUnchecked(returns));
    }

    /** The kernels' NaN means "undefined": map it to empty. */
    private static OptionalDouble present(double kernelValue) {
        return Double.isNaN(kernelValue) ? OptionalDouble.empty() : OptionalDouble.of(kernelValue);
    }

    private static LocalDate date(int[] epochDays, int index) {
        return LocalDate.ofEpochDay(epochDays[index]);
    }

    /**
     * A string with the configuration, e.g.
     * {@code MetricsCalculator[periodsPerYear=252.0, riskFreeRate=0.0]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "MetricsCalculator[periodsPerYear=" + periodsPerYear + ", riskFreeRate=" + riskFreeRate + "]";
    }

    /**
     * Builds a {@link MetricsCalculator}. Each setter validates its argument at once. Not
     * thread-safe; the calculators it builds are.
     */
    public static final class Builder {
        private double periodsPerYear = DEFAULT_PERIODS_PER_YEAR;
        private double riskFreeRate;

        private Builder() {
        }

        /**
         * Sets the annualization factor: 252 for trading days (the default), 52 for weeks, 12 for
         * months.
         *
         * @param periodsPerYear periods per year, positive and finite
         * @return this builder
         * @throws IllegalArgumentException if {@code periodsPerYear} is not positive and finite
         */
        public Builder periodsPerYear(double periodsPerYear) {
            this.periodsPerYear = ArgChecks.positive(periodsPerYear, "periodsPerYear");
            return this;
        }

        /**
         * Sets the annual risk-free rate as a decimal (0.02 = 2 %; default 0). It is spread over
         * the periods as {@code riskFreeRate / periodsPerYear} per period.
         *
         * @param riskFreeRate the annual rate, finite (may be negative)
         * @return this builder
         * @throws IllegalArgumentException if {@code riskFreeRate} is NaN or infinite
         */
        public Builder riskFreeRate(double riskFreeRate) {
            this.riskFreeRate = ArgChecks.finite(riskFreeRate, "riskFreeRate");
            return this;
        }

        /**
         * Builds the calculator.
         *
         * @return a new immutable calculator
         */
        public MetricsCalculator build() {
            return new MetricsCalculator(periodsPerYear, riskFreeRate);
        }
    }
}
