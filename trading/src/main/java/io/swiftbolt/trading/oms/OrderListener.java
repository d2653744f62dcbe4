package io.swiftbolt.trading.oms;

/**
 * Receives trading events in sequence order, each once, after it is durable in the journal. Called
 * on the single writer thread: implementations must be quick and must not call back into the
 * engine; hand work to another thread if needed.
 */
@FunctionalInterface
public interface OrderListener {

    /**
     * Called for each event.
     *
     * @param event the event
     */
    void onEvent(TradingEvent event);
}
