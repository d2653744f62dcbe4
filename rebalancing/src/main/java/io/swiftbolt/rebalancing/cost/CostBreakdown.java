package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The trading cost of a plan by component, in currency units.
 *
 * @param commission the commissions, {@code >= 0}
 * @param spread     the half-spread paid, {@code >= 0}
 * @param impact     the market impact, {@code >= 0}
 */
public record CostBreakdown(double commission, double spread, double impact) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is negative or not finite
     */
    public CostBreakdown {
        ArgChecks.notNegative(commission, "commission");
        ArgChecks.notNegative(spread, "spread");
        ArgChecks.notNegative(impact, "impact");
    }

    /**
     * The total cost.
     *
     * @return commission + spread + impact
     */
    public double total() {
        return commission + spread + impact;
    }
}
