package io.swiftbolt.trading.paper;

import io.swiftbolt.core.util.ArgChecks;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that shows the time it is set to, for replaying history (bars, recorded quotes) through
 * the engine. Time never moves backwards.
 *
 * <p>Thread-safe (volatile), though normally used by the single writer only.
 */
public final class SimulatedClock implements InstantSource {

    private volatile Instant now;

    /**
     * Makes a clock at a time.
     *
     * @param start the initial time
     * @throws IllegalArgumentException if {@code start} is null
     */
    public SimulatedClock(Instant start) {
        this.now = ArgChecks.notNull(start, "start");
    }

    /**
     * Moves the clock.
     *
     * @param time the new time, not before the current one
     * @throws IllegalArgumentException if {@code time} is null or earlier than now
     */
    public void set(Instant time) {
        ArgChecks.notNull(time, "time");
        ArgChecks.check(!time.isBefore(now), "time", time, "must not be before " + now);
        now = time;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
