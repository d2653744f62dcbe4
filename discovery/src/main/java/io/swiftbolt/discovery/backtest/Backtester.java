package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * A fast bar-by-bar backtester of one instrument on {@code double[]} prices.
 *
 * <h2>Fill rules</h2>
 * <ol>
 *   <li><b>No look-ahead.</b> The strategy decides at the close of bar {@code t}
 *       ({@link Strategy#target}); the trade fills at the open of bar {@code t + 1}. Nothing decided
 *       at bar {@code t} can depend on a later bar.</li>
 *   <li><b>Market fills</b> (entries, signal exits) pay slippage against the trader: a buy fills at
 *       {@code open (1 + slippage)}, a sell at {@code open (1 - slippage)}.</li>
 *   <li><b>Sizing.</b> An entry commits {@link RiskRules#positionSize()} of the equity at that open;
 *       commission is {@code commissionRate} times the traded notional, on entry and on exit.</li>
 *   <li><b>Stop-loss</b> (a stop order at {@code entry fill (1 - stopLossPct)} for a long): if a
 *       later bar opens at or beyond the level, it fills at that open with slippage; otherwise, if
 *       the bar's low (high for a short) touches it, it fills at the level with slippage. The entry
 *       bar itself is checked against its low and high (the open was the entry).</li>
 *   <li><b>Take-profit</b> (a limit order at {@code entry fill (1 + takeProfitPct)} for a long):
 *       fills at the open if a later bar opens beyond it, else at the level if the bar's high (low
 *       for a short) touches it; no slippage (a limit order).</li>
 *   <li>When one bar touches both levels, the order of prices within the bar is unknown and the
 *       stop-loss is assumed first (the conservative choice).</li>
 *   <li>After a stop-loss or take-profit exit the strategy, at that bar's close, sees a flat
 *       position and may re-enter at the next open.</li>
 *   <li>A trade still open after the last bar is closed at the last close, with slippage and
 *       commission ({@link ExitReason#END_OF_DATA}), so the last equity point is liquidation
 *       value.</li>
 *   <li>Equity is cash plus the position marked at each close; cash earns nothing. A short whose
 *       equity falls to zero or below is closed and trading stops ({@link ExitReason#RUIN}).</li>
 * </ol>
 * Metrics follow {@link BacktestMetrics}.
 *
 * <p>Made by {@link #builder()}; immutable and thread-safe (a run keeps its state on the stack).
 * {@link #evaluate} allocates nothing but the result record.
 */
public final class Backtester {

    private final double initialCapital;
    private final double commissionRate;
    private final double slippageRate;
    private final double periodsPerYear;

    private Backtester(Builder b) {
        this.initialCapital = b.initialCapital;
        this.commissionRate = b.commissionRate;
        this.slippageRate = b.slippageRate;
        this.periodsPerYear = b.periodsPerYear;
    }

    /**
     * A backtester with the defaults of {@link Builder}.
     *
     * @return the backtester
     */
    public static Backtester defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Backtests a strategy with its trade list and equity curve.
     *
     * @param bars     the prices, at least 1 bar
     * @param strategy the strategy prepared for {@code bars}
     * @return the result
     * @throws IllegalArgumentException if an argument is null or {@code bars} is empty
     * @throws IllegalStateException    if the strategy returns a target other than -1, 0, 1
     */
    public BacktestResult run(PriceBars bars, Strategy strategy) {
        check(bars, strategy);
        double[] equity = new double[bars.size()];
        List<Trade> trades = new ArrayList<>();
        double[] stats = new double[BacktestKernel.STATS_LENGTH];
        BacktestKernel.run(bars, strategy, initialCapital, commissionRate, slippageRate, periodsPerYear, equity,
                trades, stats);
        return new BacktestResult(metrics(bars.size(), stats), trades, equity);
    }

    /**
     * Backtests one parameter set of a family, with trades and equity curve.
     *
     * @param bars       the prices
     * @param family     the strategy family
     * @param parameters the parameters
     * @return the result
     * @throws IllegalArgumentException if an argument is null or invalid for the family
     */
    public BacktestResult run(PriceBars bars, StrategyFamily family, StrategyParameters parameters) {
        ArgChecks.notNull(family, "family");
        return run(bars, family.prepare(ArgChecks.notNull(bars, "bars"), ArgChecks.notNull(parameters, "parameters")));
    }

    /**
     * Backtests a strategy for its metrics only (no trade list, no equity curve): the fast path of
     * the optimizer.
     *
     * @param bars     the prices, at least 1 bar
     * @param strategy the strategy prepared for {@code bars}
     * @return the metrics
     * @throws IllegalArgumentException if an argument is null or {@code bars} is empty
     * @throws IllegalStateException    if the strategy returns a target other than -1, 0, 1
     */
    public BacktestMetrics evaluate(PriceBars bars, Strategy strategy) {
        check(bars, strategy);
        double[] stats = new double[BacktestKernel.STATS_LENGTH];
        BacktestKernel.run(bars, strategy, initialCapital, commissionRate, slippageRate, periodsPerYear, null,
                null, stats);
        return metrics(bars.size(), stats);
    }

    /**
     * The initial capital, account currency.
     *
     * @return the capital
     */
    public double initialCapital() {
        return initialCapital;
    }

    /**
     * The commission per side as a decimal fraction of traded notional.
     *
     * @return the rate
     */
    public double commissionRate() {
        return commissionRate;
    }

    /**
     * The slippage of market fills as a decimal fraction of the price.
     *
     * @return the rate
     */
    public double slippageRate() {
        return slippageRate;
    }

    /**
     * The annualization factor of the metrics.
     *
     * @return periods per year
     */
    public double periodsPerYear() {
        return periodsPerYear;
    }

    @Override
    public String toString() {
        return "Backtester[initialCapital=" + initialCapital + ", commissionRate=" + commissionRate
                + ", slippageRate=" + slippageRate + ", periodsPerYear=" + periodsPerYear + "]";
    }

    private static void check(PriceBars bars, Strategy strategy) {
        ArgChecks.notNull(bars, "bars");
        ArgChecks.notNull(strategy, "strategy");
        ArgChecks.check(bars.size() > 0, "bars", "0 bars", "must hold at least one bar");
    }

    private BacktestMetrics metrics(int bars, double[] s) {
        return new BacktestMetrics(bars, periodsPerYear, s[BacktestKernel.SHARPE], s[BacktestKernel.TOTAL_RETURN],
                s[BacktestKernel.ANNUALIZED_RETURN], s[BacktestKernel.VOLATILITY], s[BacktestKernel.MAX_DRAWDOWN],
                s[BacktestKernel.WIN_RATE], (int) s[BacktestKernel.TRADE_COUNT]);
    }

    /**
     * Builds a {@link Backtester}. Defaults: capital 100,000; commission 0.0005 (5 basis points)
     * per side; slippage 0.0005; 252 periods per year. Not thread-safe; the built backtester is.
     */
    public static final class Builder {
        private double initialCapital = 100_000.0;
        private double commissionRate = 0.0005;
        private double slippageRate = 0.0005;
        private double periodsPerYear = 252.0;

        private Builder() {
        }

        /**
         * Sets the initial capital.
         *
         * @param capital the capital in the account currency, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder initialCapital(double capital) {
            this.initialCapital = ArgChecks.positive(capital, "initialCapital");
            return this;
        }

        /**
         * Sets the commission per side.
         *
         * @param rate a decimal fraction of traded notional in {@code [0, 0.5)}, e.g. 0.001 = 10 bp
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder commissionRate(double rate) {
            ArgChecks.check(rate >= 0 && rate < 0.5, "commissionRate", rate, "must be in [0, 0.5)");
            this.commissionRate = rate;
            return this;
        }

        /**
         * Sets the slippage of market fills.
         *
         * @param rate a decimal fraction of the price in {@code [0, 0.5)}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder slippageRate(double rate) {
            ArgChecks.check(rate >= 0 && rate < 0.5, "slippageRate", rate, "must be in [0, 0.5)");
            this.slippageRate = rate;
            return this;
        }

        /**
         * Sets the annualization factor.
         *
         * @param periods periods per year, e.g. 252 for daily bars
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder periodsPerYear(double periods) {
            this.periodsPerYear = ArgChecks.positive(periods, "periodsPerYear");
            return this;
        }

        /**
         * Builds the backtester.
         *
         * @return the backtester
         */
        public Backtester build() {
            return new Backtester(this);
        }
    }
}
