package io.swiftbolt.discovery.ga;

import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.StrategyParameters;

/**
 * What the multi-objective search ({@link GeneticOptimizer#paretoFront}) scores: the backtest
 * metrics of a parameter set, of which it maximizes the Sharpe ratio and minimizes the maximum
 * drawdown.
 *
 * <p>Must be pure (reproducibility rests on it), thread-safe when the optimizer has a concurrent
 * executor, and never return null.
 */
@FunctionalInterface
public interface MetricsObjective {

    /**
     * The metrics of a parameter set, typically of its backtest on a training window.
     *
     * @param parameters the parameters, inside their genome's bounds
     * @return the metrics, not null
     */
    BacktestMetrics evaluate(StrategyParameters parameters);
}
