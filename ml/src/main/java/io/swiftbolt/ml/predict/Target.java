package io.swiftbolt.ml.predict;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;
import java.util.Arrays;

/**
 * What to forecast: a level series {@code L} (a close, an option's price) on dates, and whether
 * the target is its h-step log return or the level h steps ahead (see {@link TargetKind}).
 * The dates must include every feature row's date; the level at the feature row's date is "now".
 *
 * <p>Immutable (arrays are copied in and out).
 */
public final class Target {

    private final String name;
    private final int[] epochDays;
    private final double[] levels;
    private final TargetKind kind;

    /**
     * A target from aligned dates and levels.
     *
     * @param name      a label, e.g. "close" or "SPX 2020-06 3000 C"
     * @param epochDays strictly increasing dates ({@code LocalDate.toEpochDay()})
     * @param levels    the level on each date, finite and, for {@link TargetKind#LOG_RETURN},
     *                  positive
     * @param kind      the kind of target
     * @throws IllegalArgumentException if an argument is null, empty or invalid
     */
    public Target(String name, int[] epochDays, double[] levels, TargetKind kind) {
        this.name = ArgChecks.notBlank(name, "name");
        this.kind = ArgChecks.notNull(kind, "kind");
        ArgChecks.notNull(epochDays, "epochDays");
        ArgChecks.sameLength(ArgChecks.allFinite(levels, "levels").length, epochDays.length, "levels");
        ArgChecks.positive(epochDays.length, "epochDays.length");
        for (int i = 1; i < epochDays.length; i++) {
            ArgChecks.check(epochDays[i] > epochDays[i - 1], "epochDays[" + i + "]", epochDays[i],
                    "must be after the previous date " + epochDays[i - 1]);
        }
        if (kind == TargetKind.LOG_RETURN) {
            for (int i = 0; i < levels.length; i++) {
                ArgChecks.check(levels[i] > 0, "levels[" + i + "]", levels[i], "must be positive for log returns");
            }
        }
        this.epochDays = epochDays.clone();
        this.levels = levels.clone();
    }

    /**
     * The h-step log return of the close.
     *
     * @param bars daily bars
     * @return the target named "close"
     * @throws IllegalArgumentException if {@code bars} is null or empty
     */
    public static Target logReturn(BarSeries bars) {
        ArgChecks.notNull(bars, "bars");
        return new Target("close", bars.epochDays(), bars.toArray(BarSeries.Column.CLOSE), TargetKind.LOG_RETURN);
    }

    /**
     * The close h steps ahead.
     *
     * @param bars daily bars
     * @return the target named "close"
     * @throws IllegalArgumentException if {@code bars} is null or empty
     */
    public static Target price(BarSeries bars) {
        ArgChecks.notNull(bars, "bars");
        return new Target("close", bars.epochDays(), bars.toArray(BarSeries.Column.CLOSE), TargetKind.PRICE);
    }

    /**
     * The label.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The kind.
     *
     * @return log return or price
     */
    public TargetKind kind() {
        return kind;
    }

    /**
     * The number of dates.
     *
     * @return the length
     */
    public int size() {
        return levels.length;
    }

    /**
     * A copy of the dates.
     *
     * @return epoch days
     */
    public int[] epochDays() {
        return epochDays.clone();
    }

    /**
     * A copy of the levels.
     *
     * @return the levels
     */
    public double[] levels() {
        return levels.clone();
    }

    /** The index of a date, or −1. */
    int indexOf(int epochDay) {
        int i = Arrays.binarySearch(epochDays, epochDay);
        return i >= 0 ? i : -1;
    }

    /** The level at an index. */
    double level(int index) {
        return levels[index];
    }

    /** The target value for "now" = index i and horizon h (i + h must exist). */
    double value(int i, int h) {
        return kind == TargetKind.LOG_RETURN ? Math.log(levels[i + h] / levels[i]) : levels[i + h];
    }

    /** The persistence forecast: no change. */
    double persistence(int i) {
        return kind == TargetKind.LOG_RETURN ? 0.0 : levels[i];
    }

    /** The random-walk-with-drift forecast, μ the mean one-step log change. */
    double drift(int i, int h, double mu) {
        return kind == TargetKind.LOG_RETURN ? h * mu : levels[i] * Math.exp(h * mu);
    }

    /**
     * The mean one-step log change over indices {@code [from, to]} (the drift μ); 0 if the range
     * has fewer than two points or a level is not positive.
     */
    double meanLogChange(int from, int to) {
        if (to <= from) {
            return 0.0;
        }
        for (int i = from; i <= to; i++) {
            if (levels[i] <= 0) {
                return 0.0;
            }
        }
        return Math.log(levels[to] / levels[from]) / (to - from);
    }

    @Override
    public String toString() {
        return "Target[" + name + ", " + kind + ", " + levels.length + " dates]";
    }
}
