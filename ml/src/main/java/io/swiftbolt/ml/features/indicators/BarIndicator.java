package io.swiftbolt.ml.features.indicators;

/**
 * A {@link StreamingIndicator} fed the high, low and close of each bar.
 */
public interface BarIndicator extends StreamingIndicator {

    /**
     * Adds the next bar.
     *
     * @param high  the bar's high, finite
     * @param low   the bar's low, finite, at most {@code high}
     * @param close the bar's close, finite
     * @return {@link #isDefined()} after the update
     * @throws IllegalArgumentException if a price is NaN or infinite or {@code low > high}; the
     *                                  state is unchanged
     */
    boolean update(double high, double low, double close);
}
