package io.swiftbolt.rebalancing;

/** Why a position is left outside its band after rebalancing: an expected outcome, not an error. */
public enum BreachReason {
    /** Selling further would have exceeded the tax budget. */
    TAX_BUDGET,
    /** The wash-sale guard ({@code AVOID}) kept a loss lot or a purchase out of the plan. */
    WASH_SALE,
    /** The specific lots named do not hold enough shares. */
    LOTS_UNAVAILABLE,
    /** A trade below the minimum trade size was dropped. */
    MIN_TRADE_SIZE,
    /** Whole-share rounding moved the weight across the band edge. */
    ROUNDING,
    /** Not enough cash for every purchase (after the sales the other limits allowed). */
    INSUFFICIENT_CASH
}
