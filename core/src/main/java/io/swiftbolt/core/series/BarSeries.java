package io.swiftbolt.core.series;

import io.swiftbolt.core.util.ArgChecks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable series of daily OHLCV bars, stored column by column.
 *
 * <p>Dates are held as {@code int} epoch days ({@link LocalDate#toEpochDay()}), prices and volume
 * as one {@code double[]} per {@link Column}; no object is allocated per bar. Element access such
 * as {@link #close(int)} is O(1). {@link #slice(int, int)} and {@link #between(LocalDate, LocalDate)}
 * are O(1) and O(log n): the slice is a view (offset and length) over the same backing arrays,
 * which is safe because nothing ever writes to them. Methods returning arrays
 * ({@link #closes()}, {@link #toArray(Column)}, {@link #epochDays()}) return fresh copies in O(n);
 * {@link #copyInto(Column, double[], int)} copies into a caller's array without allocating.
 *
 * <p>Prices are in the instrument's currency (or index points), volume in shares or contracts as
 * delivered by the source; no unit conversion is done. The optional adjusted close
 * ({@link #hasAdjustedClose()}) is the source's split- and dividend-adjusted close.
 *
 * <p>Every bar satisfies, checked when the series is made:
 * <ul>
 *   <li>dates strictly increase (at most one bar per day);</li>
 *   <li>open, high, low, close (and adjusted close, if present) are finite and strictly
 *       positive;</li>
 *   <li>{@code low <= open <= high} and {@code low <= close <= high};</li>
 *   <li>volume is finite and zero or positive.</li>
 * </ul>
 * The factories copy the arrays they are given, so the caller may reuse them afterwards.
 *
 * <p>Indexes are 0-based and relative to this series (or slice). An index outside
 * {@code [0, size())} throws {@link IndexOutOfBoundsException}, as {@link java.util.List} does.
 *
 * <p>Immutable and thread-safe. {@link #equals(Object)} compares name and bar values.
 */
public final class BarSeries {

    /** The numeric columns of a bar series. */
    public enum Column {
        /** Opening price. */
        OPEN,
        /** Highest price of the day. */
        HIGH,
        /** Lowest price of the day. */
        LOW,
        /** Closing price. */
        CLOSE,
        /** Traded volume, as given by the source. */
        VOLUME,
        /** Split- and dividend-adjusted close; present only if {@link #hasAdjustedClose()}. */
        ADJ_CLOSE
    }

    private static final int COLUMN_COUNT = Column.values().length;

    private final String name;
    private final int[] epochDays;
    /** Indexed by {@link Column#ordinal()}; the {@code ADJ_CLOSE} entry is null when absent. */
    private final double[][] columns;
    private final int offset;
    private final int length;

    private BarSeries(String name, int[] epochDays, double[][] columns, int offset, int length) {
        this.name = name;
        this.epochDays = epochDays;
        this.columns = columns;
        this.offset = offset;
        this.length = length;
    }

    /**
     * Makes a series without an adjusted close. The arrays are copied.
     *
     * @param name      a name for the series, e.g. {@code "SP500"}; not blank
     * @param epochDays bar dates as {@link LocalDate#toEpochDay() epoch days}, strictly increasing
     * @param open      opening prices
     * @param high      daily highs
     * @param low       daily lows
     * @param close     closing prices
     * @param volume    volumes, zero or positive
     * @return the series
     * @throws IllegalArgumentException if an argument is null, the lengths differ, or a bar breaks
     *                                  a rule listed on this class; the message names the array,
     *                                  the index and the value
     */
    public static BarSeries of(String name, int[] epochDays, double[] open, double[] high,
                               double[] low, double[] close, double[] volume) {
        return of(name, epochDays, open, high, low, close, volume, null);
    }

    /**
     * Makes a series, with an adjusted close if {@code adjClose} is not null. The arrays are
     * copied.
     *
     * @param name      a name for the series, e.g. {@code "SP500"}; not blank
     * @param epochDays bar dates as {@link LocalDate#toEpochDay() epoch days}, strictly increasing
     * @param open      opening prices
     * @param high      daily highs
     * @param low       daily lows
     * @param close     closing prices
     * @param volume    volumes, zero or positive
     * @param adjClose  adjusted closes, finite and positive; or null for none
     * @return the series
     * @throws IllegalArgumentException if a required argument is null, the lengths differ, or a
     *                                  bar breaks a rule listed on this class; the message names
     *                                  the array, the index and the value
     */
    public static BarSeries of(String name, int[] epochDays, double[] open, double[] high,
                               double[] low, double[] close, double[] volume, double[] adjClose) {
        ArgChecks.notBlank(name, "name");
        int n = ArgChecks.notNull(epochDays, "epochDays").length;
        checkLength(open, n, "open");
        checkLength(high, n, "high");
        checkLength(low, n, "low");
        checkLength(close, n, "close");
        checkLength(volume, n, "volume");
        if (adjClose != null) {
            checkLength(adjClose, n, "adjClose");
        }
        // Copy first, validate the copies: a caller mutating its arrays concurrently cannot slip
        // an invalid value past the checks.
        int[] days = epochDays.clone();
        double[][] cols = new double[COLUMN_COUNT][];
        cols[Column.OPEN.ordinal()] = open.clone();
        cols[Column.HIGH.ordinal()] = high.clone();
        cols[Column.LOW.ordinal()] = low.clone();
        cols[Column.CLOSE.ordinal()] = close.clone();
        cols[Column.VOLUME.ordinal()] = volume.clone();
        cols[Column.ADJ_CLOSE.ordinal()] = adjClose == null ? null : adjClose.clone();
        validate(days, cols);
        return new BarSeries(name, days, cols, 0, n);
    }

    private static void checkLength(double[] column, int n, String name) {
        ArgChecks.notNull(column, name);
        ArgChecks.sameLength(column.length, n, name);
    }

    private static void validate(int[] days, double[][] cols) {
        double[] open = cols[Column.OPEN.ordinal()];
        double[] high = cols[Column.HIGH.ordinal()];
        double[] low = cols[Column.LOW.ordinal()];
        double[] close = cols[Column.CLOSE.ordinal()];
        double[] volume = cols[Column.VOLUME.ordinal()];
        double[] adj = cols[Column.ADJ_CLOSE.ordinal()];
        for (int i = 0; i < days.length; i++) {
            if (i > 0 && days[i] <= days[i - 1]) {
                throw new IllegalArgumentException("epochDays[" + i + "] must be after epochDays["
                        + (i - 1) + "] = " + LocalDate.ofEpochDay(days[i - 1]) + ", was "
                        + LocalDate.ofEpochDay(days[i]));
            }
            positivePrice(open, i, "open");
            positivePrice(high, i, "high");
            positivePrice(low, i, "low");
            positivePrice(close, i, "close");
            if (adj != null) {
                positivePrice(adj, i, "adjClose");
            }
            if (high[i] < low[i]) {
                throw new IllegalArgumentException(
                        "high[" + i + "] must be at least low[" + i + "] = " + low[i] + ", was " + high[i]);
            }
            withinDay(open, high[i], low[i], i, "open");
            withinDay(close, high[i], low[i], i, "close");
            double v = volume[i];
            if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "volume[" + i + "] must be zero or positive and finite, was " + v);
            }
        }
    }

    private static void positivePrice(double[] column, int i, String name) {
        double p = column[i];
        if (!(p > 0) || p == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + "[" + i + "] must be positive and finite, was " + p);
        }
    }

    private static void withinDay(double[] column, double high, double low, int i, String name) {
        double p = column[i];
        if (p < low || p > high) {
            throw new IllegalArgumentException(name + "[" + i + "] must be within [low, high] = ["
                    + low + ", " + high + "], was " + p);
        }
    }

    // ---------------------------------------------------------------- size and identity

    /**
     * The series' name, e.g. {@code "SP500"}.
     *
     * @return the name, never blank
     */
    public String name() {
        return name;
    }

    /**
     * The number of bars.
     *
     * @return the number of bars, zero or more
     */
    public int size() {
        return length;
    }

    /**
     * Whether the series has no bars (an empty slice, for example).
     *
     * @return true if {@link #size()} is zero
     */
    public boolean isEmpty() {
        return length == 0;
    }

    /**
     * Whether the series carries an adjusted close column.
     *
     * @return true if {@link #adjClose(int)} and {@link Column#ADJ_CLOSE} may be used
     */
    public boolean hasAdjustedClose() {
        return columns[Column.ADJ_CLOSE.ordinal()] != null;
    }

    // ---------------------------------------------------------------- element access, O(1)

    /**
     * The date of bar {@code i} as an epoch day ({@link LocalDate#toEpochDay()}); allocation free.
     *
     * @param i the bar index
     * @return the epoch day
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public int epochDay(int i) {
        return epochDays[offset + Objects.checkIndex(i, length)];
    }

    /**
     * The date of bar {@code i}.
     *
     * @param i the bar index
     * @return the date
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(epochDay(i));
    }

    /**
     * The date of the first bar.
     *
     * @return the first date
     * @throws NoSuchElementException if the series is empty
     */
    public LocalDate firstDate() {
        requireNotEmpty();
        return date(0);
    }

    /**
     * The date of the last bar.
     *
     * @return the last date
     * @throws NoSuchElementException if the series is empty
     */
    public LocalDate lastDate() {
        requireNotEmpty();
        return date(length - 1);
    }

    /**
     * The opening price of bar {@code i}.
     *
     * @param i the bar index
     * @return the open, finite and positive
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double open(int i) {
        return get(Column.OPEN, i);
    }

    /**
     * The high of bar {@code i}.
     *
     * @param i the bar index
     * @return the high, finite and positive
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double high(int i) {
        return get(Column.HIGH, i);
    }

    /**
     * The low of bar {@code i}.
     *
     * @param i the bar index
     * @return the low, finite and positive
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double low(int i) {
        return get(Column.LOW, i);
    }

    /**
     * The closing price of bar {@code i}.
     *
     * @param i the bar index
     * @return the close, finite and positive
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double close(int i) {
        return get(Column.CLOSE, i);
    }

    /**
     * The volume of bar {@code i}.
     *
     * @param i the bar index
     * @return the volume, finite and zero or positive
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double volume(int i) {
        return get(Column.VOLUME, i);
    }

    /**
     * The adjusted close of bar {@code i}.
     *
     * @param i the bar index
     * @return the adjusted close, finite and positive
     * @throws IllegalStateException     if the series has no adjusted close
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double adjClose(int i) {
        return get(Column.ADJ_CLOSE, i);
    }

    /**
     * The value of {@code column} for bar {@code i}.
     *
     * @param column the column
     * @param i      the bar index
     * @return the value
     * @throws IllegalStateException     if {@code column} is {@link Column#ADJ_CLOSE} and the series
     *                                   has none
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
     */
    public double get(Column column, int i) {
        return column(column)[offset + Objects.checkIndex(i, length)];
    }

    // ---------------------------------------------------------------- bulk access, O(n)

    /**
     * A copy of one column; O(n) time and a new array.
     *
     * @param column the column
     * @return a new array of length {@link #size()}
     * @throws IllegalStateException if {@code column} is {@link Column#ADJ_CLOSE} and the series
     *                               has none
     */
    public double[] toArray(Column column) {
        double[] source = column(column);
        return Arrays.copyOfRange(source, offset, offset + length);
    }

    /**
     * Copies one column into {@code dst[dstOffset .. dstOffset + size() - 1]}; O(n), no
     * allocation.
     *
     * @param column    the column
     * @param dst       the destination
     * @param dstOffset where in {@code dst} to put bar 0
     * @throws IllegalArgumentException  if {@code dst} is null
     * @throws IllegalStateException     if {@code column} is {@link Column#ADJ_CLOSE} and the
     *                                   series has none
     * @throws IndexOutOfBoundsException if {@code dst} has no room for {@link #size()} values
     *                                   from {@code dstOffset}
     */
    public void copyInto(Column column, double[] dst, int dstOffset) {
        ArgChecks.notNull(dst, "dst");
        double[] source = column(column);
        Objects.checkFromIndexSize(dstOffset, length, dst.length);
        System.arraycopy(source, offset, dst, dstOffset, length);
    }

    /**
     * A copy of the closing prices; O(n) time and a new array. Same as
     * {@code toArray(Column.CLOSE)}.
     *
     * @return a new array of length {@link #size()}
     */
    public double[] closes() {
        return toArray(Column.CLOSE);
    }

    /**
     * A copy of the dates as epoch days; O(n) time and a new array.
     *
     * @return a new array of length {@link #size()}, strictly increasing
     */
    public int[] epochDays() {
        return Arrays.copyOfRange(epochDays, offset, offset + length);
    }

    // ---------------------------------------------------------------- returns

    /**
     * Simple close-to-close returns {@code close(i + 1) / close(i) - 1} (decimal fractions);
     * return {@code i} is that of the day ending at bar {@code i + 1}.
     *
     * @return a new array of length {@code max(0, size() - 1)}
     * @see Returns#simple(double[])
     */
    public double[] simpleReturns() {
        double[] out = new double[Returns.returnCount(length)];
        Returns.simpleUnchecked(column(Column.CLOSE), offset, length, out, 0);
        return out;
    }

    /**
     * Log close-to-close returns {@code ln(close(i + 1) / close(i))}; return {@code i} is that of
     * the day ending at bar {@code i + 1}.
     *
     * @return a new array of length {@code max(0, size() - 1)}
     * @see Returns#log(double[])
     */
    public double[] logReturns() {
        double[] out = new double[Returns.returnCount(length)];
        Returns.logUnchecked(column(Column.CLOSE), offset, length, out, 0);
        return out;
    }

    // ---------------------------------------------------------------- slicing and search

    /**
     * The bars {@code [fromInclusive, toExclusive)} as a view sharing this series' arrays: O(1),
     * nothing is copied. The slice keeps this series' name.
     *
     * @param fromInclusive index of the first bar of the slice
     * @param toExclusive   index after the last bar of the slice
     * @return the slice, possibly empty
     * @throws IndexOutOfBoundsException if {@code fromInclusive < 0},
     *                                   {@code toExclusive > size()} or
     *                                   {@code fromInclusive > toExclusive}
     */
    public BarSeries slice(int fromInclusive, int toExclusive) {
        Objects.checkFromToIndex(fromInclusive, toExclusive, length);
        if (fromInclusive == 0 && toExclusive == length) {
            return this;
        }
        return new BarSeries(name, epochDays, columns, offset + fromInclusive, toExclusive - fromInclusive);
    }

    /**
     * The bars dated from {@code from} to {@code to}, both inclusive, as a view sharing this
     * series' arrays (see {@link #slice(int, int)}). The dates need not be bar dates. O(log n).
     *
     * @param from the first date, inclusive
     * @param to   the last date, inclusive
     * @return the slice, empty if no bar falls in the range
     * @throws IllegalArgumentException if a date is null or {@code from} is after {@code to}
     */
    public BarSeries between(LocalDate from, LocalDate to) {
        ArgChecks.notNull(from, "from");
        ArgChecks.notNull(to, "to");
        ArgChecks.check(!from.isAfter(to), "from", from, "must not be after to = " + to);
        int first = indexAtOrAfter(from);
        int last = indexAtOrBefore(to);
        if (first < 0 || last < first) {
            return slice(0, 0);
        }
        return slice(first, last + 1);
    }

    /**
     * The index of the bar dated {@code date}; O(log n).
     *
     * @param date the date
     * @return the index, or -1 if there is no bar on that date
     * @throws IllegalArgumentException if {@code date} is null
     */
    public int indexOf(LocalDate date) {
        int found = search(epochDayOf(date));
        return found >= 0 ? found : -1;
    }

    /**
     * The index of the last bar dated on or before {@code date}; O(log n).
     *
     * @param date the date
     * @return the index, or -1 if every bar is after {@code date}
     * @throws IllegalArgumentException if {@code date} is null
     */
    public int indexAtOrBefore(LocalDate date) {
        int found = search(epochDayOf(date));
        return found >= 0 ? found : -found - 2;
    }

    /**
     * The index of the first bar dated on or after {@code date}; O(log n).
     *
     * @param date the date
     * @return the index, or -1 if every bar is before {@code date}
     * @throws IllegalArgumentException if {@code date} is null
     */
    public int indexAtOrAfter(LocalDate date) {
        int found = search(epochDayOf(date));
        if (found >= 0) {
            return found;
        }
        int insertion = -found - 1;
        return insertion < length ? insertion : -1;
    }

    private static long epochDayOf(LocalDate date) {
        return ArgChecks.notNull(date, "date").toEpochDay();
    }

    /** Binary search in this view; result as {@link Arrays#binarySearch(int[], int)}, relative. */
    private int search(long epochDay) {
        if (epochDay > Integer.MAX_VALUE) {
            return -length - 1;
        }
        if (epochDay < Integer.MIN_VALUE) {
            return -1;
        }
        int found = Arrays.binarySearch(epochDays, offset, offset + length, (int) epochDay);
        return found >= 0 ? found - offset : found + offset;
    }

    // ---------------------------------------------------------------- internals

    private double[] column(Column column) {
        double[] values = columns[ArgChecks.notNull(column, "column").ordinal()];
        if (values == null) {
            throw new IllegalStateException("series " + name + " has no adjusted close");
        }
        return values;
    }

    private void requireNotEmpty() {
        if (length == 0) {
            throw new NoSuchElementException("series " + name + " is empty");
        }
    }

    // ---------------------------------------------------------------- Object

    /**
     * Equal if the other object is a {@code BarSeries} with the same name, the same presence of
     * an adjusted close and the same dates and values bar by bar (compared as by
     * {@link Double#compare(double, double)}). Slices and copies with equal content are equal.
     *
     * @param other the object to compare with
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BarSeries)) {
            return false;
        }
        BarSeries that = (BarSeries) other;
        if (length != that.length || !name.equals(that.name)
                || hasAdjustedClose() != that.hasAdjustedClose()) {
            return false;
        }
        if (!Arrays.equals(epochDays, offset, offset + length,
                that.epochDays, that.offset, that.offset + length)) {
            return false;
        }
        for (int c = 0; c < COLUMN_COUNT; c++) {
            double[] mine = columns[c];
            if (mine != null && !Arrays.equals(mine, offset, offset + length,
                    that.columns[c], that.offset, that.offset + length)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}; O(n).
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = name.hashCode();
        for (int i = 0; i < length; i++) {
            h = 31 * h + epochDays[offset + i];
            h = 31 * h + Double.hashCode(columns[Column.CLOSE.ordinal()][offset + i]);
        }
        return h;
    }

    /**
     * A short description: name, bar count, date span and whether there is an adjusted close.
     *
     * @return the description, e.g. {@code BarSeries[SP500, 5105 bars, 2000-01-03..2020-04-17]}
     */
    @Override
    public String toString() {
        String span = length == 0 ? "" : ", " + firstDate() + ".." + lastDate();
        return "BarSeries[" + name + ", " + length + " bars" + span
                + (hasAdjustedClose() ? ", adjusted close" : "") + "]";
    }
}
