package io.swiftbolt.trading.alpaca.internal;

import io.swiftbolt.trading.alpaca.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;

/**
 * A sliding-window limit: at most {@code limit} requests in any {@code window}. Alpaca documents
 * 200 requests per minute per account; a request that would exceed it waits (through the injected
 * sleeper) until the oldest of the window leaves it. Thread-safe.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();

    /**
     * A limiter.
     *
     * @param limit   requests per window, positive
     * @param window  the window
     * @param clock   the clock
     * @param sleeper how to wait
     */
    public RateLimiter(int limit, Duration window, InstantSource clock, Sleeper sleeper) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Takes one request's slot, waiting first if the window is full.
     *
     * @return how long it waited
     * @throws InterruptedException if interrupted while waiting
     */
    public synchronized Duration acquire() throws InterruptedException {
        Instant now = clock.instant();
        while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
            sent.pollFirst();
        }
        Duration waited = Duration.ZERO;
        if (sent.size() >= limit) {
            waited = Duration.between(now, sent.pollFirst().plus(window));
            sleeper.sleep(waited);
            now = clock.instant();
        }
        sent.addLast(now);
        return waited;
    }
}
