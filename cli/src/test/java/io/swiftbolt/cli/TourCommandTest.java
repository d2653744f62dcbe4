package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.cli.charts.PngAssertions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TourCommandTest extends CliTestBase {

    static final int STEPS = TourCommand.steps().size();
    static final String LAST_STEP = "[" + STEPS + "/" + STEPS + "]";

    /** The charts the tour draws. */
    static final List<String> CHARTS = List.of("forecast.png", "max_pain.png", "volatility_smile.png", "spread_payoff.png",
            "ga_convergence.png", "equity_drawdown.png", "attribution.png");

    @Test
    void tourRunsEveryStepAndWritesEveryChartAsAValidPng() throws IOException {
        Path out = dir.resolve("charts");
        Result r = run("tour", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("S&P 500").contains("56.78 %").contains("AAPL 2013").contains("implied vol")
                .contains("below_intrinsic").contains(LAST_STEP).contains("tour finished")
                .contains("population 30 x 30 generations per fold")
                .contains("bull call spread 2020-05-15 2875/3050 at the mids: debit 75.35 (x 100 = 7,535), "
                        + "max profit 9,965, max loss 7,535, break-even 2950.35")
                .contains("paper: total return 2.91 %")
                .contains("the paper-traded strategy vs S&P 500 buy and hold, 2018-03-28 .. 2020-04-17 (517 days)")
                .contains("compounded: strategy 2.91 %, index 10.35 %, active -7.44 %")
                .contains("  S&P 500     0.00 %   -3.37 %      2.71 % -0.66 %")
                .contains("  Cash       -6.78 %    0.00 %      0.00 % -6.78 %")
                .contains("market model, daily: beta 0.1553 (t 57.28)")
                .contains(CHARTS.size() + " charts in " + out.toAbsolutePath().normalize());
        for (String chart : CHARTS) {
            assertThat(r.out()).contains("  chart: " + chart);
            PngAssertions.assertChart(out.resolve(chart));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(CHARTS);
        }
    }

    @Test
    void quickTourTrimsTheSearchAndStillDrawsEveryChart() throws IOException {
        Path out = dir.resolve("quick");
        Result r = run("tour", "--quick", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("SwiftBolt tour (quick)").contains("population 20 x 15 generations per fold")
                .contains("tour finished").doesNotContain("done in");
        assertThat(r.err()).contains("  ... [1/" + STEPS + "] done in ")
                .contains("  ... " + LAST_STEP + " done in ");
        for (String chart : CHARTS) {
            PngAssertions.assertChart(out.resolve(chart));
        }
    }

    @Test
    void anOutPathThatIsAFileIsRefusedBeforeAnyStepRuns() throws IOException {
        Path file = write("taken.png", "not a folder");
        Result r = run("tour", "--quick", "--out", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("swiftbolt tour: error: --out must be a folder").contains("taken.png");
        assertThat(r.out()).doesNotContain("[1/");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void theReportIsTheSameOnEveryRun() {
        String first = stable(run("tour", "--quick", "--out", dir.resolve("a").toString()).out());
        String second = stable(run("tour", "--quick", "--out", dir.resolve("a").toString()).out());
        assertThat(second).isEqualTo(first);
    }

    /** The report without the one line that depends on the clock. */
    private static String stable(String report) {
        return report.lines().filter(l -> !l.startsWith("tour finished in")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void attributionOfThePaperResultAddsUpExactly() {
        TourContext ctx = TourContext.textOnly(new PrintWriter(new StringWriter()));
        new DiscoveryTourStep().run(ctx);
        new PaperTradingTourStep().run(ctx);
        PaperTradingTourStep.Result paper = ctx.get(PaperTradingTourStep.Result.class).orElseThrow();
        AttributionTourStep.ResultAttribution a = AttributionTourStep.ResultAttribution.of(paper);
        double first = paper.curve().get(0).equity();
        double last = paper.curve().get(paper.curve().size() - 1).equity();
        // The Brinson portfolio compounds to the paper account's own return; the effects sum to the active return.
        assertThat(a.brinson().portfolioReturn()).isCloseTo(last / first - 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.brinson().total()).isCloseTo(a.brinson().activeReturn(), org.assertj.core.data.Offset.offset(1e-12));
        double[] closes = paper.marketCloses();
        assertThat(a.brinson().benchmarkReturn()).isCloseTo(closes[closes.length - 1] / closes[0] - 1,
                org.assertj.core.data.Offset.offset(1e-12));
        // OLS with an intercept: residuals sum to zero, so the return sum splits into beta and alpha parts.
        assertThat(a.strategySum()).isCloseTo(a.beta() * a.marketSum() + a.days() * a.market().alpha(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.beta()).isBetween(0.0, 1.0);
    }

    @Test
    void aStepWrittenForAWriterGetsChartsThroughTheAdapter() {
        StringWriter text = new StringWriter();
        List<String> calls = new ArrayList<>();
        TourCommand.Step plain = writerStep("plain", out -> {
            out.print("report");
            calls.add("run");
        });
        TourCommand.Step wrapped = TourCommand.Step.withCharts(plain, (s, ctx) -> {
            calls.add("charts " + s.title() + " " + ctx.quick());
            ctx.chart("never.png", () -> {
                throw new AssertionError("a text-only context renders no chart");
            });
        });
        TourContext ctx = TourContext.textOnly(new PrintWriter(text, true));
        wrapped.run(ctx);
        assertThat(wrapped.title()).isEqualTo("plain");
        assertThat(text.toString()).isEqualTo("report");
        assertThat(calls).containsExactly("run", "charts plain false");
        assertThat(ctx.charts()).isEmpty();
    }

    @Test
    void aLongStepShowsItIsStillRunning() {
        StringWriter report = new StringWriter();
        StringWriter progress = new StringWriter();
        TourContext ctx = new TourContext(new PrintWriter(report, true), new PrintWriter(progress, true), null, false);
        TourCommand.Step slow = writerStep("slow", out -> {
            // Waits for the heartbeat (at most 20 s, so a missing heartbeat fails instead of hanging).
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!progress.toString().contains("still running") && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.println("done");
        });
        TourCommand.runSteps(ctx, List.of(slow), 1);
        assertThat(progress.toString()).contains("  ... [1/1] still running, 1 s").contains("  ... [1/1] done in ");
        assertThat(report.toString()).isEqualTo(String.format("%n[1/1] slow%ndone%n"));
    }

    /** A step written against the plain {@code run(PrintWriter)} interface, as other modules' steps are. */
    private static TourCommand.Step writerStep(String title, java.util.function.Consumer<PrintWriter> body) {
        return new TourCommand.Step() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void run(PrintWriter out) {
                body.accept(out);
            }
        };
    }

    @Test
    void chartNamesMustBePlainPngFileNames() {
        TourContext ctx = TourContext.textOnly(new PrintWriter(new StringWriter()));
        for (String bad : new String[] {"x.jpg", "../x.png", "a/b.png"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.chart(bad, () -> null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name")
                    .hasMessageContaining(bad);
        }
    }
}
