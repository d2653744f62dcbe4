package io.swiftbolt.discovery.ga;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.StrategyParameters;

/**
 * One member of a Pareto front on (Sharpe ratio, maximum drawdown): no other parameter set found
 * has both a higher-or-equal Sharpe ratio and a lower-or-equal drawdown, one of them strictly.
 *
 * @param parameters the parameters
 * @param metrics    their metrics, as the objective gave them
 */
public record ParetoPoint(StrategyParameters parameters, BacktestMetrics metrics) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public ParetoPoint {
        ArgChecks.notNull(parameters, "parameters");
        ArgChecks.notNull(metrics, "metrics");
    }

    /**
     * The annualized Sharpe ratio, the objective maximized.
     *
     * @return the Sharpe ratio
     */
    public double sharpe() {
        return metrics.sharpe();
    }

    /**
     * The maximum drawdown, a positive fraction, the objective minimized.
     *
     * @return the drawdown in {@code [0, 1]}
     */
    public double maxDrawdown() {
        return metrics.maxDrawdown();
    }

    /**
     * Whether this point dominates another: at least as good in both objectives and strictly
     * better in one.
     *
     * @param other the other point
     * @return true if this point dominates {@code other}
     * @throws IllegalArgumentException if {@code other} is null
     */
    public boolean dominates(ParetoPoint other) {
        ArgChecks.notNull(other, "other");
        boolean noWorse = sharpe() >= other.sharpe() && maxDrawdown() <= other.maxDrawdown();
        boolean better = sharpe() > other.sharpe() || maxDrawdown() < other.maxDrawdown();
        return noWorse && better;
    }
}
