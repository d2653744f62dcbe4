package io.swiftbolt.ml.features;

import io.swiftbolt.core.util.ArgChecks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feature matrix: named columns of {@code double} values, one row per date, stored column by
 * column ({@code double[]} per feature).
 *
 * <p><b>Undefined cells.</b> A cell has no value during an indicator's warm-up or in a gap of the
 * option series. This is explicit in the API: {@link #isDefined(int, int)} tells,
 * {@link #firstDefinedRow(int)} gives each column's warm-up length, {@link #value(int, int)}
 * throws {@link IllegalStateException} on an undefined cell, and
 * {@link #copyColumn(int, double[], int, double)} makes the caller choose what to write in its
 * place. (Internally an undefined cell is stored as NaN; no public method returns that NaN.) A
 * {@link MissingValuePolicy} other than {@code KEEP} gives a complete matrix.
 *
 * <p><b>No look-ahead.</b> Matrices made by {@link FeatureEngineer} hold in row {@code t} only
 * values computed from data dated at or before row {@code t}'s date.
 *
 * <p>Immutable and thread-safe. Rows are 0-based; dates strictly increase.
 */
public final class FeatureMatrix {

    private final String[] names;
    private final Map<String, Integer> index;
    private final int[] epochDays;
    private final double[][] columns;

    /** Wraps the arrays without copying; callers hand over ownership. NaN marks undefined. */
    FeatureMatrix(String[] names, int[] epochDays, double[][] columns) {
        this.names = names;
        this.epochDays = epochDays;
        this.columns = columns;
        this.index = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            if (index.put(names[c], c) != null) {
                throw new IllegalArgumentException("column " + names[c] + " appears twice");
            }
        }
    }

    /**
     * A matrix of features computed elsewhere (your own signals, or synthetic data), copied in.
     * NaN marks a cell as undefined, as in matrices made by {@link FeatureEngineer}.
     *
     * @param names     the column names, no repeats
     * @param epochDays the row dates ({@code LocalDate.toEpochDay()}), strictly increasing
     * @param columns   one array of {@code epochDays.length} values per name; NaN = undefined,
     *                  infinities are rejected
     * @return the matrix
     * @throws IllegalArgumentException if an argument is null, lengths disagree, a name repeats,
     *                                  dates do not increase or a value is infinite
     */
    public static FeatureMatrix of(List<String> names, int[] epochDays, double[][] columns) {
        ArgChecks.notNull(names, "names");
        ArgChecks.notNull(epochDays, "epochDays");
        ArgChecks.sameLength(ArgChecks.notNull(columns, "columns").length, names.size(), "columns");
        for (int r = 1; r < epochDays.length; r++) {
            ArgChecks.check(epochDays[r] > epochDays[r - 1], "epochDays[" + r + "]", epochDays[r],
                    "must be after the previous date " + epochDays[r - 1]);
        }
        double[][] copy = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            ArgChecks.sameLength(ArgChecks.notNull(columns[c], "columns[" + c + "]").length, epochDays.length,
                    "columns[" + c + "]");
            for (double v : columns[c]) {
                ArgChecks.check(!Double.isInfinite(v), "columns[" + c + "] (" + names.get(c) + ")", v,
                        "must not be infinite");
            }
            copy[c] = columns[c].clone();
        }
        return new FeatureMatrix(names.toArray(new String[0]), epochDays.clone(), copy);
    }

    /**
     * The number of rows (dates).
     *
     * @return the row count
     */
    public int rowCount() {
        return epochDays.length;
    }

    /**
     * The number of feature columns (the date is not a column).
     *
     * @return the column count
     */
    public int columnCount() {
        return names.length;
    }

    /**
     * The column names, in column order, e.g. {@code sma_20}, {@code rsi_14}.
     *
     * @return an immutable list
     */
    public List<String> columnNames() {
        return List.of(names);
    }

    /**
     * The position of a column.
     *
     * @param name the column name
     * @return its index
     * @throws IllegalArgumentException if there is no such column
     */
    public int columnIndex(String name) {
        Integer c = index.get(ArgChecks.notNull(name, "name"));
        if (c == null) {
            throw new IllegalArgumentException("name must be a column of the matrix, was \"" + name
                    + "\"; columns are " + Arrays.toString(names));
        }
        return c;
    }

    /**
     * Whether the matrix has a column.
     *
     * @param name the column name
     * @return true if present
     */
    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /**
     * The date of a row.
     *
     * @param row the row
     * @return its date
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     */
    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(epochDays[Objects.checkIndex(row, epochDays.length)]);
    }

    /**
     * The date of a row as an epoch day.
     *
     * @param row the row
     * @return {@link LocalDate#toEpochDay()} of its date
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     */
    public int epochDay(int row) {
        return epochDays[Objects.checkIndex(row, epochDays.length)];
    }

    /**
     * A copy of the row dates as epoch days.
     *
     * @return a new array, strictly increasing
     */
    public int[] epochDays() {
        return epochDays.clone();
    }

    /**
     * Whether a cell has a value.
     *
     * @param column the column index
     * @param row    the row
     * @return false during warm-up or in a gap
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public boolean isDefined(int column, int row) {
        return !Double.isNaN(cell(column, row));
    }

    /**
     * Whether a cell has a value.
     *
     * @param column the column name
     * @param row    the row
     * @return false during warm-up or in a gap
     * @throws IllegalArgumentException  if there is no such column
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     */
    public boolean isDefined(String column, int row) {
        return isDefined(columnIndex(column), row);
    }

    /**
     * The value of a cell.
     *
     * @param column the column index
     * @param row    the row
     * @return the value, in the column's units (see the feature table in {@link FeatureEngineer})
     * @throws IndexOutOfBoundsException if an index is out of range
     * @throws IllegalStateException     if the cell is undefined
     */
    public double value(int column, int row) {
        double v = cell(column, row);
        if (Double.isNaN(v)) {
            int first = firstDefinedRow(column);
            throw new IllegalStateException(names[column] + " is not defined on " + date(row) + " (row " + row
                    + (first < rowCount() ? "; first defined on " + date(first) + ", row " + first : "; never defined")
                    + ")");
        }
        return v;
    }

    /**
     * The value of a cell.
     *
     * @param column the column name
     * @param row    the row
     * @return the value
     * @throws IllegalArgumentException  if there is no such column
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     * @throws IllegalStateException     if the cell is undefined
     */
    public double value(String column, int row) {
        return value(columnIndex(column), row);
    }

    private double cell(int column, int row) {
        return columns[Objects.checkIndex(column, names.length)][Objects.checkIndex(row, epochDays.length)];
    }

    /**
     * The first row on which a column is defined (its warm-up length in this matrix).
     *
     * @param column the column index
     * @return the row, or {@link #rowCount()} if the column is never defined
     * @throws IndexOutOfBoundsException if {@code column} is out of range
     */
    public int firstDefinedRow(int column) {
        double[] values = columns[Objects.checkIndex(column, names.length)];
        for (int r = 0; r < values.length; r++) {
            if (!Double.isNaN(values[r])) {
                return r;
            }
        }
        return values.length;
    }

    /**
     * The number of defined cells of a column.
     *
     * @param column the column index
     * @return the count
     */
    public int definedCount(int column) {
        int count = 0;
        for (double v : columns[Objects.checkIndex(column, names.length)]) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether every cell is defined.
     *
     * @return true if the matrix has no undefined cell
     */
    public boolean isComplete() {
        for (int c = 0; c < names.length; c++) {
            if (definedCount(c) != epochDays.length) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies a column into {@code dst[dstOffset ..]}, writing {@code undefinedFill} for undefined
     * cells, so the placeholder (0, NaN, …) is the caller's explicit choice. No allocation.
     *
     * @param column        the column index
     * @param dst           the destination
     * @param dstOffset     where row 0 goes
     * @param undefinedFill the value written for undefined cells
     * @throws IllegalArgumentException  if {@code dst} is null
     * @throws IndexOutOfBoundsException if {@code column} is out of range or {@code dst} too short
     */
    public void copyColumn(int column, double[] dst, int dstOffset, double undefinedFill) {
        ArgChecks.notNull(dst, "dst");
        double[] values = columns[Objects.checkIndex(column, names.length)];
        Objects.checkFromIndexSize(dstOffset, values.length, dst.length);
        for (int r = 0; r < values.length; r++) {
            double v = values[r];
            dst[dstOffset + r] = Double.isNaN(v) ? undefinedFill : v;
        }
    }

    /**
     * A copy of a column that must be defined on every row (e.g. after a policy other than
     * {@code KEEP}).
     *
     * @param name the column name
     * @return a new array of {@link #rowCount()} values
     * @throws IllegalArgumentException if there is no such column
     * @throws IllegalStateException    if a cell of the column is undefined; use
     *                                  {@link #copyColumn} with an explicit fill, or a
     *                                  {@link MissingValuePolicy}
     */
    public double[] column(String name) {
        int c = columnIndex(name);
        if (definedCount(c) != epochDays.length) {
            value(c, firstUndefined(columns[c]));
        }
        return columns[c].clone();
    }

    private static int firstUndefined(double[] values) {
        for (int r = 0; r < values.length; r++) {
            if (Double.isNaN(values[r])) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The rows {@code [fromInclusive, toExclusive)} as a new matrix.
     *
     * @param fromInclusive the first row
     * @param toExclusive   the row after the last
     * @return the sub-matrix, possibly empty
     * @throws IndexOutOfBoundsException if the range is invalid
     */
    public FeatureMatrix rows(int fromInclusive, int toExclusive) {
        Objects.checkFromToIndex(fromInclusive, toExclusive, epochDays.length);
        double[][] cols = new double[names.length][];
        for (int c = 0; c < names.length; c++) {
            cols[c] = Arrays.copyOfRange(columns[c], fromInclusive, toExclusive);
        }
        return new FeatureMatrix(names, Arrays.copyOfRange(epochDays, fromInclusive, toExclusive), cols);
    }

    /**
     * The first row dated on or after {@code date}.
     *
     * @param date the date
     * @return the row, or {@link #rowCount()} if every row is earlier
     * @throws IllegalArgumentException if {@code date} is null
     */
    public int rowAtOrAfter(LocalDate date) {
        long day = ArgChecks.notNull(date, "date").toEpochDay();
        int lo = 0;
        int hi = epochDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochDays[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The rows dated from {@code from} to {@code to}, both inclusive, as a new matrix.
     *
     * @param from the first date
     * @param to   the last date, not before {@code from}
     * @return the sub-matrix, possibly empty
     * @throws IllegalArgumentException if a date is null or {@code from} is after {@code to}
     */
    public FeatureMatrix between(LocalDate from, LocalDate to) {
        ArgChecks.notNull(to, "to");
        ArgChecks.check(!ArgChecks.notNull(from, "from").isAfter(to), "from", from, "must not be after to = " + to);
        return rows(rowAtOrAfter(from), rowAtOrAfter(to.plusDays(1)));
    }

    /**
     * The named columns, in the order given, as a new matrix with the same rows.
     *
     * @param names the columns to keep, each present, no repeats
     * @return the matrix
     * @throws IllegalArgumentException if a name is unknown or repeated
     */
    public FeatureMatrix select(List<String> names) {
        ArgChecks.notNull(names, "names");
        String[] kept = names.toArray(new String[0]);
        double[][] cols = new double[kept.length][];
        for (int j = 0; j < kept.length; j++) {
            cols[j] = columns[columnIndex(kept[j])].clone();
        }
        return new FeatureMatrix(kept, epochDays.clone(), cols);
    }

    /**
     * Applies a missing-value policy. Every policy decides row {@code t} from rows {@code <= t}
     * only (see {@link MissingValuePolicy}).
     *
     * @param policy the policy
     * @return this matrix for {@code KEEP}, otherwise a new, complete matrix
     * @throws IllegalArgumentException if {@code policy} is null, or it is {@code FAIL} and a cell
     *                                  after the warm-up is undefined (the message names column
     *                                  and date)
     */
    public FeatureMatrix withPolicy(MissingValuePolicy policy) {
        switch (ArgChecks.notNull(policy, "policy")) {
            case KEEP:
                return this;
            case DROP_ROWS:
                return keepRows(completeRows());
            case FORWARD_FILL:
                return forwardFilled();
            case FAIL:
                return failOnGaps();
            default:
                throw new AssertionError(policy);
        }
    }

    /** The first row on which every column has had a value (rowCount if never). */
    private int warmUpEnd() {
        int end = 0;
        for (int c = 0; c < names.length; c++) {
            end = Math.max(end, firstDefinedRow(c));
        }
        return end;
    }

    private boolean[] completeRows() {
        boolean[] keep = new boolean[epochDays.length];
        Arrays.fill(keep, true);
        for (double[] col : columns) {
            for (int r = 0; r < col.length; r++) {
                if (Double.isNaN(col[r])) {
                    keep[r] = false;
                }
            }
        }
        return keep;
    }

    private FeatureMatrix keepRows(boolean[] keep) {
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        int[] days = new int[count];
        double[][] cols = new double[names.length][count];
        int j = 0;
        for (int r = 0; r < keep.length; r++) {
            if (keep[r]) {
                days[j] = epochDays[r];
                for (int c = 0; c < names.length; c++) {
                    cols[c][j] = columns[c][r];
                }
                j++;
            }
        }
        return new FeatureMatrix(names, days, cols);
    }

    private FeatureMatrix forwardFilled() {
        int start = warmUpEnd();
        FeatureMatrix tail = rows(Math.min(start, epochDays.length), epochDays.length);
        for (int c = 0; c < names.length; c++) {
            double[] col = tail.columns[c];
            double last = columns[c].length == 0 || start == 0 ? Double.NaN : lastDefinedBefore(columns[c], start);
            for (int r = 0; r < col.length; r++) {
                if (Double.isNaN(col[r])) {
                    col[r] = last;
                } else {
                    last = col[r];
                }
            }
        }
        return tail;
    }

    private static double lastDefinedBefore(double[] values, int end) {
        for (int r = end - 1; r >= 0; r--) {
            if (!Double.isNaN(values[r])) {
                return values[r];
            }
        }
        return Double.NaN;
    }

    private FeatureMatrix failOnGaps() {
        FeatureMatrix tail = rows(Math.min(warmUpEnd(), epochDays.length), epochDays.length);
        for (int c = 0; c < names.length; c++) {
            int gap = firstUndefined(tail.columns[c]);
            if (gap >= 0) {
                throw new IllegalArgumentException("feature " + names[c] + " is undefined on " + tail.date(gap)
                        + " after its warm-up (missing-value policy FAIL)");
            }
        }
        return tail;
    }

    /**
     * A new matrix with every defined cell mapped to {@code (x − offset[c]) / scale[c]};
     * undefined cells stay undefined. The building block of the scalers.
     *
     * @param offsets per column, finite
     * @param scales  per column, finite and non-zero
     * @return the transformed matrix
     * @throws IllegalArgumentException if an array is null, has the wrong length or a bad value
     */
    public FeatureMatrix affine(double[] offsets, double[] scales) {
        ArgChecks.sameLength(ArgChecks.allFinite(offsets, "offsets").length, names.length, "offsets");
        ArgChecks.sameLength(ArgChecks.allFinite(scales, "scales").length, names.length, "scales");
        double[][] cols = new double[names.length][];
        for (int c = 0; c < names.length; c++) {
            ArgChecks.check(scales[c] != 0.0, "scales[" + c + "]", scales[c], "must not be zero");
            double[] src = columns[c];
            double[] dst = new double[src.length];
            double o = offsets[c];
            double s = scales[c];
            for (int r = 0; r < src.length; r++) {
                dst[r] = (src[r] - o) / s;
            }
            cols[c] = dst;
        }
        return new FeatureMatrix(names, epochDays.clone(), cols);
    }

    /**
     * Describes the shape: rows, columns and date span.
     *
     * @return e.g. {@code FeatureMatrix[5105 rows x 31 columns, 2000-01-03..2020-04-17]}
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(rowCount() + " rows x " + columnCount() + " columns");
        if (rowCount() > 0) {
            parts.add(date(0) + ".." + date(rowCount() - 1));
        }
        return "FeatureMatrix" + parts;
    }
}
