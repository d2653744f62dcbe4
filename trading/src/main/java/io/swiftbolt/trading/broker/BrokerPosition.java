package io.swiftbolt.trading.broker;

/**
 * What every broker reports about an open position. Amounts are exact
 * {@link io.swiftbolt.trading.order.Money} units. Implementations are immutable values.
 */
public interface BrokerPosition {

    /**
     * The instrument's symbol as the broker writes it.
     *
     * @return the symbol
     */
    String symbol();

    /**
     * Shares or contracts, positive long, negative short.
     *
     * @return the quantity
     */
    long quantity();

    /**
     * Σ signed cost of the open quantity (negative for a short).
     *
     * @return units
     */
    long costBasis();

    /**
     * The price per share the position is valued at, 0 when there is none.
     *
     * @return units
     */
    long markPrice();

    /**
     * The position's market value (negative for a short).
     *
     * @return units
     */
    long marketValue();

    /**
     * Market value minus cost basis.
     *
     * @return units
     */
    long unrealizedPnl();
}
