package io.swiftbolt.cli;

import io.swiftbolt.core.metrics.Drawdown;
import io.swiftbolt.core.metrics.PerformanceMetrics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Renders {@link PerformanceMetrics} as a console table and as one CSV row. */
final class MetricsReport {

    /** The CSV columns of {@code swiftbolt metrics --out}, decimals throughout. */
    static final String[] CSV_COLUMNS = {"total_return", "ann_return", "ann_vol", "sharpe", "sortino", "max_drawdown",
        "mdd_peak_date", "mdd_trough_date", "mdd_recovery_date", "calmar", "win_rate"};

    private MetricsReport() {
    }

    /** One CSV row aligned with {@link #CSV_COLUMNS}; undefined values are empty cells. */
    static List<String> csvRow(PerformanceMetrics m) {
        Optional<Drawdown> dd = m.maxDrawdown();
        List<String> row = new ArrayList<>();
        row.add(Double.toString(m.totalReturn()));
        row.add(Double.toString(m.annualizedReturn()));
        row.add(cell(m.annualizedVolatility()));
        row.add(cell(m.sharpe()));
        row.add(cell(m.sortino()));
        row.add(Double.toString(m.maxDrawdownDepth()));
        row.add(dd.map(d -> d.peak().toString()).orElse(""));
        row.add(dd.map(d -> d.trough().toString()).orElse(""));
        row.add(dd.flatMap(Drawdown::recovery).map(Object::toString).orElse(""));
        row.add(cell(m.calmar()));
        row.add(Double.toString(m.winRate()));
        return row;
    }

    /** A human-readable table: percentages for returns, two decimals for ratios. */
    static void print(PrintWriter out, String title, PerformanceMetrics m) {
        Optional<Drawdown> dd = m.maxDrawdown();
        String[][] rows = {
            {"period", m.start() + " .. " + m.end() + " (" + m.periods() + " returns, " + fmt(m.periodsPerYear())
                + " per year)"},
            {"total return", pct(m.totalReturn())},
            {"annualized return", pct(m.annualizedReturn())},
            {"annualized volatility", pct(m.annualizedVolatility())},
            {"Sharpe (rf " + pct(m.riskFreeRate()) + ")", ratio(m.sharpe())},
            {"Sortino", ratio(m.sortino())},
            {"max drawdown", dd.map(d -> pct(d.depth()) + "  " + d.peak() + " -> " + d.trough() + ", recovered "
                + d.recovery().map(Object::toString).orElse("not yet")).orElse("none")},
            {"Calmar", ratio(m.calmar())},
            {"win rate", pct(m.winRate())},
        };
        Tables.print(out, title, rows);
    }

    private static String cell(OptionalDouble v) {
        return v.isPresent() ? Double.toString(v.getAsDouble()) : "";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * v);
    }

    private static String pct(OptionalDouble v) {
        return v.isPresent() ? pct(v.getAsDouble()) : "undefined";
    }

    private static String ratio(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "undefined";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
