package io.swiftbolt.discovery.ga;

import io.swiftbolt.discovery.dna.StrategyParameters;

/**
 * What the {@link GeneticOptimizer} maximizes: a number for each parameter set.
 *
 * <p>Must be pure (the optimizer's reproducibility rests on it), thread-safe when the optimizer
 * has a concurrent executor, and return finite numbers: a NaN or infinite value stops the
 * optimization with an {@link IllegalArgumentException} naming the parameters.
 */
@FunctionalInterface
public interface Objective {

    /**
     * The value of a parameter set; higher is better.
     *
     * @param parameters the parameters, inside their genome's bounds
     * @return a finite value
     */
    double evaluate(StrategyParameters parameters);
}
