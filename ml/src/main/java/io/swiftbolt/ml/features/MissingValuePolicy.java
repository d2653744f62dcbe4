package io.swiftbolt.ml.features;

/**
 * What a {@link FeatureMatrix} does with cells that have no value: the warm-up rows at the start
 * of every indicator, and gaps (for option features, days without an option quote, an implied
 * volatility that cannot be solved or zero call volume). No policy ever looks at a later row:
 * each decision about row {@code t} uses rows {@code <= t} only, so applying a policy cannot leak
 * the future into the past.
 */
public enum MissingValuePolicy {
    /** Keep every row; undefined cells stay undefined ({@link FeatureMatrix#isDefined}). */
    KEEP,
    /** Keep only the rows on which every column is defined (warm-up rows and gap rows go). */
    DROP_ROWS,
    /**
     * Fill each undefined cell with the last earlier defined value of its column; the leading rows
     * before every column has had a first value (the warm-up) are dropped.
     */
    FORWARD_FILL,
    /**
     * Drop the leading warm-up rows (before every column has had a first value) and throw an
     * {@link IllegalArgumentException} naming the column and date if any cell after them is
     * undefined.
     */
    FAIL
}
