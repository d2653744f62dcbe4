package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.metrics.ReturnMetrics;
import io.swiftbolt.core.util.ArgChecks;

/**
 * Performance of one backtest, from its daily equity curve and its trades.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>The equity curve has one point per bar, marked at the close; its first point is the initial
 *       capital (no position can be open at the first close). Returns are the {@code bars - 1}
 *       close-to-close simple returns of the equity.</li>
 *   <li>{@code sharpe} = mean / sample standard deviation of the equity returns times
 *       {@code sqrt(periodsPerYear)}, risk-free rate 0. A curve that never moves (for example no
 *       trade) has Sharpe <b>0</b> here, not undefined, so that fitness is always a number.</li>
 *   <li>{@code annualizedReturn} = {@code (1 + totalReturn)^(periodsPerYear / (bars - 1)) - 1};
 *       {@code annualizedVolatility} = sample standard deviation times {@code sqrt(periodsPerYear)}
 *       (0 with fewer than two returns).</li>
 *   <li>{@code maxDrawdown} is a positive fraction of the running peak, in {@code [0, 1]}.</li>
 *   <li>{@code winRate} is the share of <em>trades</em> with a profit after costs; 0 with no
 *       trades.</li>
 * </ul>
 *
 * @param bars                 the number of bars backtested, at least 1
 * @param periodsPerYear       the annualization factor used, e.g. 252
 * @param sharpe               annualized Sharpe ratio (see above)
 * @param totalReturn          compounded total return, decimal, at least -1
 * @param annualizedReturn     geometric annualized return, decimal, at least -1
 * @param annualizedVolatility annualized volatility of the equity returns, decimal
 * @param maxDrawdown          maximum drawdown, positive fraction
 * @param winRate              share of profitable trades in {@code [0, 1]}
 * @param tradeCount           number of completed trades
 */
public record BacktestMetrics(int bars, double periodsPerYear, double sharpe, double totalReturn,
                              double annualizedReturn, double annualizedVolatility, double maxDrawdown,
                              double winRate, int tradeCount) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is not finite or out of its range (named in the
     *                                  message)
     */
    public BacktestMetrics {
        ArgChecks.positive(bars, "bars");
        ArgChecks.positive(periodsPerYear, "periodsPerYear");
        ArgChecks.finite(sharpe, "sharpe");
        ArgChecks.check(totalReturn >= -1 && Double.isFinite(totalReturn), "totalReturn", totalReturn,
                "must be finite and at least -1");
        ArgChecks.check(annualizedReturn >= -1 && Double.isFinite(annualizedReturn), "annualizedReturn",
                annualizedReturn, "must be finite and at least -1");
        ArgChecks.notNegative(annualizedVolatility, "annualizedVolatility");
        ArgChecks.inRange(maxDrawdown, 0.0, 1.0, "maxDrawdown");
        ArgChecks.inRange(winRate, 0.0, 1.0, "winRate");
        ArgChecks.notNegative(tradeCount, "tradeCount");
    }

    /**
     * Metrics of a return series with the conventions of this class, computed with core's
     * {@link ReturnMetrics} kernels: for example the out-of-sample windows of a walk-forward
     * stitched together. The bar count is {@code returns.length + 1}.
     *
     * @param returns        per-period simple returns of the equity, each at least -1
     * @param periodsPerYear the annualization factor, e.g. 252
     * @param tradeCount     the trades behind the returns, zero or more
     * @param winningTrades  how many of them made a profit, in {@code [0, tradeCount]}
     * @return the metrics
     * @throws IllegalArgumentException if an argument is invalid (named in the message)
     */
    public static BacktestMetrics fromReturns(double[] returns, double periodsPerYear, int tradeCount,
                                              int winningTrades) {
        ArgChecks.notNull(returns, "returns");
        ArgChecks.notNegative(tradeCount, "tradeCount");
        ArgChecks.inRange(winningTrades, 0, tradeCount, "winningTrades");
        int n = returns.length;
        double sharpe = n < 2 ? Double.NaN : ReturnMetrics.sharpe(returns, 0.0, periodsPerYear);
        double volatility = n < 2 ? 0.0 : ReturnMetrics.annualizedVolatility(returns, periodsPerYear);
        return new BacktestMetrics(n + 1, periodsPerYear, Double.isNaN(sharpe) ? 0.0 : sharpe,
                ReturnMetrics.totalReturn(returns),
                n == 0 ? 0.0 : ReturnMetrics.annualizedReturn(returns, periodsPerYear), volatility,
                ReturnMetrics.maxDrawdown(returns), tradeCount == 0 ? 0.0 : (double) winningTrades / tradeCount,
                tradeCount);
    }

    /**
     * The Sharpe ratio per period (not annualized): {@code sharpe / sqrt(periodsPerYear)}, the unit
     * of the deflated Sharpe ratio.
     *
     * @return the per-period Sharpe ratio
     */
    public double sharpePerPeriod() {
        return sharpe / Math.sqrt(periodsPerYear);
    }
}
