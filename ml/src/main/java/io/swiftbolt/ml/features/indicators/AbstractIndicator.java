package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

/** Shared state of the streaming indicators: the update count and the current value. */
abstract class AbstractIndicator implements StreamingIndicator {

    /** Number of updates so far. */
    int count;
    /** The current value; meaningful only when {@link #count} > {@link #firstDefinedIndex()}. */
    double current;
    private final int firstDefined;
    private final String name;

    AbstractIndicator(String name, int firstDefined) {
        this.name = name;
        this.firstDefined = firstDefined;
    }

    @Override
    public final boolean isDefined() {
        return count > firstDefined;
    }

    @Override
    public final double value() {
        if (count <= firstDefined) {
            throw new IllegalStateException(name + " is not defined yet: " + count + " of "
                    + (firstDefined + 1) + " warm-up updates made");
        }
        return current;
    }

    @Override
    public final int firstDefinedIndex() {
        return firstDefined;
    }

    @Override
    public void reset() {
        count = 0;
        current = 0.0;
    }

    /** Checks a scalar input. */
    static double checkFinite(double value) {
        return ArgChecks.finite(value, "value");
    }

    /** Checks a scalar input that enters a ratio or logarithm. */
    static double checkPositive(double value) {
        return ArgChecks.positive(value, "value");
    }

    /** Checks a bar's prices. */
    static void checkBar(double high, double low, double close) {
        ArgChecks.finite(high, "high");
        ArgChecks.finite(low, "low");
        ArgChecks.finite(close, "close");
        ArgChecks.check(low <= high, "low", low, "must not exceed high = " + high);
    }

    /** A period check naming the indicator's parameter. */
    static int period(int value, int min, String name) {
        return ArgChecks.inRange(value, min, Integer.MAX_VALUE, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
