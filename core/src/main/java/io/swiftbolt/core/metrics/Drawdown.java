package io.swiftbolt.core.metrics;

import io.swiftbolt.core.util.ArgChecks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A drawdown of an equity curve, dated: the fall from a peak to the following trough, and when
 * the curve regained the peak.
 *
 * @param depth    the fall as a positive fraction of the peak equity, in {@code (0, 1]}
 *                 (0.5678 = a 56.78 % fall)
 * @param peak     the date of the peak (the last running high before the trough)
 * @param trough   the date of the trough (the first date of greatest depth)
 * @param recovery the first date after the trough on which the equity is back at or above the
 *                 peak's, or empty if it never is within the data
 */
public record Drawdown(double depth, LocalDate peak, LocalDate trough, Optional<LocalDate> recovery) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is null, {@code depth} is outside
     *                                  {@code (0, 1]}, the trough is not after the peak or the
     *                                  recovery is not after the trough
     */
    public Drawdown {
        ArgChecks.check(depth > 0.0 && depth <= 1.0, "depth", depth, "must be in (0, 1]");
        ArgChecks.notNull(peak, "peak");
        ArgChecks.notNull(trough, "trough");
        ArgChecks.notNull(recovery, "recovery");
        ArgChecks.check(trough.isAfter(peak), "trough", trough, "must be after peak = " + peak);
        recovery.ifPresent(date -> ArgChecks.check(date.isAfter(trough), "recovery", date,
                "must be after trough = " + trough));
    }
}
