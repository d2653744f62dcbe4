package io.swiftbolt.discovery.backtest;

/**
 * A trading rule prepared for one price series: at the close of each bar it names the position it
 * wants, and the {@link Backtester} trades to it at the next bar's open.
 *
 * <p>Contract (what makes a backtest free of look-ahead): {@link #target(int, int)} for bar
 * {@code t} may use prices of bars {@code 0..t} only. The backtester calls it once per bar, in
 * increasing {@code t}, never for the last bar (no bar follows to trade on). Implementations are
 * usually made per series by a {@link StrategyFamily}, and may precompute indicators over the whole
 * series as long as the value at {@code t} depends on bars {@code <= t} only.
 */
public interface Strategy {

    /**
     * The wanted position after the close of bar {@code t}.
     *
     * @param t        the bar just closed
     * @param position the current position: 1 long, -1 short, 0 flat (after any stop-loss or
     *                 take-profit exit during bar {@code t})
     * @return the target position: 1, 0 or -1; another value makes the backtest throw
     *         {@link IllegalStateException}
     */
    int target(int t, int position);

    /**
     * Sizing, stop-loss and take-profit of every trade of this strategy.
     *
     * @return the risk rules; {@link RiskRules#NONE} by default (all equity, no stops)
     */
    default RiskRules riskRules() {
        return RiskRules.NONE;
    }
}
