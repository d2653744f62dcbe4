package io.swiftbolt.trading.oms;

import io.swiftbolt.trading.broker.OrderId;

/**
 * The answer to a cancel request: done, or refused with a reason ({@link ReasonCode#UNKNOWN_ORDER},
 * {@link ReasonCode#ORDER_NOT_OPEN}). A refusal is a value, not an exception.
 *
 * @param orderId   the order the request named (the broker's id)
 * @param cancelled whether the order is now cancelled by this request
 * @param reason    {@link ReasonCode#USER_CANCELLED} when done, else why not
 */
public record CancelResult(OrderId orderId, boolean cancelled, ReasonCode reason) {
}
