package io.swiftbolt.cli;

import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.MissingValuePolicy;
import io.swiftbolt.ml.features.OptionObservation;
import io.swiftbolt.ml.features.OptionSeries;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt features}: the leakage-free feature matrix of a daily bar file (see
 * {@link FeatureEngineer}), written as CSV with a {@code date} column and one column per feature,
 * empty cells where a value is not yet defined. With {@code --options}, option features are added.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {
            "Leakage-free ML features of a daily bar CSV (columns date, open, high, low, close, volume by header "
                + "name): SMA/EMA 10/20/50, RSI 14 (Wilder), MACD 12/26/9, Bollinger 20/2 (population sd), "
                + "true range, ATR 14 (Wilder), volume SMA/EMA/ratio 20, momentum 5/10/20, volume momentum 5, "
                + "realized vol 20 (sample sd of log returns x sqrt(252)), log return and its lags 1..5.",
            "Row t uses data dated at or before t only; empty cells mark values not yet defined (warm-up).",
            "--options adds delta, gamma, vega, theta (per year), implied_vol, iv_rank_252, iv_percentile_252, "
                + "moneyness, log_moneyness, time_to_expiry (ACT/365) and put_call_volume_ratio from a CSV with "
                + "columns date, right (C/P), strike, expiry (yyyy-MM-dd), price, call_volume, put_volume and "
                + "an optional implied_vol (decimal; blank or absent: solved from price). At most one row per "
                + "date; every date must be a bar date."})
final class FeaturesCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "BARS.csv", description = "daily bars CSV")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "output CSV (written atomically)")
    Path out;

    @Option(names = "--options", paramLabel = "FILE.csv", description = "per-date option series CSV (see above)")
    Path options;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0",
            description = "risk-free rate for Greeks and implied vols, continuous decimal (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--dividend-yield", paramLabel = "Q", defaultValue = "0",
            description = "dividend yield, continuous decimal (default: ${DEFAULT-VALUE})")
    double dividendYield;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "KEEP",
            description = "missing values: KEEP (empty cells), DROP_ROWS, FORWARD_FILL (earlier values only) "
                + "or FAIL (default: ${DEFAULT-VALUE})")
    MissingValuePolicy policy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BarSeries bars = BarSeriesCsv.read(in);
        FeatureEngineer engineer = FeatureEngineer.builder().rate(rate).dividendYield(dividendYield)
                .missingValues(policy).build();
        FeatureMatrix matrix = options == null ? engineer.compute(bars) : engineer.compute(bars, readOptions(options));
        write(matrix, out);
        spec.commandLine().getOut().printf("wrote %d rows x %d features (%s) to %s%n", matrix.rowCount(),
                matrix.columnCount(), policy, out);
        return 0;
    }

    /** Reads the option series CSV; a bad cell fails naming file, line and column. */
    static OptionSeries readOptions(Path file) {
        String source = file.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            String[] required = {"date", "right", "strike", "expiry", "price", "call_volume", "put_volume"};
            int[] at = new int[required.length];
            for (int k = 0; k < required.length; k++) {
                at[k] = find(header, required[k]);
                if (at[k] < 0) {
                    throw new DataFormatException(source, 1, 0, required[k], "required column missing");
                }
            }
            int ivAt = find(header, "implied_vol");
            List<OptionObservation> list = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    throw new DataFormatException(source, line, Math.min(r.size(), header.size()) + 1, null,
                            "expected " + header.size() + " fields, found " + r.size());
                }
                LocalDate date = date(r, at[0], required[0], source, line);
                OptionRight right;
                try {
                    right = OptionRight.parse(r.get(at[1]));
                } catch (IllegalArgumentException e) {
                    throw new DataFormatException(source, line, at[1] + 1, required[1], e.getMessage());
                }
                double strike = number(r, at[2], required[2], source, line);
                LocalDate expiry = date(r, at[3], required[3], source, line);
                double price = number(r, at[4], required[4], source, line);
                OptionalDouble iv = ivAt < 0 || r.get(ivAt).isEmpty() ? OptionalDouble.empty()
                        : OptionalDouble.of(number(r, ivAt, "implied_vol", source, line));
                double calls = number(r, at[5], required[5], source, line);
                double puts = number(r, at[6], required[6], source, line);
                try {
                    list.add(new OptionObservation(date, right, strike, expiry, price, iv, calls, puts));
                    if (list.size() > 1 && !date.isAfter(list.get(list.size() - 2).date())) {
                        throw new IllegalArgumentException("date must be after the previous row's date "
                                + list.get(list.size() - 2).date() + ", was " + date);
                    }
                } catch (IllegalArgumentException e) {
                    throw new DataFormatException(source, line, 0, null, e.getMessage());
                }
            }
            return OptionSeries.of(list);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static int find(Map<String, Integer> header, String name) {
        for (Map.Entry<String, Integer> e : header.entrySet()) {
            if (e.getKey().trim().toLowerCase(Locale.ROOT).replace(" ", "_").equals(name)) {
                return e.getValue();
            }
        }
        return -1;
    }

    private static LocalDate date(CSVRecord r, int col, String name, String source, long line) {
        try {
            return LocalDate.parse(r.get(col));
        } catch (DateTimeException e) {
            throw new DataFormatException(source, line, col + 1, name, "not a yyyy-MM-dd date: '" + r.get(col) + "'");
        }
    }

    private static double number(CSVRecord r, int col, String name, String source, long line) {
        String text = r.get(col);
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFormatException(source, line, col + 1, name, "not a finite number: '" + text + "'");
    }

    /** Writes {@code date} plus every column, empty where undefined, atomically (temp file, then move). */
    static void write(FeatureMatrix m, Path out) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".swiftbolt-", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                List<String> header = new ArrayList<>();
                header.add("date");
                header.addAll(m.columnNames());
                p.printRecord(header);
                String[] row = new String[m.columnCount() + 1];
                for (int r = 0; r < m.rowCount(); r++) {
                    row[0] = m.date(r).toString();
                    for (int c = 0; c < m.columnCount(); c++) {
                        row[c + 1] = m.isDefined(c, r) ? Double.toString(m.value(c, r)) : "";
                    }
                    p.printRecord((Object[]) row);
                }
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
