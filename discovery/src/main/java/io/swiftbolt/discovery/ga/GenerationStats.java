package io.swiftbolt.discovery.ga;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The fitness of one generation of a {@link GeneticOptimizer} run: the convergence history.
 *
 * @param generation   the generation number, from 1
 * @param bestFitness  the best fitness in the population
 * @param meanFitness  the mean fitness of the population
 */
public record GenerationStats(long generation, double bestFitness, double meanFitness) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the generation is below 1 or a fitness is not finite
     */
    public GenerationStats {
        ArgChecks.check(generation >= 1, "generation", generation, "must be at least 1");
        ArgChecks.finite(bestFitness, "bestFitness");
        ArgChecks.finite(meanFitness, "meanFitness");
    }
}
