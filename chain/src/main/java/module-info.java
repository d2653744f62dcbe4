/**
 * SwiftBolt chain: option-chain analytics on top of {@code io.swiftbolt.core}.
 *
 * <ul>
 *   <li>{@link io.swiftbolt.chain}: the immutable {@link io.swiftbolt.chain.OptionChain} and its CSV
 *       reader/writer {@link io.swiftbolt.chain.OptionChainCsv};</li>
 *   <li>{@link io.swiftbolt.chain.analytics}: {@link io.swiftbolt.chain.analytics.OptionsChainAnalyzer}
 *       (max pain and pain curves, put/call ratios, implied volatility, ATM IV, 25-delta risk reversal
 *       and butterfly, term structure, dealer gamma exposure), {@link io.swiftbolt.chain.analytics.IvStatistics}
 *       (IV rank and percentile) and the static {@link io.swiftbolt.chain.analytics.MaxPainKernels};</li>
 *   <li>{@link io.swiftbolt.chain.greeks}: {@link io.swiftbolt.chain.greeks.GreeksAggregator}, portfolio
 *       Greeks of option positions;</li>
 *   <li>{@link io.swiftbolt.chain.liquidity}: {@link io.swiftbolt.chain.liquidity.LiquidityAnalyzer}, a
 *       0-100 tradeability score per contract;</li>
 *   <li>{@link io.swiftbolt.chain.generate}: {@link io.swiftbolt.chain.generate.GeneratedChains}, seeded
 *       <em>generated</em> (synthetic) chains for tests, benchmarks and the tour.</li>
 * </ul>
 */
module io.swiftbolt.chain {
    requires transitive io.swiftbolt.core;
    requires org.apache.commons.csv;

    exports io.swiftbolt.chain;
    exports io.swiftbolt.chain.analytics;
    exports io.swiftbolt.chain.greeks;
    exports io.swiftbolt.chain.liquidity;
    exports io.swiftbolt.chain.generate;
}
