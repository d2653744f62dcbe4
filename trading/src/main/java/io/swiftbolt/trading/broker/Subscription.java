package io.swiftbolt.trading.broker;

/**
 * A running subscription; closing it stops the deliveries (idempotent).
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Stops the deliveries and releases the connection, if any. Safe to call twice. */
    @Override
    void close();
}
