package io.swiftbolt.trading.oms;

import io.swiftbolt.trading.broker.BrokerOrder;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.order.OrderSpec;
import java.util.Optional;

/**
 * An immutable copy of an order's state at one moment, safe to share between threads.
 *
 * @param orderId          the engine's order id; 0 for a rejected request (which takes no id)
 * @param spec             the client's request
 * @param status           the status
 * @param filledQuantity   filled so far
 * @param leavesQuantity   still open (0 once terminal)
 * @param averagePrice     the average fill price per share in currency units (net per unit for a
 *                         combination), 0 before any fill; for display, the exact fills are in
 *                         the events
 * @param triggered        whether a stop order's stop was reached
 * @param role             its part in a group
 * @param groupId          the group's id, or 0
 * @param parentId         a bracket exit's entry id, or 0
 * @param reason           why it was rejected, cancelled or expired, if it was
 */
public record OrderSnapshot(long orderId, OrderSpec spec, OrderStatus status, long filledQuantity,
                            long leavesQuantity, double averagePrice, boolean triggered, GroupRole role, long groupId,
                            long parentId, Optional<ReasonCode> reason) implements BrokerOrder {

    /**
     * The order id as a broker-neutral {@link OrderId}.
     *
     * @return the id, {@link OrderId#NONE} for a rejected request
     */
    @Override
    public OrderId id() {
        return OrderId.of(orderId);
    }

    /**
     * The snapshot of a rejected request.
     *
     * @param spec   the request
     * @param reason the reason
     * @return a REJECTED snapshot with order id 0
     */
    public static OrderSnapshot rejected(OrderSpec spec, ReasonCode reason) {
        return new OrderSnapshot(0, spec, OrderStatus.REJECTED, 0, 0, 0.0, false, GroupRole.NONE, 0, 0,
                Optional.of(reason));
    }
}
