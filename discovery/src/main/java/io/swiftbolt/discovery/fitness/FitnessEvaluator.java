package io.swiftbolt.discovery.fitness;

import io.swiftbolt.discovery.backtest.BacktestMetrics;

/**
 * Turns a backtest's metrics into the single number the genetic algorithm maximizes.
 *
 * <p>Implementations must be pure (same metrics, same fitness), thread-safe, and return a finite
 * number. The default is {@link WeightedFitness#defaults()}:
 * {@code 0.5 sharpe + 0.3 totalReturn - 0.2 |maxDrawdown|}.
 */
@FunctionalInterface
public interface FitnessEvaluator {

    /**
     * The fitness of a backtest; higher is better.
     *
     * @param metrics the backtest's metrics
     * @return a finite fitness
     */
    double fitness(BacktestMetrics metrics);

    /**
     * The default fitness, {@link WeightedFitness#defaults()}.
     *
     * @return the default evaluator
     */
    static FitnessEvaluator defaults() {
        return WeightedFitness.defaults();
    }
}
