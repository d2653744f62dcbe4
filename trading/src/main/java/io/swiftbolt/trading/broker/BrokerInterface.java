package io.swiftbolt.trading.broker;

import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import java.util.List;
import java.util.Optional;

/**
 * What a strategy needs from a broker: connect, the account, positions, the latest quote, order
 * entry (every {@link io.swiftbolt.trading.order.OrderType order type} and
 * {@link io.swiftbolt.trading.order.TimeInForce time in force}, single instruments and multi-leg
 * option orders), cancel, replace, order status, open orders and a stream of order updates. The
 * paper-trading engine implements it, and so does the Alpaca adapter ({@code trading-alpaca}), so
 * a strategy written against this interface runs unchanged on either.
 *
 * <h2>Ids</h2>
 * Orders are named by the broker's {@link OrderId} (text: the paper engine's numbers, Alpaca's
 * UUIDs) or by the client order id the strategy chose. A client order id is unique per account:
 * submitting it twice gives a REJECTED order with reason
 * {@link io.swiftbolt.trading.oms.ReasonCode#DUPLICATE_CLIENT_ORDER_ID} and leaves the first order
 * alone, so re-sending an intent can never place it twice.
 *
 * <h2>Outcomes and errors</h2>
 * Outcomes are values: a refused order is a REJECTED {@link BrokerOrder} with a reason code, a
 * refused cancel a {@link CancelResult} saying why. Exceptions mean misuse
 * ({@link IllegalArgumentException} for null or malformed arguments) or infrastructure failure
 * ({@link BrokerException}: unreachable, timed out after retries, unauthorized, malformed answer).
 *
 * <p>Amounts are exact {@link io.swiftbolt.trading.order.Money} units; prices in requests and
 * quotes are currency units per share. Thread-safety is the implementation's to document: the paper
 * engine is single-writer, the Alpaca adapter is thread-safe.
 */
public interface BrokerInterface {

    /**
     * Checks that the broker is reachable and the credentials work; call once before trading.
     * Idempotent.
     *
     * @throws BrokerException if the broker cannot be reached or refuses the credentials
     */
    void connect();

    /**
     * The account now.
     *
     * @return cash, equity and buying power
     */
    BrokerAccount account();

    /**
     * The open positions.
     *
     * @return the positions (non-zero quantity), sorted by symbol
     */
    List<? extends BrokerPosition> positions();

    /**
     * The latest quote and last trade of a symbol.
     *
     * @param symbol the symbol
     * @return the quote, or empty if there is no market data for it yet
     * @throws IllegalArgumentException if {@code symbol} is blank (the paper engine: or not one of
     *                                  its instruments)
     */
    Optional<LatestQuote> latestQuote(String symbol);

    /**
     * Submits a single-instrument order under its client order id.
     *
     * @param request the request
     * @return its state right after submission: REJECTED with a reason, SUBMITTED, or already
     *         PARTIAL or FILLED when it met the market at once
     */
    BrokerOrder submit(OrderRequest request);

    /**
     * Submits a multi-leg, all-or-none option order (a spread) under its client order id.
     *
     * @param request the request
     * @return its state right after submission
     */
    BrokerOrder submitMultiLeg(MultiLegRequest request);

    /**
     * Requests cancellation. For a live broker {@code cancelled} means the broker accepted the
     * request; the final CANCELLED state then arrives as an update.
     *
     * @param orderId the broker's order id
     * @return done, or why not ({@code UNKNOWN_ORDER}, {@code ORDER_NOT_OPEN})
     */
    CancelResult cancel(OrderId orderId);

    /**
     * Replaces an open order by a new one with another quantity, prices or time in force and a new
     * client order id. {@code replacement} must name the original's symbol, side and type. On
     * success the original ends (CANCELLED with reason {@code REPLACED}) and the new order works
     * in its place; a refused replacement is a REJECTED order and leaves the original untouched.
     * The new quantity is the new order's whole quantity; what the original filled stays with it.
     *
     * @param orderId     the open order
     * @param replacement the new order
     * @return the new order's state
     */
    BrokerOrder replace(OrderId orderId, OrderRequest replacement);

    /**
     * An order's state.
     *
     * @param orderId the broker's order id
     * @return the order, or empty if there is no such order
     */
    Optional<? extends BrokerOrder> order(OrderId orderId);

    /**
     * An order's state by the client's id.
     *
     * @param clientOrderId the client order id
     * @return the order, or empty if no accepted order has that id
     */
    Optional<? extends BrokerOrder> orderByClientId(String clientOrderId);

    /**
     * The open orders (SUBMITTED or PARTIAL), oldest first.
     *
     * @return the orders
     */
    List<? extends BrokerOrder> openOrders();

    /**
     * Starts delivering order updates (accepted, partial fill, fill, cancelled, expired, rejected,
     * replaced) to a listener until the subscription is closed.
     *
     * @param listener the listener
     * @return the subscription
     * @throws BrokerException if the stream cannot be opened
     */
    Subscription orderUpdates(OrderUpdateListener listener);
}
