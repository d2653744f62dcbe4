package io.swiftbolt.trading.oms;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A refusal: a reason code and a human-readable detail naming the offending value. A value, not an
 * exception.
 *
 * @param reason the code
 * @param detail the explanation, e.g. {@code "quantity must be positive, was 0"}
 */
public record Rejection(ReasonCode reason, String detail) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public Rejection {
        ArgChecks.notNull(reason, "reason");
        ArgChecks.notNull(detail, "detail");
    }
}
