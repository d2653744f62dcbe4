package io.swiftbolt.ml.features.indicators;

/**
 * An indicator updated one bar at a time in O(1) time and memory (except where a class says
 * otherwise), whose value after the {@code i}-th update equals the batch kernel's value at index
 * {@code i} (see {@link IndicatorKernels}).
 *
 * <p>"Not yet defined" is explicit: {@link #isDefined()} is false during warm-up and
 * {@link #value()} then throws rather than returning a placeholder such as NaN.
 *
 * <p>Implementations are mutable and not thread-safe: one writer feeds them.
 */
public interface StreamingIndicator {

    /**
     * Whether the indicator has a value, i.e. its warm-up is over.
     *
     * @return true once {@link #firstDefinedIndex()} + 1 updates have been made
     */
    boolean isDefined();

    /**
     * The current value.
     *
     * @return the value after the last update
     * @throws IllegalStateException if {@link #isDefined()} is false (warm-up)
     */
    double value();

    /**
     * The 0-based index of the first update after which a value is defined (the warm-up length):
     * the same number the batch kernel returns.
     *
     * @return the index
     */
    int firstDefinedIndex();

    /** Forgets every update, back to the state just after construction. */
    void reset();
}
