/**
 * SwiftBolt rebalancing: lot-level tax-aware rebalancing ({@link io.swiftbolt.rebalancing.TaxAwareRebalancer})
 * and a transaction-cost optimizer with an ex-ante tracking-error constraint
 * ({@link io.swiftbolt.rebalancing.cost.CostOptimizer}).
 *
 * <p>Packages by capability: {@code lots} (tax lots, holdings, lot selection), {@code tax} (holding
 * periods, rates, gain netting, wash sales), the root package (targets, prices, bands, the rebalancer
 * and its plan) and {@code cost} (the cost model and the optimizer, an interior-point method on plain arrays; its tests
 * check it against ojAlgo).
 */
module io.swiftbolt.rebalancing {
    requires io.swiftbolt.core;
    requires ojalgo;

    exports io.swiftbolt.rebalancing;
    exports io.swiftbolt.rebalancing.lots;
    exports io.swiftbolt.rebalancing.tax;
    exports io.swiftbolt.rebalancing.cost;
}
