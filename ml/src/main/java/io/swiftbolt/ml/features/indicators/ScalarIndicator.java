package io.swiftbolt.ml.features.indicators;

/**
 * A {@link StreamingIndicator} fed one number per bar (usually the close or the volume).
 */
public interface ScalarIndicator extends StreamingIndicator {

    /**
     * Adds the next value.
     *
     * @param value the bar's input, finite (and positive for ratio- or log-based indicators)
     * @return {@link #isDefined()} after the update
     * @throws IllegalArgumentException if {@code value} is NaN, infinite, or not positive where the
     *                                  indicator needs a positive input; the state is unchanged
     */
    boolean update(double value);
}
