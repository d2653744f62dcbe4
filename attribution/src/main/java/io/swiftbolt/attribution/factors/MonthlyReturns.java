package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Simple monthly returns keyed by calendar month.
 *
 * <p>{@link #of(BarSeries)} forms them from daily closes: the month-end close of a calendar
 * month is the close of the last bar dated in that month, and the return of month {@code m} is
 * {@code close_end(m) / close_end(m - 1) - 1}, for every month whose previous calendar month also
 * has bars. So the series' first month has no return, a month after a gap in the data has none,
 * and the last month's return uses its last bar even if the month is not over (the bundled S&amp;P
 * 500 gives 2000-02 .. 2020-04, the last one partial).
 *
 * <p>Immutable and thread-safe.
 */
public final class MonthlyReturns {

    private final YearMonth[] months;
    private final double[] returns;

    private MonthlyReturns(YearMonth[] months, double[] returns) {
        this.months = months;
        this.returns = returns;
    }

    /**
     * Monthly returns from given values.
     *
     * @param months  the months, strictly increasing
     * @param returns the returns, decimals, finite and at least -1
     * @return the series
     * @throws IllegalArgumentException if an argument is null, the lengths differ, the months are
     *                                  not strictly increasing or a return is invalid
     */
    public static MonthlyReturns of(List<YearMonth> months, double[] returns) {
        ArgChecks.notNull(months, "months");
        ArgChecks.allFinite(returns, "returns");
        ArgChecks.sameLength(returns.length, months.size(), "returns");
        YearMonth[] m = new YearMonth[months.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = ArgChecks.notNull(months.get(i), "months[" + i + "]");
            ArgChecks.check(i == 0 || m[i].isAfter(m[i - 1]), "months[" + i + "]", m[i], "must be after the month before");
            ArgChecks.check(returns[i] >= -1, "returns[" + i + "]", returns[i], "must be at least -1");
        }
        return new MonthlyReturns(m, returns.clone());
    }

    /**
     * Monthly close-to-close returns of a daily series (see the class comment for the rule).
     *
     * @param series daily bars in date order
     * @return the monthly returns, possibly empty
     * @throws IllegalArgumentException if {@code series} is null
     */
    public static MonthlyReturns of(BarSeries series) {
        ArgChecks.notNull(series, "series");
        List<YearMonth> ends = new ArrayList<>();
        List<Integer> lastIndex = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            YearMonth m = YearMonth.from(series.date(i));
            if (ends.isEmpty() || !ends.get(ends.size() - 1).equals(m)) {
                ends.add(m);
                lastIndex.add(i);
            } else {
                lastIndex.set(lastIndex.size() - 1, i);
            }
        }
        YearMonth[] months = new YearMonth[Math.max(0, ends.size() - 1)];
        double[] values = new double[months.length];
        int count = 0;
        for (int k = 1; k < ends.size(); k++) {
            if (ends.get(k - 1).plusMonths(1).equals(ends.get(k))) {
                months[count] = ends.get(k);
                values[count] = series.close(lastIndex.get(k)) / series.close(lastIndex.get(k - 1)) - 1.0;
                count++;
            }
        }
        return new MonthlyReturns(Arrays.copyOf(months, count), Arrays.copyOf(values, count));
    }

    /**
     * The number of months.
     *
     * @return the count
     */
    public int size() {
        return returns.length;
    }

    /**
     * The month of entry {@code i}.
     *
     * @param i the index
     * @return the month
     * @throws IndexOutOfBoundsException if out of range
     */
    public YearMonth month(int i) {
        return months[i];
    }

    /**
     * The return of entry {@code i}.
     *
     * @param i the index
     * @return the return, a decimal
     * @throws IndexOutOfBoundsException if out of range
     */
    public double value(int i) {
        return returns[i];
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
     * A copy of the returns.
     *
     * @return a new array
     */
    public double[] toArray() {
        return returns.clone();
    }

    @Override
    public String toString() {
        return "MonthlyReturns[" + size() + (size() == 0 ? "" : ", " + months[0] + ".." + months[size() - 1]) + "]";
    }
}
