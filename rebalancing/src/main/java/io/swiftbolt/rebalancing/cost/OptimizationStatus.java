package io.swiftbolt.rebalancing.cost;

/** How a cost optimization ended: an outcome, not an error. */
public enum OptimizationStatus {
    /** The tracking-error cap binds: the plan's tracking error equals the cap (within 1e-9, and never above it). */
    OPTIMAL_AT_CAP,
    /** The cheapest plan already has a tracking error below the cap. */
    OPTIMAL_BELOW_CAP,
    /**
     * No plan within the direction and wash-sale limits reaches the cap; the plan returned has the
     * smallest tracking error (an optimum of the tracking error alone).
     */
    CAP_UNREACHABLE
}
