package io.swiftbolt.trading.oms;

import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderSpec;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A live view of one accepted order inside the {@link OrderManager}. Read-only to everyone but
 * the order manager, which changes it only by applying {@link TradingEvent}s.
 *
 * <p>Not thread-safe: read it on the writer thread only (for example from an engine method or a
 * listener). Other threads use {@link #snapshot()} values handed out by the engine.
 *
 * <p>Prices are {@link Money} units; a price the order type does not use is 0.
 */
public final class Order {

    private final long id;
    private final OrderSpec spec;
    private final OrderRequest request;
    private final MultiLegRequest combo;
    private final long limitPrice;
    private final long stopPrice;
    private final long reservePrice;
    private final GroupRole role;
    private final long groupId;
    private final Order parent;
    List<Order> group;
    List<Order> children;
    OrderStatus status = OrderStatus.SUBMITTED;
    long filledQuantity;
    long filledNotional;
    boolean triggered;
    ReasonCode endReason;

    Order(long id, OrderRequest request, long reservePrice, GroupRole role, long groupId, Order parent) {
        this.id = id;
        this.spec = request;
        this.request = request;
        this.combo = null;
        this.limitPrice = request.type().hasLimit() ? Money.unitsUnchecked(request.limitPrice()) : 0;
        this.stopPrice = request.type().hasStop() ? Money.unitsUnchecked(request.stopPrice()) : 0;
        this.reservePrice = reservePrice;
        this.role = role;
        this.groupId = groupId;
        this.parent = parent;
    }

    Order(long id, MultiLegRequest combo, long reservePrice) {
        this.id = id;
        this.spec = combo;
        this.request = null;
        this.combo = combo;
        this.limitPrice = Double.isNaN(combo.netLimitPrice()) ? 0 : Money.unitsUnchecked(combo.netLimitPrice());
        this.stopPrice = 0;
        this.reservePrice = reservePrice;
        this.role = GroupRole.NONE;
        this.groupId = 0;
        this.parent = null;
    }

    /** @return the engine's order id, from 1 */
    public long id() {
        return id;
    }

    /** @return the client's request */
    public OrderSpec spec() {
        return spec;
    }

    /** @return whether this is a multi-leg all-or-none order */
    public boolean isCombo() {
        return combo != null;
    }

    /** @return the single-instrument request, or null for a multi-leg order */
    public OrderRequest request() {
        return request;
    }

    /** @return the multi-leg request, or null for a single-instrument order */
    public MultiLegRequest combo() {
        return combo;
    }

    /** @return the symbol, or null for a multi-leg order */
    public String symbol() {
        return request == null ? null : request.symbol();
    }

    /** @return the side, or null for a multi-leg order */
    public Side side() {
        return request == null ? null : request.side();
    }

    /** @return the ordered quantity (shares, contracts or combination units) */
    public long quantity() {
        return request == null ? combo.quantity() : request.quantity();
    }

    /** @return the order type; LIMIT or MARKET for a multi-leg order by its net limit */
    public OrderType type() {
        return request == null ? (combo.netLimitPrice() == combo.netLimitPrice() ? OrderType.LIMIT : OrderType.MARKET)
                : request.type();
    }

    /** @return the time in force */
    public TimeInForce timeInForce() {
        return spec.timeInForce();
    }

    /** @return the limit price in units (the net debit limit for a combination), or 0 */
    public long limitPrice() {
        return limitPrice;
    }

    /** @return the stop price in units, or 0 */
    public long stopPrice() {
        return stopPrice;
    }

    /** @return the price per share at which the order reserves buying power, units */
    public long reservePrice() {
        return reservePrice;
    }

    /** @return the part the order plays in a group */
    public GroupRole role() {
        return role;
    }

    /** @return the group's id, or 0 */
    public long groupId() {
        return groupId;
    }

    /** @return the bracket entry of a bracket exit, or null */
    public Order parent() {
        return parent;
    }

    /** @return the current status */
    public OrderStatus status() {
        return status;
    }

    /** @return the quantity filled so far */
    public long filledQuantity() {
        return filledQuantity;
    }

    /** @return the quantity still open (0 once terminal) */
    public long leavesQuantity() {
        return status.isOpen() ? quantity() - filledQuantity : 0;
    }

    /** @return the quantity not filled: ordered less filled */
    public long unfilledQuantity() {
        return quantity() - filledQuantity;
    }

    /** @return the sum of fill quantity × price, units (combination: net debit × quantity) */
    public long filledNotional() {
        return filledNotional;
    }

    /** @return whether a stop order's stop has been reached */
    public boolean isTriggered() {
        return triggered;
    }

    /**
     * Whether the order may match now: open, and for a bracket exit, its entry completely filled.
     *
     * @return true if it can fill
     */
    public boolean isActive() {
        return status.isOpen() && (parent == null || parent.status == OrderStatus.FILLED);
    }

    /** @return the reason it was cancelled or expired, if it was */
    public Optional<ReasonCode> endReason() {
        return Optional.ofNullable(endReason);
    }

    /**
     * The other open members of this order's OCO group or bracket exits.
     *
     * @return the siblings (a copy)
     */
    List<Order> siblings() {
        List<Order> out = new ArrayList<>(2);
        if (group != null) {
            for (Order o : group) {
                if (o != this && o.status.isOpen()) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /**
     * An immutable copy of the order's state, safe to hand to other threads.
     *
     * @return the snapshot
     */
    public OrderSnapshot snapshot() {
        double avg = filledQuantity == 0 ? 0.0 : Money.toDouble(filledNotional) / filledQuantity;
        return new OrderSnapshot(id, spec, status, filledQuantity, leavesQuantity(), avg, triggered, role, groupId,
                parent == null ? 0 : parent.id, Optional.ofNullable(endReason));
    }

    @Override
    public String toString() {
        return "Order[" + id + " " + spec.clientOrderId() + " " + status + " filled " + filledQuantity + "/"
                + quantity() + "]";
    }
}
