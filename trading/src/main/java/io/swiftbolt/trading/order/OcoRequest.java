package io.swiftbolt.trading.order;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One-cancels-other: two orders working together; the first fill of either cancels the other
 * (reason {@code OCO_SIBLING_FILLED}), and cancelling either cancels both. If either is rejected,
 * both are.
 *
 * @param first  one order
 * @param second the other order
 */
public record OcoRequest(OrderRequest first, OrderRequest second) {

    /**
     * Checks for nulls.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public OcoRequest {
        ArgChecks.notNull(first, "first");
        ArgChecks.notNull(second, "second");
    }
}
