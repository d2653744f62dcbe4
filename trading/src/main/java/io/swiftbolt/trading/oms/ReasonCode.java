package io.swiftbolt.trading.oms;

/**
 * Why an order was rejected, cancelled or expired, or why a cancel request was refused. Expected
 * business outcomes are these values on events, never exceptions.
 */
public enum ReasonCode {
    // ---- static validation (rejections)
    /** Quantity (or a leg ratio) is zero or negative, or above the largest supported quantity. */
    INVALID_QUANTITY,
    /** A price is NaN, infinite, zero, negative or too large, or given where the type takes none. */
    INVALID_PRICE,
    /** A LIMIT or STOP_LIMIT order without a limit price. */
    MISSING_LIMIT_PRICE,
    /** A STOP or STOP_LIMIT order without a stop price. */
    MISSING_STOP_PRICE,
    /** The symbol is not a known instrument. */
    UNKNOWN_SYMBOL,
    /** The client order id is blank. */
    INVALID_CLIENT_ORDER_ID,
    /** The client order id was already used by an accepted order. */
    DUPLICATE_CLIENT_ORDER_ID,
    /** A multi-leg order with fewer than two legs or the same symbol twice. */
    INVALID_LEGS,
    /** Another member of the same bracket or OCO group was rejected. */
    GROUP_REJECTED,
    /** The option contract has already expired. */
    CONTRACT_EXPIRED,
    // ---- pre-trade risk (rejections)
    /** Not enough buying power (cash less what open buy orders reserve) for the order's value. */
    INSUFFICIENT_BUYING_POWER,
    /** A sell for more than the free long position, on an account that may not short. */
    INSUFFICIENT_POSITION,
    /** The resulting position would exceed the per-symbol position limit. */
    POSITION_LIMIT,
    /** The order's value exceeds the maximum order value. */
    MAX_ORDER_VALUE,
    /** A market or stop order with no price to value it at (no quote, bar or fill yet). */
    NO_REFERENCE_PRICE,
    // ---- ends of working orders
    /** Cancelled at the client's request. */
    USER_CANCELLED,
    /** The unfilled rest of an IOC order. */
    IOC_REMAINDER,
    /** A FOK order that could not be filled completely at once. */
    FOK_NOT_FILLED,
    /** The other member of an OCO group (or the other exit of a bracket) filled first. */
    OCO_SIBLING_FILLED,
    /** A bracket exit whose entry ended without being completely filled. */
    PARENT_NOT_FILLED,
    /** A DAY order at the end of its day. */
    DAY_ENDED,
    /** An order on an option contract that expired. */
    EXPIRED_CONTRACT,
    // ---- refused cancel requests
    /** No order with that id. */
    UNKNOWN_ORDER,
    /** The order is already filled, cancelled, rejected or expired. */
    ORDER_NOT_OPEN,
    // ---- appended for brokers (ordinals are journaled: only ever append)
    /** The order was replaced by a new one ({@code BrokerInterface.replace}). */
    REPLACED,
    /** A replacement that changes the symbol, side or type, or of a group member or multi-leg order. */
    NOT_REPLACEABLE,
    /** A broker refused the order; its own message says why. */
    BROKER_REJECTED,
    /** A broker cancelled or expired the order without a reason it reports in a known form. */
    BROKER_ENDED
}
