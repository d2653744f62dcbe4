package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Named factor return series over the same periods, the regressors of a {@link FactorAnalyzer}
 * fit: market, size, value, momentum, volatility or any other, as decimals per period.
 *
 * <p>Immutable: the columns are copied in and copied out.
 *
 * @param names   the factor names, unique, not blank, not {@value FactorRegression#ALPHA}; at
 *                least one
 * @param columns one series per name, all of the same length, all finite
 */
public record FactorReturns(List<String> names, double[][] columns) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if there is no factor, a name is blank, repeated or
     *                                  {@code alpha}, the counts of names and columns differ, or
     *                                  a column is null, of another length or has a non-finite value
     */
    public FactorReturns {
        ArgChecks.notNull(names, "names");
        ArgChecks.notNull(columns, "columns");
        names = List.copyOf(names);
        ArgChecks.check(!names.isEmpty(), "names", names, "must name at least one factor");
        ArgChecks.sameLength(columns.length, names.size(), "columns");
        Set<String> seen = new HashSet<>();
        double[][] copy = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            String name = ArgChecks.notBlank(names.get(j), "names[" + j + "]");
            ArgChecks.check(!FactorRegression.ALPHA.equals(name), "names[" + j + "]", name,
                    "must not be the intercept's name \"" + FactorRegression.ALPHA + "\"");
            ArgChecks.check(seen.add(name), "names[" + j + "]", name, "must be unique");
            copy[j] = ArgChecks.allFinite(columns[j], name).clone();
            ArgChecks.sameLength(copy[j].length, copy[0].length, name);
        }
        columns = copy;
    }

    /**
     * Factor returns from named columns.
     *
     * @param names   the names
     * @param columns the columns, one per name
     * @return the factor returns
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static FactorReturns of(List<String> names, double[]... columns) {
        return new FactorReturns(names, columns);
    }

    /**
     * A copy of the columns.
     *
     * @return new arrays, one per factor
     */
    @Override
    public double[][] columns() {
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = columns[j].clone();
        }
        return out;
    }

    /**
     * The number of factors.
     *
     * @return the count, positive
     */
    public int count() {
        return columns.length;
    }

    /**
     * The number of periods (observations).
     *
     * @return the length of every column
     */
    public int length() {
        return columns[0].length;
    }

    /**
     * One factor's return in one period.
     *
     * @param factor the factor's index
     * @param period the period's index
     * @return the return, a decimal
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double get(int factor, int period) {
        return columns[factor][period];
    }

    /**
     * The periods {@code [from, to)} of every factor.
     *
     * @param from the first period, inclusive
     * @param to   the last period, exclusive
     * @return the slice
     * @throws IllegalArgumentException if the range is empty or out of bounds
     */
    public FactorReturns slice(int from, int to) {
        ArgChecks.check(from >= 0 && from < to && to <= length(), "range", "[" + from + ", " + to + ")",
                "must be a non-empty part of [0, " + length() + ")");
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = Arrays.copyOfRange(columns[j], from, to);
        }
        return new FactorReturns(names, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorReturns f && names.equals(f.names) && Arrays.deepEquals(columns, f.columns);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.deepHashCode(columns);
    }

    @Override
    public String toString() {
        return "FactorReturns[names=" + names + ", periods=" + length() + "]";
    }
}
