package io.swiftbolt.ml.features.indicators;

/**
 * Streaming true range, O(1): {@code max(high, previous close) − min(low, previous close)}, and
 * {@code high − low} for the first bar; equal to {@link IndicatorKernels#trueRange}. Defined from
 * the first bar (index 0). Price units.
 *
 * <p>Mutable, not thread-safe.
 */
public final class TrueRange extends AbstractIndicator implements BarIndicator {

    private double previousClose;

    /** Makes a true-range indicator. */
    public TrueRange() {
        super("true_range", 0);
    }

    @Override
    public boolean update(double high, double low, double close) {
        checkBar(high, low, close);
        current = count == 0 ? high - low : IndicatorKernels.trueRange(high, low, previousClose);
        previousClose = close;
        count++;
        return true;
    }
}
