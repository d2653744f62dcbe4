package io.swiftbolt.discovery.backtest;

import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;

/**
 * A parametrized family of strategies: what the genetic algorithm searches. Plug in your own by
 * implementing {@link #prepare}; the built-in family is {@link ZScoreRsiFamily}.
 *
 * <p>Implementations must be thread-safe (stateless, typically), as the optimizer may prepare
 * strategies from several threads.
 */
@FunctionalInterface
public interface StrategyFamily {

    /**
     * Makes the strategy of one parameter set for one price series (precomputing its indicators).
     *
     * @param bars       the prices
     * @param parameters the parameters
     * @return the strategy, following the no-look-ahead contract of {@link Strategy}
     * @throws IllegalArgumentException if the series is too short for the parameters or the
     *                                  parameters lack a gene the family needs
     */
    Strategy prepare(PriceBars bars, StrategyParameters parameters);

    /**
     * The fewest bars a series needs for every parameter set of a genome to be backtested; checked
     * before an optimization starts so that a short series fails early with a clear message.
     *
     * @param dna the genome searched
     * @return the minimum number of bars; 2 by default (one to decide, one to trade)
     */
    default int minimumBars(StrategyDNA dna) {
        return 2;
    }
}
