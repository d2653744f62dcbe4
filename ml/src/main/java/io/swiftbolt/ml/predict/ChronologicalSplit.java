package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A chronological train / validation / test split of samples (windows ordered by their last
 * row), with a purge gap between consecutive sets so no window of a later set shares a row with
 * the inputs or targets of an earlier one. Never shuffled across the boundaries. Ranges are
 * half-open {@code [from, to)} sample indices.
 *
 * @param trainFrom      first training sample
 * @param trainTo        end of training
 * @param validationFrom first validation sample
 * @param validationTo   end of validation
 * @param testFrom       first test sample
 * @param testTo         end of test (the number of samples)
 */
public record ChronologicalSplit(int trainFrom, int trainTo, int validationFrom, int validationTo, int testFrom,
        int testTo) {

    /**
     * Validates the ranges: each non-empty, in order.
     *
     * @throws IllegalArgumentException if a range is empty or they overlap or are out of order
     */
    public ChronologicalSplit {
        ArgChecks.notNegative(trainFrom, "trainFrom");
        ArgChecks.check(trainTo > trainFrom, "trainTo", trainTo, "must be after trainFrom = " + trainFrom);
        ArgChecks.check(validationFrom >= trainTo, "validationFrom", validationFrom, "must be >= trainTo = " + trainTo);
        ArgChecks.check(validationTo > validationFrom, "validationTo", validationTo,
                "must be after validationFrom = " + validationFrom);
        ArgChecks.check(testFrom >= validationTo, "testFrom", testFrom, "must be >= validationTo = " + validationTo);
        ArgChecks.check(testTo > testFrom, "testTo", testTo, "must be after testFrom = " + testFrom);
    }

    /**
     * Splits {@code samples} windows by fractions, leaving {@code gap} samples out before the
     * validation and before the test set. With windows of {@code sequenceLength} rows and targets up
     * to {@code maxHorizon} rows ahead, a gap of {@code sequenceLength + maxHorizon − 1} guarantees
     * that no later window reads a row an earlier sample used.
     *
     * @param samples            the number of windows
     * @param trainFraction      share of training, in (0, 1)
     * @param validationFraction share of validation, positive, with {@code train + validation < 1}
     * @param gap                samples dropped at each boundary, not negative
     * @return the split
     * @throws IllegalArgumentException if the fractions are invalid or a set would be empty (too few
     *                                  samples; the message gives the counts)
     */
    public static ChronologicalSplit of(int samples, double trainFraction, double validationFraction, int gap) {
        ArgChecks.check(trainFraction > 0 && trainFraction < 1, "trainFraction", trainFraction, "must be in (0, 1)");
        ArgChecks.check(validationFraction > 0 && trainFraction + validationFraction < 1, "validationFraction",
                validationFraction, "must be positive with trainFraction + validationFraction < 1");
        ArgChecks.notNegative(gap, "gap");
        int trainTo = (int) Math.floor(samples * trainFraction);
        int validationFrom = trainTo + gap;
        int validationTo = (int) Math.floor(samples * (trainFraction + validationFraction));
        int testFrom = validationTo + gap;
        if (trainTo < 1 || validationTo <= validationFrom || samples <= testFrom) {
            throw new IllegalArgumentException("samples must leave every set non-empty after gaps of " + gap
                    + " (" + trainFraction + "/" + validationFraction + " split), was " + samples
                    + " windows; provide more rows");
        }
        return new ChronologicalSplit(0, trainTo, validationFrom, validationTo, testFrom, samples);
    }

    /**
     * The number of training samples.
     *
     * @return {@code trainTo − trainFrom}
     */
    public int trainSize() {
        return trainTo - trainFrom;
    }

    /**
     * The number of validation samples.
     *
     * @return {@code validationTo − validationFrom}
     */
    public int validationSize() {
        return validationTo - validationFrom;
    }

    /**
     * The number of test samples.
     *
     * @return {@code testTo − testFrom}
     */
    public int testSize() {
        return testTo - testFrom;
    }
}
