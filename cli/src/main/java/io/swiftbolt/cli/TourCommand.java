package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.metrics.MetricsCalculator;
import io.swiftbolt.core.options.Greeks;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesMerton;
import io.swiftbolt.core.pricing.BsmInputs;
import io.swiftbolt.core.pricing.ImpliedVolResult;
import io.swiftbolt.core.pricing.ImpliedVolatility;
import io.swiftbolt.core.series.BarSeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt tour [--out DIR] [--quick]}: the SDK end to end on bundled real data, one step
 * per module, in order: market data and metrics; features (a forecast step slots in right after
 * them); option pricing, Greeks and implied volatility; chain analytics on a generated chain;
 * genetic strategy discovery with walk-forward; paper trading of the discovered strategy through
 * the OMS; attribution (of the paper-traded result too); tax-aware rebalancing.
 *
 * <p>The report goes to standard output; PNG charts go to the output folder
 * ({@value #DEFAULT_OUT} by default) and are named in the report. Progress goes to standard
 * error: a line every {@value #HEARTBEAT_SECONDS} seconds while a step runs longer than that, and
 * each step's time when it ends.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Runs SwiftBolt end to end on bundled real data (S&P 500 2000-2020, AAPL 2013) and writes "
            + "PNG charts.", "The report goes to standard output; progress (each step's time, a line every 5 s of "
            + "a long step) to standard error."})
final class TourCommand implements Callable<Integer> {

    /** The default chart folder, relative to the working directory. */
    static final String DEFAULT_OUT = "swiftbolt-tour";
    /** Seconds between progress lines of a long step. */
    static final int HEARTBEAT_SECONDS = 5;

    /**
     * One step of the tour. A step written against {@code run(PrintWriter)} alone works as is: the
     * tour calls {@link #run(TourContext)}, which by default hands it the report writer. A step
     * with charts, shared results or a quick mode overrides {@link #run(TourContext)} and
     * implements {@code run(out)} as {@code run(TourContext.textOnly(out))}.
     */
    interface Step {
        /** The step's one-line title. */
        String title();

        /**
         * Runs the step, writing its report.
         *
         * @param out the report writer
         */
        void run(PrintWriter out);

        /**
         * Runs the step in the tour.
         *
         * @param ctx report writer, quick flag, progress, charts and earlier steps' results
         */
        default void run(TourContext ctx) {
            run(ctx.out());
        }

        /**
         * A step that runs {@code step}'s report, then draws charts from it: how a step written
         * against {@code run(PrintWriter)} alone gets charts without changing it.
         *
         * @param step   the step
         * @param charts draws its charts, e.g. {@code (s, ctx) -> ctx.chart("forecast.png", () -> ...)}
         * @param <S>    the step's type
         * @return the combined step
         */
        static <S extends Step> Step withCharts(S step, BiConsumer<? super S, TourContext> charts) {
            return new Step() {
                @Override
                public String title() {
                    return step.title();
                }

                @Override
                public void run(PrintWriter out) {
                    step.run(out);
                }

                @Override
                public void run(TourContext ctx) {
                    step.run(ctx);
                    charts.accept(step, ctx);
                }
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "folder for the PNG charts (created if needed; default: ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--quick", description = "trim the long steps (fewer training epochs, smaller genetic search)")
    boolean quick;

    /**
     * The tour's steps, in order; the forecast (which draws {@code forecast.png}) right after the
     * features it trains on.
     *
     * @return the steps
     */
    static List<Step> steps() {
        return List.of(new MarketDataStep(), new FeaturesTourStep(), new ForecastTourStep(), new OptionsStep(),
                new ChainTourStep(), new DiscoveryTourStep(), new PaperTradingTourStep(), new AttributionTourStep(),
                new RebalancingTourStep());
    }

    @Override
    public Integer call() throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IllegalArgumentException("--out must be a folder, but " + outDir + " is a file");
        }
        Files.createDirectories(outDir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TourContext ctx = new TourContext(out, err, outDir, quick);
        List<Step> steps = steps();
        out.printf(Locale.ROOT, "SwiftBolt tour%s: %d steps on bundled real data; charts go to %s%n",
                quick ? " (quick)" : "", steps.size(), outDir);
        long start = System.nanoTime();
        runSteps(ctx, steps, HEARTBEAT_SECONDS);
        out.printf(Locale.ROOT, "%n%d charts in %s%n", ctx.charts().size(), outDir.toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "tour finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        return 0;
    }

    /**
     * Runs the steps in order, each under its numbered title, with progress on the context's
     * progress writer: a line every {@code heartbeatSeconds} while a step runs, its time when done.
     *
     * @param ctx              the context
     * @param steps            the steps
     * @param heartbeatSeconds seconds between "still running" lines, positive
     */
    static void runSteps(TourContext ctx, List<Step> steps, int heartbeatSeconds) {
        PrintWriter out = ctx.out();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "swiftbolt-tour-progress");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                out.printf(Locale.ROOT, "%n[%d/%d] %s%n", i + 1, steps.size(), step.title());
                out.flush();
                String label = String.format(Locale.ROOT, "[%d/%d]", i + 1, steps.size());
                long stepStart = System.nanoTime();
                ScheduledFuture<?> beat = heartbeat.scheduleAtFixedRate(() -> ctx.progress(String.format(Locale.ROOT,
                        "%s still running, %d s", label, Math.round((System.nanoTime() - stepStart) / 1e9))),
                        heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
                try {
                    step.run(ctx);
                } finally {
                    beat.cancel(false);
                }
                out.flush();
                ctx.progress(String.format(Locale.ROOT, "%s done in %.1f s", label,
                        (System.nanoTime() - stepStart) / 1e9));
            }
        } finally {
            heartbeat.shutdownNow();
        }
    }

    /** Bundled bars and their performance metrics. */
    static final class MarketDataStep implements Step {
        @Override
        public String title() {
            return "Market data and performance metrics (bundled, real: see core's PROVENANCE.md)";
        }

        @Override
        public void run(PrintWriter out) {
            MetricsCalculator calc = MetricsCalculator.defaults();
            BarSeries sp = BundledData.sp500();
            MetricsReport.print(out, "S&P 500 index, " + sp.size() + " daily bars", calc.compute(sp));
            BarSeries aapl = BundledData.aapl2013();
            MetricsReport.print(out, "AAPL 2013, " + aapl.size() + " daily bars", calc.compute(aapl));
        }
    }

    /** Black-Scholes-Merton prices, Greeks and implied vol on the S&P 500's last close. */
    static final class OptionsStep implements Step {
        @Override
        public String title() {
            return "Options: Black-Scholes-Merton prices, Greeks and implied volatility";
        }

        @Override
        public void run(PrintWriter out) {
            BarSeries sp = BundledData.sp500();
            int last = sp.size() - 1;
            double spot = sp.close(last);
            double vol = realizedVolatility(sp, 21);
            double t = 30 / 365.0;
            double r = 0.01;
            double q = 0.018;
            out.printf(Locale.ROOT, "  spot %.2f (close %s), 21-day realized vol %.2f %%, T = 30 days, r = 1 %%, "
                    + "q = 1.8 %%%n", spot, sp.date(last), 100 * vol);
            double[] moneyness = {0.90, 0.95, 1.00, 1.05, 1.10};
            String[][] rows = new String[moneyness.length * 2][];
            int k = 0;
            for (OptionRight right : OptionRight.values()) {
                for (double m : moneyness) {
                    double strike = Math.round(spot * m / 5) * 5.0;
                    Greeks g = BlackScholesMerton.greeks(new BsmInputs(right, spot, strike, t, r, q), vol);
                    rows[k++] = new String[] {right.name().toLowerCase(Locale.ROOT), f(strike, 0), f(g.price(), 2),
                        f(g.delta(), 4), f(g.gamma(), 6), f(g.vegaPerPoint(), 4), f(g.thetaPerDay(), 4)};
                }
            }
            Tables.printGrid(out, new String[] {"right", "strike", "price", "delta", "gamma", "vega/pt", "theta/day"},
                    rows);
            BsmInputs atm = new BsmInputs(OptionRight.CALL, spot, Math.round(spot / 5) * 5.0, t, r, q);
            double price = BlackScholesMerton.price(atm, vol);
            ImpliedVolResult iv = ImpliedVolatility.of(atm, price);
            out.printf(Locale.ROOT, "  implied vol of the ATM call's price %.6f: %s %.12f (input %.12f)%n", price,
                    iv.status().code(), iv.volatility().orElseThrow(), vol);
            BsmInputs deepCall = new BsmInputs(OptionRight.CALL, spot, 0.8 * spot, t, r, q);
            double belowIntrinsic = 0.1 * spot;
            out.printf(Locale.ROOT, "  implied vol of %.2f for the %.0f call (intrinsic about %.0f): status %s%n",
                    belowIntrinsic, deepCall.strike(), 0.2 * spot,
                    ImpliedVolatility.of(deepCall, belowIntrinsic).status().code());
        }

        private static double realizedVolatility(BarSeries s, int days) {
            int end = s.size() - 1;
            double sum = 0;
            double sumSq = 0;
            for (int i = end - days + 1; i <= end; i++) {
                double lr = Math.log(s.close(i) / s.close(i - 1));
                sum += lr;
                sumSq += lr * lr;
            }
            double mean = sum / days;
            return Math.sqrt((sumSq - days * mean * mean) / (days - 1) * 252);
        }

        private static String f(double v, int decimals) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
    }
}
