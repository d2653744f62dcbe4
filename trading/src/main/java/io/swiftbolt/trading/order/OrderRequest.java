package io.swiftbolt.trading.order;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A request for a single-instrument order. Prices are in currency units per share (or per
 * option, before the multiplier); {@code NaN} means "not applicable".
 *
 * <p>The constructor only rejects nulls (misuse, {@link IllegalArgumentException}). Business
 * validity (quantity positive, prices finite and positive, a limit price on a limit order, a
 * known symbol, a fresh client order id) is checked by the order manager, which turns a violation
 * into a REJECTED event with a reason code and changes nothing else.
 *
 * <p>Immutable and thread-safe.
 *
 * @param clientOrderId the client's id, unique per account
 * @param symbol        the instrument's symbol
 * @param side          buy or sell
 * @param quantity      shares or contracts, must be positive to be accepted
 * @param type          market, limit, stop or stop-limit
 * @param limitPrice    the limit price for LIMIT and STOP_LIMIT, else NaN
 * @param stopPrice     the stop (trigger) price for STOP and STOP_LIMIT, else NaN
 * @param timeInForce   DAY, GTC, IOC or FOK
 */
public record OrderRequest(String clientOrderId, String symbol, Side side, long quantity, OrderType type,
                           double limitPrice, double stopPrice, TimeInForce timeInForce) implements OrderSpec {

    /**
     * Checks for nulls.
     *
     * @throws IllegalArgumentException if a reference argument is null
     */
    public OrderRequest {
        ArgChecks.notNull(clientOrderId, "clientOrderId");
        ArgChecks.notNull(symbol, "symbol");
        ArgChecks.notNull(side, "side");
        ArgChecks.notNull(type, "type");
        ArgChecks.notNull(timeInForce, "timeInForce");
    }

    /**
     * A market order.
     *
     * @param clientOrderId the client's id
     * @param symbol        the symbol
     * @param side          the side
     * @param quantity      the quantity
     * @param tif           the time in force
     * @return the request
     */
    public static OrderRequest market(String clientOrderId, String symbol, Side side, long quantity, TimeInForce tif) {
        return new OrderRequest(clientOrderId, symbol, side, quantity, OrderType.MARKET, Double.NaN, Double.NaN, tif);
    }

    /**
     * A limit order.
     *
     * @param clientOrderId the client's id
     * @param symbol        the symbol
     * @param side          the side
     * @param quantity      the quantity
     * @param limitPrice    the limit price
     * @param tif           the time in force
     * @return the request
     */
    public static OrderRequest limit(String clientOrderId, String symbol, Side side, long quantity, double limitPrice,
                                     TimeInForce tif) {
        return new OrderRequest(clientOrderId, symbol, side, quantity, OrderType.LIMIT, limitPrice, Double.NaN, tif);
    }

    /**
     * A stop (stop-market) order.
     *
     * @param clientOrderId the client's id
     * @param symbol        the symbol
     * @param side          the side
     * @param quantity      the quantity
     * @param stopPrice     the trigger price
     * @param tif           the time in force
     * @return the request
     */
    public static OrderRequest stop(String clientOrderId, String symbol, Side side, long quantity, double stopPrice,
                                    TimeInForce tif) {
        return new OrderRequest(clientOrderId, symbol, side, quantity, OrderType.STOP, Double.NaN, stopPrice, tif);
    }

    /**
     * A stop-limit order.
     *
     * @param clientOrderId the client's id
     * @param symbol        the symbol
     * @param side          the side
     * @param quantity      the quantity
     * @param stopPrice     the trigger price
     * @param limitPrice    the limit price once triggered
     * @param tif           the time in force
     * @return the request
     */
    public static OrderRequest stopLimit(String clientOrderId, String symbol, Side side, long quantity,
                                         double stopPrice, double limitPrice, TimeInForce tif) {
        return new OrderRequest(clientOrderId, symbol, side, quantity, OrderType.STOP_LIMIT, limitPrice, stopPrice,
                tif);
    }

    /**
     * The same request under another client order id (used for the legs of groups).
     *
     * @param id the new client order id
     * @return the request
     */
    public OrderRequest withClientOrderId(String id) {
        return new OrderRequest(id, symbol, side, quantity, type, limitPrice, stopPrice, timeInForce);
    }
}
