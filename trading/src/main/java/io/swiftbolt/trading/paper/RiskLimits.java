package io.swiftbolt.trading.paper;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Pre-trade risk limits, checked before an order is accepted; a breach is a rejection with a reason
 * code, never an exception.
 *
 * @param maxOrderValue    the largest value of one order, currency units (quantity × reference
 *                         price × multiplier), positive, at most 1e11
 * @param maxPosition      the largest absolute position per symbol, counting open orders on the same
 *                         side, shares or contracts, positive
 * @param allowShort       whether sells beyond the free long position are allowed
 */
public record RiskLimits(double maxOrderValue, long maxPosition, boolean allowShort) {

    /** No short selling, one order at most 10 million, one position at most 10 million shares. */
    public static final RiskLimits DEFAULT = new RiskLimits(10_000_000, 10_000_000, false);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a limit is out of range
     */
    public RiskLimits {
        ArgChecks.inRange(maxOrderValue, 1e-4, 1e11, "maxOrderValue");
        ArgChecks.check(maxPosition > 0, "maxPosition", maxPosition, "must be positive");
    }
}
