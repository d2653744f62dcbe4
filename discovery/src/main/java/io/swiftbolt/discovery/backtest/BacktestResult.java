package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * A backtest with its details: metrics, the trade list and the equity curve.
 *
 * <p>Immutable and thread-safe; array accessors return copies.
 */
public final class BacktestResult {

    private final BacktestMetrics metrics;
    private final List<Trade> trades;
    private final double[] equity;

    /**
     * Makes a result.
     *
     * @param metrics the metrics
     * @param trades  the trades in exit order
     * @param equity  the equity at each bar's close, in the account currency (copied)
     * @throws IllegalArgumentException if an argument is null, the equity length differs from
     *                                  {@code metrics.bars()} or an equity value is not finite
     */
    public BacktestResult(BacktestMetrics metrics, List<Trade> trades, double[] equity) {
        this.metrics = ArgChecks.notNull(metrics, "metrics");
        this.trades = List.copyOf(ArgChecks.notNull(trades, "trades"));
        this.equity = ArgChecks.allFinite(ArgChecks.notNull(equity, "equity").clone(), "equity");
        ArgChecks.sameLength(equity.length, metrics.bars(), "equity");
    }

    /**
     * The metrics.
     *
     * @return the metrics
     */
    public BacktestMetrics metrics() {
        return metrics;
    }

    /**
     * The completed trades, in exit order.
     *
     * @return an unmodifiable list
     */
    public List<Trade> trades() {
        return trades;
    }

    /**
     * The equity at each bar's close (point 0 is the initial capital), account currency.
     *
     * @return a new array, one value per bar
     */
    public double[] equityCurve() {
        return equity.clone();
    }

    /**
     * The equity's close-to-close simple returns ({@code bars - 1} values; 0 after a ruin).
     *
     * @return a new array of decimal returns
     */
    public double[] returns() {
        double[] r = new double[Math.max(0, equity.length - 1)];
        for (int i = 0; i < r.length; i++) {
            r[i] = equity[i] == 0.0 ? 0.0 : equity[i + 1] / equity[i] - 1.0;
        }
        return r;
    }
}
