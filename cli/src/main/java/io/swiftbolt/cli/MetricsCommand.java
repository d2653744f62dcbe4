package io.swiftbolt.cli;

import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.metrics.MetricsCalculator;
import io.swiftbolt.core.metrics.PerformanceMetrics;
import io.swiftbolt.core.series.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swiftbolt metrics}: performance metrics of a bar file's close-to-close returns. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {
            "Performance metrics of close-to-close returns of a daily bar CSV "
                + "(columns date, open, high, low, close, volume by header name).",
            "Annualized volatility uses the sample standard deviation; Sharpe = mean excess / sample stdev x "
                + "sqrt(periods); Sortino's downside deviation = sqrt(sum(min(r - rf, 0)^2) / N); "
                + "max drawdown is a positive fraction of the running peak."})
final class MetricsCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "BARS.csv", description = "daily bars CSV")
    Path in;

    @Option(names = "--periods-per-year", paramLabel = "N", defaultValue = "252",
            description = "annualization factor (default: ${DEFAULT-VALUE})")
    double periodsPerYear;

    @Option(names = "--risk-free", paramLabel = "RATE", defaultValue = "0",
            description = "annual risk-free rate as a decimal (default: ${DEFAULT-VALUE})")
    double riskFree;

    @Option(names = "--out", paramLabel = "FILE", description = "also write one CSV row of the metrics")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MetricsCalculator calculator = MetricsCalculator.builder().periodsPerYear(periodsPerYear)
                .riskFreeRate(riskFree).build();
        BarSeries series = BarSeriesCsv.read(in);
        PerformanceMetrics m = calculator.compute(series);
        MetricsReport.print(spec.commandLine().getOut(), "metrics of " + in, m);
        if (out != null) {
            writeRow(out, MetricsReport.csvRow(m));
        }
        return 0;
    }

    /** Writes header and one row atomically (temporary file, then move). */
    static void writeRow(Path out, List<String> row) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".swiftbolt-", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                p.printRecord((Object[]) MetricsReport.CSV_COLUMNS);
                p.printRecord(row);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
