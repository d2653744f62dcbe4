package io.swiftbolt.discovery.ga;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.List;

/**
 * The outcome of a {@link GeneticOptimizer} run.
 *
 * @param best        the best parameters found
 * @param bestFitness their objective value
 * @param history     per-generation best and mean fitness, in order (the run may stop before the
 *                    configured generation count on steady fitness)
 * @param evaluations the number of objective evaluations: the number of trials, as the deflated
 *                    Sharpe ratio needs it (Jenetics evaluates only new or altered individuals)
 * @param seed        the seed of the run
 */
public record OptimizationResult(StrategyParameters best, double bestFitness, List<GenerationStats> history,
                                 long evaluations, long seed) {

    /**
     * Validates and copies the history.
     *
     * @throws IllegalArgumentException if an argument is null, the fitness is not finite, the
     *                                  history is empty or the evaluation count is not positive
     */
    public OptimizationResult {
        ArgChecks.notNull(best, "best");
        ArgChecks.finite(bestFitness, "bestFitness");
        history = List.copyOf(ArgChecks.notNull(history, "history"));
        ArgChecks.check(!history.isEmpty(), "history", history, "must not be empty");
        ArgChecks.check(evaluations > 0, "evaluations", evaluations, "must be positive");
    }

    /**
     * The number of generations run.
     *
     * @return the generation count, at least 1
     */
    public int generations() {
        return history.size();
    }
}
