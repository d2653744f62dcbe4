package io.swiftbolt.trading.broker;

import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.order.OrderRequest;
import java.util.List;
import java.util.Optional;

/**
 * What a strategy needs from a broker: the account, positions, order entry and order status. The
 * paper-trading engine implements it; live brokers will too, so a strategy moves from paper to live
 * without change.
 *
 * <p>Outcomes are values: a refused order is a REJECTED {@link OrderSnapshot} with a reason code,
 * a refused cancel a {@link CancelResult} saying why. Exceptions mean misuse (null arguments) or
 * infrastructure failure (I/O).
 *
 * <p>Thread-safety is the implementation's to document; the paper engine is single-writer.
 */
public interface BrokerInterface {

    /**
     * The account now.
     *
     * @return the snapshot
     */
    AccountSnapshot account();

    /**
     * The open positions, by symbol.
     *
     * @return the positions (non-zero quantity), sorted by symbol
     */
    List<Position> positions();

    /**
     * Submits an order.
     *
     * @param request the request
     * @return its state right after submission (REJECTED with a reason, SUBMITTED, or already
     *         PARTIAL or FILLED when it met a quote at once)
     */
    OrderSnapshot submit(OrderRequest request);

    /**
     * Requests cancellation.
     *
     * @param orderId the broker's order id
     * @return done, or why not
     */
    CancelResult cancel(long orderId);

    /**
     * An order's state.
     *
     * @param orderId the broker's order id
     * @return the snapshot, or empty if no such order
     */
    Optional<OrderSnapshot> order(long orderId);

    /**
     * An order's state by the client's id.
     *
     * @param clientOrderId the client order id
     * @return the snapshot, or empty if no accepted order has that id
     */
    Optional<OrderSnapshot> orderByClientId(String clientOrderId);

    /**
     * The open orders (SUBMITTED or PARTIAL), in submission order.
     *
     * @return the orders
     */
    List<OrderSnapshot> openOrders();
}
