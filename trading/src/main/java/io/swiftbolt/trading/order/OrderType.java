package io.swiftbolt.trading.order;

/**
 * How an order is priced.
 *
 * <ul>
 *   <li>{@link #MARKET}: fills at the opposite quote (the ask for a buy, the bid for a sell) plus
 *       slippage; never at the mid.</li>
 *   <li>{@link #LIMIT}: fills only at the limit price or better, once the market crosses it.</li>
 *   <li>{@link #STOP}: becomes a market order once the market trades through the stop price
 *       (at or above it for a buy, at or below for a sell).</li>
 *   <li>{@link #STOP_LIMIT}: becomes a limit order once the stop is triggered.</li>
 * </ul>
 */
public enum OrderType {
    /** Market order. */
    MARKET,
    /** Limit order. */
    LIMIT,
    /** Stop (stop-market) order. */
    STOP,
    /** Stop-limit order. */
    STOP_LIMIT;

    /**
     * Whether a limit price is required.
     *
     * @return true for LIMIT and STOP_LIMIT
     */
    public boolean hasLimit() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /**
     * Whether a stop price is required.
     *
     * @return true for STOP and STOP_LIMIT
     */
    public boolean hasStop() {
        return this == STOP || this == STOP_LIMIT;
    }
}
