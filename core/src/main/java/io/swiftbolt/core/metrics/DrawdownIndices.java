package io.swiftbolt.core.metrics;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The maximum drawdown of an equity curve located by equity-curve indexes, as computed by
 * {@link ReturnMetrics#maxDrawdownIndices(double[])}. Index 0 is the start (equity 1 before the
 * first return), index {@code i} the equity after return {@code i - 1}; for a bar series' close
 * to close returns, index {@code i} is bar {@code i}.
 *
 * @param depth         the fall from peak to trough as a fraction of the peak, in
 *                      {@code [0, 1]} (0.25 = a 25 % fall)
 * @param peakIndex     index of the peak, the last running high before the trough
 * @param troughIndex   index of the trough, the first point of greatest depth
 * @param recoveryIndex index of the first point after the trough back at or above the peak's
 *                      equity, or -1 if the curve never recovers
 */
public record DrawdownIndices(double depth, int peakIndex, int troughIndex, int recoveryIndex) {

    private static final DrawdownIndices NONE = new DrawdownIndices(0.0, 0, 0, -1);

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if {@code depth} is outside {@code [0, 1]}, an index is
     *                                  negative, the trough is before the peak, the trough is
     *                                  not after the peak while {@code depth > 0}, or the
     *                                  recovery is neither -1 nor after the trough
     */
    public DrawdownIndices {
        ArgChecks.inRange(depth, 0.0, 1.0, "depth");
        ArgChecks.notNegative(peakIndex, "peakIndex");
        ArgChecks.check(depth == 0.0 ? troughIndex >= peakIndex : troughIndex > peakIndex,
                "troughIndex", troughIndex, "must be after peakIndex = " + peakIndex);
        ArgChecks.check(recoveryIndex == -1 || recoveryIndex > troughIndex,
                "recoveryIndex", recoveryIndex, "must be -1 or after troughIndex = " + troughIndex);
    }

    /**
     * The value for a curve that never falls below an earlier high: depth 0, peak and trough
     * indexes 0, recovery -1.
     *
     * @return the no-drawdown value
     */
    public static DrawdownIndices none() {
        return NONE;
    }

    /**
     * Whether the curve regained the peak's equity after the trough.
     *
     * @return true if {@code recoveryIndex >= 0}
     */
    public boolean recovered() {
        return recoveryIndex >= 0;
    }
}
