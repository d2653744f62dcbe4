package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Forecasts with calibrated intervals for several windows, indexed {@code [row][horizon]}, in
 * the target's units. The interval is the Monte-Carlo dropout mean ± q·(MC standard deviation),
 * with q fitted on the validation set (normalized split-conformal), so it covers the actual about
 * {@link #level()} of the time out of sample.
 *
 * <p>Immutable: arrays are copied in and out.
 */
public final class IntervalForecast {

    private final int[] endRows;
    private final double level;
    private final double[][] point;
    private final double[][] mean;
    private final double[][] lower;
    private final double[][] upper;

    /**
     * Makes a forecast.
     *
     * @param endRows the last feature row of each window
     * @param level   the nominal coverage, in (0, 1)
     * @param point   dropout-off forecasts
     * @param mean    Monte-Carlo means
     * @param lower   lower bounds
     * @param upper   upper bounds, each at least its lower bound
     * @throws IllegalArgumentException if shapes differ or a value is not finite
     */
    public IntervalForecast(int[] endRows, double level, double[][] point, double[][] mean, double[][] lower,
            double[][] upper) {
        ArgChecks.notNull(endRows, "endRows");
        ArgChecks.check(level > 0 && level < 1, "level", level, "must be in (0, 1)");
        this.endRows = endRows.clone();
        this.level = level;
        this.point = copy(point, endRows.length, "point");
        this.mean = copy(mean, endRows.length, "mean");
        this.lower = copy(lower, endRows.length, "lower");
        this.upper = copy(upper, endRows.length, "upper");
        for (int r = 0; r < endRows.length; r++) {
            for (int h = 0; h < this.lower[r].length; h++) {
                ArgChecks.check(this.upper[r][h] >= this.lower[r][h], "upper[" + r + "][" + h + "]",
                        this.upper[r][h], "must be >= lower " + this.lower[r][h]);
            }
        }
    }

    private static double[][] copy(double[][] a, int rows, String name) {
        ArgChecks.sameLength(ArgChecks.notNull(a, name).length, rows, name);
        double[][] c = new double[rows][];
        for (int r = 0; r < rows; r++) {
            c[r] = ArgChecks.allFinite(a[r], name + "[" + r + "]").clone();
        }
        return c;
    }

    private static double[][] copyOut(double[][] a) {
        double[][] c = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            c[r] = a[r].clone();
        }
        return c;
    }

    /**
     * The windows' last feature rows.
     *
     * @return a copy
     */
    public int[] endRows() {
        return endRows.clone();
    }

    /**
     * The nominal coverage.
     *
     * @return e.g. 0.9
     */
    public double level() {
        return level;
    }

    /**
     * Dropout-off forecasts {@code [row][horizon]}.
     *
     * @return a copy
     */
    public double[][] point() {
        return copyOut(point);
    }

    /**
     * Monte-Carlo dropout means {@code [row][horizon]}.
     *
     * @return a copy
     */
    public double[][] mean() {
        return copyOut(mean);
    }

    /**
     * Lower bounds {@code [row][horizon]}.
     *
     * @return a copy
     */
    public double[][] lower() {
        return copyOut(lower);
    }

    /**
     * Upper bounds {@code [row][horizon]}.
     *
     * @return a copy
     */
    public double[][] upper() {
        return copyOut(upper);
    }
}
