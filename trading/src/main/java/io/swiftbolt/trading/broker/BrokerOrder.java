package io.swiftbolt.trading.broker;

import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.OrderSpec;
import java.util.Optional;

/**
 * An order as any broker reports it: its id, what was asked, where it stands. The paper engine's
 * {@link io.swiftbolt.trading.oms.OrderSnapshot} and the Alpaca adapter's orders implement it.
 * Implementations are immutable values, safe to pass between threads.
 */
public interface BrokerOrder {

    /**
     * The broker's id, {@link OrderId#NONE} for a request refused at submission.
     *
     * @return the id
     */
    OrderId id();

    /**
     * What was asked: an {@link io.swiftbolt.trading.order.OrderRequest} or a
     * {@link io.swiftbolt.trading.order.MultiLegRequest}, carrying the client order id.
     *
     * @return the request
     */
    OrderSpec spec();

    /**
     * Where the order stands.
     *
     * @return the status
     */
    OrderStatus status();

    /**
     * Shares, contracts or combination units filled so far.
     *
     * @return the quantity
     */
    long filledQuantity();

    /**
     * Quantity still working (0 once terminal).
     *
     * @return the quantity
     */
    long leavesQuantity();

    /**
     * The average fill price per share in currency units (net per unit for a combination), 0
     * before any fill.
     *
     * @return the price
     */
    double averagePrice();

    /**
     * Why the order was rejected, cancelled or expired, if it was.
     *
     * @return the reason
     */
    Optional<ReasonCode> reason();

    /**
     * The client's id of the order.
     *
     * @return the client order id
     */
    default String clientOrderId() {
        return spec().clientOrderId();
    }
}
