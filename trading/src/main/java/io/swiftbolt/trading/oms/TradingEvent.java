package io.swiftbolt.trading.oms;

import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderSpec;
import io.swiftbolt.trading.order.Side;
import java.time.Instant;
import java.util.List;

/**
 * Everything that changes trading state, in the order it happened. Each event is journaled before
 * it is delivered to listeners, and replaying the events rebuilds the orders and the account
 * exactly. Prices, fees and amounts are {@code long} {@link io.swiftbolt.trading.order.Money
 * units} (1/10,000 of a currency unit); quantities are shares or contracts.
 *
 * <p>{@code sequence} numbers every event of an account from 1 without gaps; {@code time} comes from
 * the injected clock. Immutable and thread-safe.
 */
public sealed interface TradingEvent {

    /**
     * The event's position in the account's history, from 1.
     *
     * @return the sequence number
     */
    long sequence();

    /**
     * When the event happened, by the engine's clock.
     *
     * @return the time
     */
    Instant time();

    /**
     * The first event of every account.
     *
     * @param sequence    the sequence number (1)
     * @param time        the time
     * @param initialCash the starting cash, units
     */
    record AccountOpened(long sequence, Instant time, long initialCash) implements TradingEvent {
    }

    /**
     * An order passed validation and risk checks: PENDING → SUBMITTED.
     *
     * @param sequence     the sequence number
     * @param time         the time
     * @param orderId      the engine's id of the order, from 1
     * @param request      the request
     * @param reservePrice the price per share the order reserves buying power at, units
     * @param role         its part in a group
     * @param groupId      the group's id (the first member's order id), or 0 for none
     * @param parentId     for a bracket exit, the entry's order id, else 0
     */
    record OrderAccepted(long sequence, Instant time, long orderId, OrderRequest request, long reservePrice,
                         GroupRole role, long groupId, long parentId) implements TradingEvent {
    }

    /**
     * A multi-leg all-or-none order was accepted: PENDING → SUBMITTED.
     *
     * @param sequence     the sequence number
     * @param time         the time
     * @param orderId      the order id
     * @param request      the request
     * @param reservePrice the net debit per unit of the combination it reserves at (after
     *                     multipliers), units; zero or negative for a credit
     */
    record ComboAccepted(long sequence, Instant time, long orderId, MultiLegRequest request, long reservePrice)
            implements TradingEvent {
    }

    /**
     * An order was refused: PENDING → REJECTED. It changed nothing and took no order id, so its
     * client order id stays free.
     *
     * @param sequence the sequence number
     * @param time     the time
     * @param request  the refused request
     * @param reason   why
     * @param detail   a human-readable explanation naming the offending value
     */
    record OrderRejected(long sequence, Instant time, OrderSpec request, ReasonCode reason, String detail)
            implements TradingEvent {
    }

    /**
     * A stop or stop-limit order's stop was reached: from now on it works as a market or limit order.
     * The status does not change.
     *
     * @param sequence     the sequence number
     * @param time         the time
     * @param orderId      the order id
     * @param triggerPrice the market price that triggered it, units
     */
    record OrderTriggered(long sequence, Instant time, long orderId, long triggerPrice) implements TradingEvent {
    }

    /**
     * A fill of a single-instrument order: → PARTIAL when {@code leavesQuantity > 0}, else → FILLED.
     *
     * @param sequence           the sequence number
     * @param time               the time
     * @param orderId            the order id
     * @param symbol             the instrument
     * @param side               the side
     * @param quantity           shares or contracts filled now, positive
     * @param price              the fill price per share, units
     * @param fee                the commission charged for this fill, units
     * @param cumulativeQuantity filled so far, including this fill
     * @param leavesQuantity     still open after this fill
     */
    record OrderFilled(long sequence, Instant time, long orderId, String symbol, Side side, long quantity, long price,
                       long fee, long cumulativeQuantity, long leavesQuantity) implements TradingEvent {
        /**
         * Whether the order is still open after this fill.
         *
         * @return true for a partial fill
         */
        public boolean partial() {
            return leavesQuantity > 0;
        }
    }

    /**
     * The complete, atomic fill of a multi-leg order: SUBMITTED → FILLED, all legs in one event (one
     * journal record), so no crash can leave half of it applied.
     *
     * @param sequence the sequence number
     * @param time     the time
     * @param orderId  the order id
     * @param quantity units of the combination
     * @param legs     one execution per leg
     */
    record ComboFilled(long sequence, Instant time, long orderId, long quantity, List<LegFill> legs)
            implements TradingEvent {
        /**
         * Copies the legs.
         */
        public ComboFilled {
            legs = List.copyOf(legs);
        }
    }

    /**
     * One leg's execution within a {@link ComboFilled}.
     *
     * @param symbol   the leg's instrument
     * @param side     the side
     * @param quantity shares or contracts
     * @param price    price per share, units
     * @param fee      commission, units
     */
    record LegFill(String symbol, Side side, long quantity, long price, long fee) {
    }

    /**
     * An order was cancelled: SUBMITTED or PARTIAL → CANCELLED.
     *
     * @param sequence       the sequence number
     * @param time           the time
     * @param orderId        the order id
     * @param leavesQuantity the quantity that will now never fill
     * @param reason         why
     */
    record OrderCancelled(long sequence, Instant time, long orderId, long leavesQuantity, ReasonCode reason)
            implements TradingEvent {
    }

    /**
     * An order expired: SUBMITTED or PARTIAL → EXPIRED.
     *
     * @param sequence       the sequence number
     * @param time           the time
     * @param orderId        the order id
     * @param leavesQuantity the quantity that will now never fill
     * @param reason         DAY_ENDED or EXPIRED_CONTRACT
     */
    record OrderExpired(long sequence, Instant time, long orderId, long leavesQuantity, ReasonCode reason)
            implements TradingEvent {
    }

    /**
     * An option position settled at expiry for cash at intrinsic value; the position is closed.
     *
     * @param sequence the sequence number
     * @param time     the time
     * @param symbol   the option's symbol
     * @param quantity the signed position settled (positive long, negative short), contracts
     * @param price    the intrinsic value per share, units ({@code max(θ (S − K), 0)})
     */
    record PositionSettled(long sequence, Instant time, String symbol, long quantity, long price)
            implements TradingEvent {
    }
}
