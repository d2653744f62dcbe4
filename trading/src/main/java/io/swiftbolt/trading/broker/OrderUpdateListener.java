package io.swiftbolt.trading.broker;

/**
 * Receives a broker's order updates, in the order the broker sends them. Called on a thread of the
 * broker's choosing (the paper engine: its writer thread; Alpaca: the websocket's thread): keep it
 * quick and do not call back into the broker from it.
 */
@FunctionalInterface
public interface OrderUpdateListener {

    /**
     * Called for each update.
     *
     * @param update the update
     */
    void onUpdate(OrderUpdate update);

    /**
     * Called when the stream fails or delivers something unusable (an unknown event, malformed
     * JSON, a lost connection). The default ignores it.
     *
     * @param error what went wrong; its message never contains credentials
     */
    default void onError(BrokerException error) {
    }
}
