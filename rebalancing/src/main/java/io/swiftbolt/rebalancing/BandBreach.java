package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A position left outside its band by a plan, with the reason.
 *
 * @param symbol the symbol
 * @param weight the post-trade weight, decimal
 * @param lower  the band's lower edge
 * @param upper  the band's upper edge
 * @param reason why the plan could not bring it inside
 */
public record BandBreach(String symbol, double weight, double lower, double upper, BreachReason reason) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is null or a number is not finite
     */
    public BandBreach {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.finite(weight, "weight");
        ArgChecks.finite(lower, "lower");
        ArgChecks.finite(upper, "upper");
        ArgChecks.notNull(reason, "reason");
    }
}
