package io.swiftbolt.trading.broker;

import io.swiftbolt.core.util.ArgChecks;
import java.time.Instant;

/**
 * One change of an order, pushed by the broker. For fills, {@code fillQuantity} and
 * {@code fillPrice} describe this execution; otherwise they are 0 and NaN.
 *
 * <p>{@code order} is the order's state as the broker reported it with the update (the paper
 * engine: its state when the update is delivered, which may already include later changes of the
 * same command). Immutable and thread-safe.
 *
 * @param kind         what happened
 * @param order        the order
 * @param fillQuantity shares or contracts executed by this fill, else 0
 * @param fillPrice    price per share of this fill in currency units (a multi-leg order's signed net
 *                     debit per unit, negative for a credit), else NaN
 * @param time         when it happened, by the broker's clock
 */
public record OrderUpdate(Kind kind, BrokerOrder order, long fillQuantity, double fillPrice, Instant time) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first bad argument
     */
    public OrderUpdate {
        ArgChecks.notNull(kind, "kind");
        ArgChecks.notNull(order, "order");
        ArgChecks.notNull(time, "time");
        boolean fill = kind == Kind.FILL || kind == Kind.PARTIAL_FILL;
        ArgChecks.check(fill ? fillQuantity > 0 : fillQuantity == 0, "fillQuantity", fillQuantity,
                fill ? "must be positive for a fill" : "must be 0 unless a fill");
        ArgChecks.check(fill ? Double.isFinite(fillPrice) : Double.isNaN(fillPrice),
                "fillPrice", fillPrice, fill ? "must be finite for a fill" : "must be NaN unless a fill");
    }

    /** What an update reports. */
    public enum Kind {
        /** The order was accepted and is working. */
        NEW,
        /** Part of the order filled; the rest is still working. */
        PARTIAL_FILL,
        /** The order filled completely. */
        FILL,
        /** The order was cancelled. */
        CANCELED,
        /** The order expired. */
        EXPIRED,
        /** The order was refused. */
        REJECTED,
        /** The order was replaced by a new one (which gets its own updates). */
        REPLACED,
        /** An intermediate broker state: pending new, pending cancel or replace, done for the day, held. */
        PENDING
    }
}
