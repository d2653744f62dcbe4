package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The band around each target inside which a weight is left alone. Absolute: {@code [t - width,
 * t + width]} (the default, 5 percentage points); relative: {@code [t (1 - width), t (1 + width)]}.
 * The lower edge is never below 0.
 *
 * @param width    the half-width, a decimal ({@code 0.05} = 5 points absolute, or 5 % of the target)
 * @param relative whether the width is relative to the target
 */
public record Tolerance(double width, boolean relative) {

    /** The default band, 5 percentage points absolute. */
    public static final Tolerance DEFAULT = absolute(0.05);

    /**
     * Validates the width.
     *
     * @throws IllegalArgumentException if the width is not in {@code [0, 1]}
     */
    public Tolerance {
        ArgChecks.inRange(width, 0, 1, "tolerance");
    }

    /**
     * An absolute band of {@code width} either side of the target.
     *
     * @param width decimal weight, e.g. 0.05
     * @return the band
     */
    public static Tolerance absolute(double width) {
        return new Tolerance(width, false);
    }

    /**
     * A relative band of {@code width * target} either side of the target.
     *
     * @param width fraction of the target, e.g. 0.2
     * @return the band
     */
    public static Tolerance relative(double width) {
        return new Tolerance(width, true);
    }

    /**
     * The lower edge for a target.
     *
     * @param target the target weight
     * @return the lower edge, {@code >= 0}
     */
    public double lower(double target) {
        return Math.max(0.0, relative ? target * (1 - width) : target - width);
    }

    /**
     * The upper edge for a target.
     *
     * @param target the target weight
     * @return the upper edge
     */
    public double upper(double target) {
        return relative ? target * (1 + width) : target + width;
    }
}
