package io.swiftbolt.trading.alpaca;

import java.time.Duration;

/**
 * Waits between retries and for the rate limit. Injected so tests run instantly and
 * deterministically; the default is {@link Thread#sleep}.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The real sleeper.
     *
     * @return a sleeper that blocks the calling thread
     */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
