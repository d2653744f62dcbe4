package io.swiftbolt.chain.analytics;

import io.swiftbolt.core.util.ArgChecks;
import java.util.OptionalDouble;

/**
 * Where today's implied volatility sits in its own history.
 *
 * <ul>
 *   <li><b>IV rank</b> = 100 · (current − min) / (max − min), where min and max are taken over the
 *       history <em>together with the current value</em>, so the rank is always in [0, 100]; it is
 *       undefined when that range has zero width (flat history equal to the current value) or the
 *       history is empty.</li>
 *   <li><b>IV percentile</b> = 100 · (number of history values strictly below current) / (history
 *       length): the share of past observations (typically 252 daily closes) with lower IV; in
 *       [0, 100], undefined for an empty history.</li>
 * </ul>
 * Rank looks only at the extremes and moves with one outlier; percentile uses every observation.
 *
 * <p>Static and thread-safe.
 */
public final class IvStatistics {

    private IvStatistics() {
    }

    /**
     * The IV rank of {@code current} against {@code history}.
     *
     * @param current the current implied volatility (decimal), positive
     * @param history past implied volatilities (decimal), finite
     * @return the rank in [0, 100], or empty when undefined
     * @throws IllegalArgumentException if {@code current} is not positive or {@code history} is null
     *                                  or holds a non-finite value
     */
    public static OptionalDouble ivRank(double current, double[] history) {
        ArgChecks.positive(current, "current");
        ArgChecks.allFinite(history, "history");
        if (history.length == 0) {
            return OptionalDouble.empty();
        }
        double min = current;
        double max = current;
        for (double v : history) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // Clamped: rounding can put current − min a hair beyond max − min.
        return max > min ? OptionalDouble.of(Math.min(100, 100 * (current - min) / (max - min)))
                : OptionalDouble.empty();
    }

    /**
     * The IV percentile of {@code current} against {@code history}.
     *
     * @param current the current implied volatility (decimal), positive
     * @param history past implied volatilities (decimal), finite
     * @return the percentile in [0, 100], or empty for an empty history
     * @throws IllegalArgumentException if {@code current} is not positive or {@code history} is null
     *                                  or holds a non-finite value
     */
    public static OptionalDouble ivPercentile(double current, double[] history) {
        ArgChecks.positive(current, "current");
        ArgChecks.allFinite(history, "history");
        if (history.length == 0) {
            return OptionalDouble.empty();
        }
        int below = 0;
        for (double v : history) {
            if (v < current) {
                below++;
            }
        }
        return OptionalDouble.of(100.0 * below / history.length);
    }
}
