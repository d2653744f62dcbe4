package io.swiftbolt.ml.features.indicators;

/**
 * Streaming one-bar log return {@code ln(x / x_previous)}, O(1); equal to
 * {@link IndicatorKernels#logReturn}. First defined at index 1. Inputs must be positive.
 *
 * <p>Mutable, not thread-safe.
 */
public final class LogReturn extends AbstractIndicator implements ScalarIndicator {

    private double previous;

    /** Makes a log-return indicator. */
    public LogReturn() {
        super("log_return", 1);
    }

    @Override
    public boolean update(double value) {
        checkPositive(value);
        if (count > 0) {
            current = Math.log(value / previous);
        }
        previous = value;
        count++;
        return isDefined();
    }
}
