package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.core.util.ArgChecks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of monthly factor returns (decimals per month), one column per factor, keyed by
 * calendar month; the bundled Fama-French table is {@link FamaFrench#monthly()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MonthlyFactors {

    private final YearMonth[] months;
    private final List<String> names;
    private final double[][] columns;
    private final Map<YearMonth, Integer> index;

    private MonthlyFactors(YearMonth[] months, List<String> names, double[][] columns) {
        this.months = months;
        this.names = List.copyOf(names);
        this.columns = columns;
        this.index = new HashMap<>();
        for (int i = 0; i < months.length; i++) {
            index.put(months[i], i);
        }
    }

    /**
     * Parses a CSV table: a header whose first cell names the month column and whose other cells
     * name the factors, then one row per month, {@code yyyy-MM} followed by decimals, months
     * strictly increasing. Blank lines are skipped; fields are not quoted.
     *
     * @param reader the text, read to its end (not closed)
     * @param source the name used in error messages, e.g. the file name
     * @return the table
     * @throws DataFormatException  if the text is malformed, naming source, line and column
     * @throws UncheckedIOException if reading fails
     */
    public static MonthlyFactors parse(Reader reader, String source) {
        ArgChecks.notNull(reader, "reader");
        ArgChecks.notNull(source, "source");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new DataFormatException(source, 1, 0, null, "empty: expected a header row");
            }
            String[] head = header.split(",", -1);
            if (head.length < 2) {
                throw new DataFormatException(source, 1, 0, null, "header must name a month column and factors");
            }
            List<String> names = new ArrayList<>();
            for (int c = 1; c < head.length; c++) {
                String name = head[c].trim();
                if (name.isEmpty() || names.contains(name)) {
                    throw new DataFormatException(source, 1, c + 1, name,
                            name.isEmpty() ? "blank column name" : "repeated column name");
                }
                names.add(name);
            }
            List<YearMonth> months = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            long line = 1;
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String[] cells = text.split(",", -1);
                if (cells.length != head.length) {
                    throw new DataFormatException(source, line, Math.min(cells.length, head.length) + 1, null,
                            "expected " + head.length + " fields, found " + cells.length);
                }
                YearMonth month;
                try {
                    month = YearMonth.parse(cells[0].trim());
                } catch (DateTimeParseException e) {
                    throw new DataFormatException(source, line, 1, head[0].trim(),
                            "not a month (yyyy-MM): '" + cells[0].trim() + "'", e);
                }
                if (!months.isEmpty() && !month.isAfter(months.get(months.size() - 1))) {
                    throw new DataFormatException(source, line, 1, head[0].trim(),
                            "month " + month + " is not after " + months.get(months.size() - 1));
                }
                double[] row = new double[names.size()];
                for (int c = 1; c < cells.length; c++) {
                    String cell = cells[c].trim();
                    try {
                        row[c - 1] = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new DataFormatException(source, line, c + 1, names.get(c - 1),
                                "not a number: '" + cell + "'", e);
                    }
                    if (!Double.isFinite(row[c - 1])) {
                        throw new DataFormatException(source, line, c + 1, names.get(c - 1),
                                "must be a finite number, was '" + cell + "'");
                    }
                }
                months.add(month);
                rows.add(row);
            }
            double[][] columns = new double[names.size()][months.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < names.size(); c++) {
                    columns[c][i] = rows.get(i)[c];
                }
            }
            return new MonthlyFactors(months.toArray(new YearMonth[0]), names, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * The number of months.
     *
     * @return the row count
     */
    public int size() {
        return months.length;
    }

    /**
     * The months in order.
     *
     * @return an immutable list
     */
    public List<YearMonth> months() {
        return List.of(months);
    }

    /**
     * The column names, in file order (for Fama-French: {@code MktRF, SMB, HML, Mom, RF}).
     *
     * @return an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * A copy of one column.
     *
     * @param name the column's name
     * @return a new array, one value per month
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] column(String name) {
        return columns[columnIndex(name)].clone();
    }

    /**
     * One value.
     *
     * @param name  the column's name
     * @param month the month
     * @return the value, a decimal
     * @throws IllegalArgumentException if there is no such column or month
     */
    public double value(String name, YearMonth month) {
        Integer i = index.get(ArgChecks.notNull(month, "month"));
        ArgChecks.check(i != null, "month", month, "must be in " + months[0] + ".." + months[months.length - 1]);
        return columns[columnIndex(name)][i];
    }

    /**
     * Joins monthly returns with factor columns on the month (an inner join: months missing on
     * either side are dropped), optionally taking the returns in excess of a risk-free column.
     *
     * @param returns        the monthly returns
     * @param factorNames    the factor columns to use as regressors, at least one
     * @param riskFreeColumn the column subtracted from the returns, or null for none
     * @return the aligned data, months in increasing order
     * @throws IllegalArgumentException if a name is not a column, no factor is named, a factor is
     *                                  also the risk-free column, or no month is common
     */
    public RegressionData align(MonthlyReturns returns, List<String> factorNames, String riskFreeColumn) {
        ArgChecks.notNull(returns, "returns");
        ArgChecks.notNull(factorNames, "factorNames");
        ArgChecks.check(!factorNames.isEmpty(), "factorNames", factorNames, "must name at least one factor");
        int[] cols = new int[factorNames.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = columnIndex(factorNames.get(j));
            ArgChecks.check(!factorNames.get(j).equals(riskFreeColumn), "factorNames", factorNames,
                    "must not include the risk-free column " + riskFreeColumn);
        }
        int rf = riskFreeColumn == null ? -1 : columnIndex(riskFreeColumn);
        List<YearMonth> joined = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<Integer> retRows = new ArrayList<>();
        for (int i = 0; i < returns.size(); i++) {
            Integer row = index.get(returns.month(i));
            if (row != null) {
                joined.add(returns.month(i));
                rows.add(row);
                retRows.add(i);
            }
        }
        ArgChecks.check(!joined.isEmpty(), "returns", returns, "must share at least one month with the factors ("
                + (months.length == 0 ? "none" : months[0] + ".." + months[months.length - 1]) + ")");
        int n = joined.size();
        double[] y = new double[n];
        double[][] x = new double[cols.length][n];
        for (int i = 0; i < n; i++) {
            int row = rows.get(i);
            y[i] = returns.value(retRows.get(i)) - (rf < 0 ? 0.0 : columns[rf][row]);
            for (int j = 0; j < cols.length; j++) {
                x[j][i] = columns[cols[j]][row];
            }
        }
        return new RegressionData(joined, y, new FactorReturns(factorNames, x));
    }

    private int columnIndex(String name) {
        int c = names.indexOf(name);
        ArgChecks.check(c >= 0, "column", name == null ? "null" : "\"" + name + "\"", "must be one of " + names);
        return c;
    }

    @Override
    public String toString() {
        return "MonthlyFactors[" + names + ", " + size() + " months"
                + (size() == 0 ? "" : ", " + months[0] + ".." + months[size() - 1]) + "]";
    }
}
