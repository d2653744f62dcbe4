package io.swiftbolt.cli;

import io.swiftbolt.attribution.brinson.BrinsonAttribution;
import io.swiftbolt.attribution.brinson.BrinsonMethod;
import io.swiftbolt.attribution.brinson.BrinsonResult;
import io.swiftbolt.attribution.brinson.Holding;
import io.swiftbolt.attribution.brinson.SectorEffects;
import io.swiftbolt.attribution.factors.FactorAnalyzer;
import io.swiftbolt.attribution.factors.FactorRegression;
import io.swiftbolt.attribution.factors.FactorReturns;
import io.swiftbolt.attribution.factors.TermEstimate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swiftbolt attribution}: Brinson attribution by sector and factor regressions. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Performance attribution: Brinson by sector (brinson) and factor regression (factors).",
        subcommands = {AttributionCommand.Brinson.class, AttributionCommand.Factors.class})
final class AttributionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code swiftbolt attribution brinson}: single-period Brinson effects by sector. */
    @Command(name = "brinson", mixinStandardHelpOptions = true,
            description = {
                "Single-period Brinson attribution by sector.",
                "Input columns (by header name, any order): sector, portfolio_weight, benchmark_weight, "
                    + "portfolio_return, benchmark_return (decimals); one row per sector, or per security "
                    + "grouped by sector (weights summed, returns weight-averaged).",
                "A sector held only by the benchmark takes the benchmark's return as the portfolio's; one held "
                    + "only by the portfolio needs its benchmark return on its rows.",
                "BHB allocation = (wp - wb) * rb; BF allocation = (wp - wb) * (rb - Rb); "
                    + "selection = wb * (rp - rb); interaction = (wp - wb) * (rp - rb).",
                "Output columns: sector, allocation, selection, interaction, total, plus a TOTAL row."})
    static final class Brinson implements Callable<Integer> {

        static final String[] COLUMNS = {"sector", "portfolio_weight", "benchmark_weight", "portfolio_return",
            "benchmark_return"};

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "input CSV")
        Path in;

        @Option(names = "--method", paramLabel = "bhb|bf", defaultValue = "bhb",
                description = "bhb (Brinson-Hood-Beebower) or bf (Brinson-Fachler); default: ${DEFAULT-VALUE}")
        String method;

        @Option(names = "--normalize",
                description = "rescale each side's weights to sum to 1 (else they must sum to 1 within 1e-6)")
        boolean normalize;

        @Option(names = "--out", paramLabel = "FILE", description = "also write the effects as CSV (atomically)")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BrinsonMethod m = BrinsonMethod.ofCode(method);
            KeyedCsv csv = KeyedCsv.read(in);
            int[] col = new int[COLUMNS.length];
            for (int k = 0; k < COLUMNS.length; k++) {
                col[k] = csv.column(COLUMNS[k]);
            }
            if (csv.size() == 0) {
                throw new IllegalArgumentException(in + ": no data rows");
            }
            List<Holding> holdings = new ArrayList<>(csv.size());
            for (int i = 0; i < csv.size(); i++) {
                String sector = csv.text(i, col[0]);
                if (sector.isEmpty()) {
                    throw csv.error(i, col[0], "sector must not be blank");
                }
                double[] v = new double[4];
                for (int k = 1; k <= 4; k++) {
                    v[k - 1] = csv.number(i, col[k]);
                    if (k <= 2 && v[k - 1] < 0) {
                        throw csv.error(i, col[k], "weight must be zero or positive, was " + v[k - 1]);
                    }
                    if (k > 2 && v[k - 1] < -1) {
                        throw csv.error(i, col[k], "return must be at least -1, was " + v[k - 1]);
                    }
                }
                holdings.add(new Holding(sector, v[0], v[1], v[2], v[3]));
            }
            BrinsonResult result;
            try {
                result = BrinsonAttribution.builder().method(m).normalizeWeights(normalize).build().attribute(holdings);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(in + ": " + e.getMessage()
                        + (normalize ? "" : "; use --normalize to rescale"), e);
            }
            List<List<String>> rows = rows(result);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Brinson attribution (%s) of %s: portfolio %s, benchmark %s, active %s%n",
                    m == BrinsonMethod.BHB ? "BHB" : "Brinson-Fachler", in, pct(result.portfolioReturn()),
                    pct(result.benchmarkReturn()), pct(result.activeReturn()));
            String[][] grid = new String[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = rows.get(i);
                grid[i] = new String[] {r.get(0), fixed(Double.parseDouble(r.get(1))), fixed(Double.parseDouble(r.get(2))),
                    fixed(Double.parseDouble(r.get(3))), fixed(Double.parseDouble(r.get(4)))};
            }
            Tables.printGrid(o, new String[] {"sector", "allocation", "selection", "interaction", "total"}, grid);
            if (out != null) {
                writeAtomically(List.of(out), List.of(
                        new Csv(List.of("sector", "allocation", "selection", "interaction", "total"), rows)));
                o.println("wrote " + out);
            }
            o.flush();
            return 0;
        }

        /** The output rows: one per sector, then TOTAL; numbers at full precision. */
        static List<List<String>> rows(BrinsonResult r) {
            List<List<String>> rows = new ArrayList<>();
            for (SectorEffects e : r.sectors()) {
                rows.add(List.of(e.sector(), num(e.allocation()), num(e.selection()), num(e.interaction()),
                        num(e.total())));
            }
            rows.add(List.of("TOTAL", num(r.allocation()), num(r.selection()), num(r.interaction()), num(r.total())));
            return rows;
        }
    }

    /** {@code swiftbolt attribution factors}: OLS of returns on factor returns. */
    @Command(name = "factors", mixinStandardHelpOptions = true,
            description = {
                "OLS regression of returns on factor returns with an intercept (alpha).",
                "Both files are keyed by their first column (a date or a month) and joined on it, in the returns "
                    + "file's order (rows in time order); the returns file's return column is 'return'.",
                "With --rf-column the returns are taken in excess of that factor-file column. Without "
                    + "--factor-columns every factor-file column but the key and the RF column is a regressor.",
                "Standard errors are classical, or Newey-West (Bartlett weights, no small-sample factor, "
                    + "normal p-values, as statsmodels' cov_type='HAC') with --newey-west.",
                "--out DIR writes coefficients.csv (term,coef,std_err,t_stat,p_value; alpha first) and "
                    + "summary.csv (n_obs,r_squared,adj_r_squared,resid_std,f_stat)."})
    static final class Factors implements Callable<Integer> {

        @Option(names = "--returns", required = true, paramLabel = "FILE", description = "returns CSV (key, return)")
        Path returns;

        @Option(names = "--factors", required = true, paramLabel = "FILE", description = "factor returns CSV")
        Path factors;

        @Option(names = "--factor-columns", split = ",", paramLabel = "A,B,...",
                description = "factor columns to regress on (default: all but the key and RF columns)")
        List<String> factorColumns;

        @Option(names = "--rf-column", paramLabel = "RF", description = "risk-free column of the factors file")
        String rfColumn;

        @Option(names = "--newey-west", paramLabel = "LAGS", description = "Newey-West standard errors with LAGS lags")
        Integer neweyWest;

        @Option(names = "--periods-per-year", paramLabel = "N", defaultValue = "12",
                description = "annualization factor for alpha (default: ${DEFAULT-VALUE})")
        double periodsPerYear;

        @Option(names = "--out", paramLabel = "DIR", description = "write coefficients.csv and summary.csv here")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (neweyWest != null && neweyWest < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--newey-west must be zero or positive, was " + neweyWest);
            }
            KeyedCsv r = KeyedCsv.read(returns);
            KeyedCsv f = KeyedCsv.read(factors);
            int retCol = r.column("return");
            List<String> names = new ArrayList<>();
            List<Integer> cols = new ArrayList<>();
            int rf = rfColumn == null ? -1 : f.column(rfColumn);
            if (factorColumns == null || factorColumns.isEmpty()) {
                for (int c = 1; c < f.header().size(); c++) {
                    if (c != rf) {
                        names.add(f.header().get(c).trim());
                        cols.add(c);
                    }
                }
            } else {
                for (String name : factorColumns) {
                    int c = f.column(name);
                    if (c == 0 || c == rf) {
                        throw new IllegalArgumentException("--factor-columns must not include the key or RF column, was "
                                + name);
                    }
                    names.add(f.header().get(c).trim());
                    cols.add(c);
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException(factors + ": no factor columns");
            }
            Map<String, Integer> factorRow = index(f);
            index(r);
            List<String> keys = new ArrayList<>();
            double[] y = new double[r.size()];
            double[][] x = new double[names.size()][r.size()];
            int n = 0;
            for (int i = 0; i < r.size(); i++) {
                Integer j = factorRow.get(r.text(i, 0));
                if (j == null) {
                    continue;
                }
                keys.add(r.text(i, 0));
                y[n] = r.number(i, retCol) - (rf < 0 ? 0 : f.number(j, rf));
                for (int k = 0; k < cols.size(); k++) {
                    x[k][n] = f.number(j, cols.get(k));
                }
                n++;
            }
            if (n == 0) {
                throw new IllegalArgumentException(returns + " and " + factors + " share no key in their first columns");
            }
            double[][] cut = new double[names.size()][];
            for (int k = 0; k < names.size(); k++) {
                cut[k] = java.util.Arrays.copyOf(x[k], n);
            }
            FactorAnalyzer.Builder b = FactorAnalyzer.builder().periodsPerYear(periodsPerYear);
            if (neweyWest != null) {
                b.neweyWest(neweyWest);
            }
            FactorRegression fit = b.build().fit(java.util.Arrays.copyOf(y, n), new FactorReturns(names, cut));
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Factor regression of %s%s on %s: %d of %d rows joined (%s .. %s), %s errors%n",
                    returns, rfColumn == null ? "" : " in excess of " + rfColumn, names, n, r.size(), keys.get(0),
                    keys.get(n - 1), neweyWest == null ? "classical" : "Newey-West(" + neweyWest + ")");
            List<List<String>> coefRows = coefficientRows(fit);
            String[][] grid = new String[coefRows.size()][];
            for (int i = 0; i < grid.length; i++) {
                TermEstimate t = fit.terms().get(i);
                grid[i] = new String[] {t.term(), String.format(Locale.ROOT, "%.6f", t.coefficient()),
                    String.format(Locale.ROOT, "%.6f", t.standardError()),
                    String.format(Locale.ROOT, "%.3f", t.tStatistic()), String.format(Locale.ROOT, "%.4g", t.pValue()),
                    String.format(Locale.ROOT, "%.6f", t.contribution())};
            }
            Tables.printGrid(o, new String[] {"term", "coef", "std_err", "t_stat", "p_value", "contribution"}, grid);
            o.printf(Locale.ROOT, "  n_obs %d, R^2 %.6f, adj. R^2 %.6f, resid std %.6g, F %.6g (p %.4g), "
                    + "alpha %.4f %% per period = %.4f %% per year%n", fit.observations(), fit.rSquared(),
                    fit.adjustedRSquared(), fit.residualStd(), fit.fStatistic(), fit.fPValue(), 100 * fit.alpha(),
                    100 * fit.alphaAnnualized());
            if (out != null) {
                try {
                    Files.createDirectories(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(out + ": " + e.getMessage(), e);
                }
                writeAtomically(List.of(out.resolve("coefficients.csv"), out.resolve("summary.csv")), List.of(
                        new Csv(List.of("term", "coef", "std_err", "t_stat", "p_value"), coefRows),
                        new Csv(List.of("n_obs", "r_squared", "adj_r_squared", "resid_std", "f_stat"),
                                List.of(List.of(Integer.toString(fit.observations()), num(fit.rSquared()),
                                        num(fit.adjustedRSquared()), num(fit.residualStd()),
                                        num(fit.fStatistic()))))));
                o.println("wrote " + out.resolve("coefficients.csv") + " and " + out.resolve("summary.csv"));
            }
            o.flush();
            return 0;
        }

        static List<List<String>> coefficientRows(FactorRegression fit) {
            List<List<String>> rows = new ArrayList<>();
            for (TermEstimate t : fit.terms()) {
                rows.add(List.of(t.term(), num(t.coefficient()), num(t.standardError()), num(t.tStatistic()),
                        num(t.pValue())));
            }
            return rows;
        }

        /** Row index by first-column key; a repeated key fails on its line. */
        private static Map<String, Integer> index(KeyedCsv csv) {
            Map<String, Integer> byKey = new HashMap<>();
            for (int i = 0; i < csv.size(); i++) {
                String key = csv.text(i, 0);
                if (key.isEmpty()) {
                    throw csv.error(i, 0, "key must not be blank");
                }
                Integer previous = byKey.putIfAbsent(key, i);
                if (previous != null) {
                    throw csv.error(i, 0, "repeated key '" + key + "' (first on line " + csv.line(previous) + ")");
                }
            }
            return byKey;
        }
    }

    /** One CSV file's content. */
    record Csv(List<String> header, List<List<String>> rows) {
    }

    /**
     * Writes every file to a temporary file beside its target first, then moves them all into place,
     * so a failure while writing leaves the targets untouched.
     */
    static void writeAtomically(List<Path> targets, List<Csv> contents) {
        List<Path> temps = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                Path target = targets.get(i).toAbsolutePath();
                Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
                Path tmp = Files.createTempFile(dir, ".swiftbolt-", ".tmp");
                temps.add(tmp);
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                     CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                    p.printRecord(contents.get(i).header());
                    for (List<String> row : contents.get(i).rows()) {
                        p.printRecord(row);
                    }
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                Files.move(temps.get(i), targets.get(i).toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                temps.set(i, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(targets + ": " + e.getMessage(), e);
        } finally {
            for (Path tmp : temps) {
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

    static String num(double v) {
        return Double.toString(v + 0.0); // no "-0.0"
    }

    private static String fixed(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.equals("-0.000000") ? "0.000000" : s;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.4f %%", 100 * v);
    }
}
