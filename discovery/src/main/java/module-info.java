/**
 * SwiftBolt discovery: genetic-algorithm strategy discovery over a fast bar-by-bar backtester,
 * with walk-forward validation and overfitting statistics.
 *
 * <ul>
 *   <li>{@link io.swiftbolt.discovery.dna}: {@link io.swiftbolt.discovery.dna.StrategyDNA}, named
 *       bounded genes and their encoding to a Jenetics genotype, and the decoded
 *       {@link io.swiftbolt.discovery.dna.StrategyParameters};</li>
 *   <li>{@link io.swiftbolt.discovery.backtest}: the {@link io.swiftbolt.discovery.backtest.Backtester}
 *       over {@code double[]} prices (signal at bar t, fill at bar t+1's open; stop-loss and take-profit
 *       inside the bar's range), the pluggable {@link io.swiftbolt.discovery.backtest.Strategy} and
 *       the built-in {@link io.swiftbolt.discovery.backtest.ZScoreRsiFamily};</li>
 *   <li>{@link io.swiftbolt.discovery.fitness}: {@link io.swiftbolt.discovery.fitness.FitnessEvaluator}
 *       and the default {@link io.swiftbolt.discovery.fitness.WeightedFitness};</li>
 *   <li>{@link io.swiftbolt.discovery.ga}: the seeded, reproducible
 *       {@link io.swiftbolt.discovery.ga.GeneticOptimizer} on Jenetics;</li>
 *   <li>{@link io.swiftbolt.discovery.overfit}: the deflated and probabilistic Sharpe ratios
 *       ({@link io.swiftbolt.discovery.overfit.DeflatedSharpe});</li>
 *   <li>{@link io.swiftbolt.discovery.walkforward}: {@link io.swiftbolt.discovery.walkforward.StrategyDiscovery},
 *       walk-forward optimization with in-sample and out-of-sample metrics side by side.</li>
 * </ul>
 */
module io.swiftbolt.discovery {
    requires transitive io.swiftbolt.core;
    requires transitive io.jenetics.base;
    requires io.jenetics.ext;

    exports io.swiftbolt.discovery.dna;
    exports io.swiftbolt.discovery.backtest;
    exports io.swiftbolt.discovery.fitness;
    exports io.swiftbolt.discovery.ga;
    exports io.swiftbolt.discovery.overfit;
    exports io.swiftbolt.discovery.walkforward;
}
