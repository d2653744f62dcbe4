package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

import java.util.Arrays;
import java.util.Objects;

/**
 * The output of one indicator over a series: a value for every index from
 * {@link #firstDefined()} on, and explicitly <em>no</em> value before it (warm-up). Nothing in
 * this type represents "undefined" by a number: {@link #value(int)} throws during warm-up, and
 * {@link #copyTo(double[], double)} asks the caller what to write there.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorValues {

    private final int size;
    private final int firstDefined;
    private final double[] defined;

    IndicatorValues(double[] full, int firstDefined) {
        this.size = full.length;
        this.firstDefined = Math.min(firstDefined, full.length);
        this.defined = Arrays.copyOfRange(full, this.firstDefined, full.length);
    }

    /**
     * The length of the input series.
     *
     * @return the number of indices, defined or not
     */
    public int size() {
        return size;
    }

    /**
     * The first index with a value (the warm-up length).
     *
     * @return the index, {@link #size()} if no index has a value
     */
    public int firstDefined() {
        return firstDefined;
    }

    /**
     * Whether index {@code i} has a value.
     *
     * @param i the index, {@code 0 <= i < size()}
     * @return {@code i >= firstDefined()}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public boolean isDefined(int i) {
        Objects.checkIndex(i, size);
        return i >= firstDefined;
    }

    /**
     * The value at index {@code i}.
     *
     * @param i the index
     * @return the value
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     * @throws IllegalStateException     if {@code i} is in the warm-up
     */
    public double value(int i) {
        if (!isDefined(i)) {
            throw new IllegalStateException("index " + i + " is in the warm-up; values start at " + firstDefined);
        }
        return defined[i - firstDefined];
    }

    /**
     * The defined values, indices {@code firstDefined() .. size() − 1}.
     *
     * @return a new array of length {@code size() − firstDefined()}
     */
    public double[] definedValues() {
        return defined.clone();
    }

    /**
     * Copies every index into {@code dst[0 .. size() − 1]}, writing {@code fill} where there is
     * no value, so the caller chooses the placeholder (e.g. NaN) knowingly.
     *
     * @param dst  the destination, at least {@link #size()} long
     * @param fill the value for warm-up indices
     * @throws IllegalArgumentException if {@code dst} is null or too short
     */
    public void copyTo(double[] dst, double fill) {
        ArgChecks.notNull(dst, "dst");
        ArgChecks.check(dst.length >= size, "dst.length", dst.length, "must be at least " + size);
        Arrays.fill(dst, 0, firstDefined, fill);
        System.arraycopy(defined, 0, dst, firstDefined, defined.length);
    }

    @Override
    public String toString() {
        return "IndicatorValues[size=" + size + ", firstDefined=" + firstDefined + "]";
    }
}
