package io.swiftbolt.trading.broker;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A broker's id of an order, as text: the paper engine's ids are decimal numbers ({@code "17"}),
 * Alpaca's are UUIDs. Broker-neutral, so a strategy can hold, compare and pass ids back to the
 * broker that issued them without knowing their form.
 *
 * <p>{@link #NONE} (the empty id) stands for "no id": a request refused at submission never gets
 * one. Immutable and thread-safe.
 *
 * @param value the id; empty only for {@link #NONE}, otherwise at most 128 characters without
 *              whitespace or {@code /}
 */
public record OrderId(String value) {

    /** The id of an order that has none (refused at submission). */
    public static final OrderId NONE = new OrderId("");

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the value is null, too long, or holds whitespace or {@code /}
     */
    public OrderId {
        ArgChecks.notNull(value, "value");
        ArgChecks.check(value.length() <= 128 && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '/'),
                "value", value, "must be at most 128 characters without whitespace or '/'");
    }

    /**
     * The id of a numbered order (the paper engine's).
     *
     * @param id the number; 0 means none
     * @return the id, or {@link #NONE} for 0
     */
    public static OrderId of(long id) {
        return id == 0 ? NONE : new OrderId(Long.toString(id));
    }

    /**
     * An id given as text.
     *
     * @param value the broker's id, not blank
     * @return the id
     * @throws IllegalArgumentException if {@code value} is blank or malformed
     */
    public static OrderId of(String value) {
        ArgChecks.notBlank(value, "orderId");
        return new OrderId(value);
    }

    /**
     * Whether this is {@link #NONE}.
     *
     * @return true for the empty id
     */
    public boolean isNone() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
