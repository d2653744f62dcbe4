package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.series.BarSeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoverCommandTest extends CliTestBase {

    /** Three years of the bundled S&P 500 as a CSV file. */
    private Path bars() {
        BarSeries sp = BundledData.sp500().between(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31));
        Path file = dir.resolve("sp500.csv");
        BarSeriesCsv.write(sp, file);
        return file;
    }

    @Test
    void printsParametersMetricsDeflatedSharpeAndHistoryAndWritesCsv() throws IOException {
        Path in = bars();
        Path out = dir.resolve("out");
        Result r = run("discover", "--in", in.toString(), "--population", "12", "--generations", "6", "--seed", "7",
                "--walk-forward", "2", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("population 12, generations 6, seed 7, walk-forward 2 folds")
                .contains("best parameters (fold 2")
                .contains("lookback_period").contains("volatility_filter")
                .contains("in-sample vs out-of-sample")
                .contains("walk-forward efficiency")
                .contains("deflated Sharpe ratio (fold 2)")
                .contains("convergence (fold 2");
        assertThat(Files.readAllLines(out.resolve("parameters.csv"))).hasSize(1 + 2 * 8)
                .first().isEqualTo("fold,gene,value");
        assertThat(Files.readAllLines(out.resolve("folds.csv"))).hasSize(3).first().asString()
                .startsWith("fold,train_start,train_end,test_start,test_end,trials");
        assertThat(Files.readAllLines(out.resolve("history.csv"))).hasSize(1 + 2 * 6);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("metric,in_sample,out_of_sample");
        assertThat(summary).anyMatch(l -> l.startsWith("sharpe,")).anyMatch(l -> l.startsWith("deflated_sharpe_last_fold,"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("parameters.csv", "folds.csv", "summary.csv", "history.csv");
        }
    }

    @Test
    void paretoPrintsTheFrontInAndOutOfSampleAndWritesIt() throws IOException {
        Path in = bars();
        Path out = dir.resolve("pareto");
        String[] args = {"discover", "--in", in.toString(), "--population", "16", "--generations", "8", "--seed", "3",
            "--walk-forward", "2", "--pareto", "--out", out.toString()};
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pareto front (NSGA-II): maximize Sharpe, minimize max drawdown; trained on 2016-12-30..2017-12-29")
                .contains("tested on 2018-01-02..2018-12-31").contains("parameters: lookback_period entry_threshold").contains("OOS maxDD %");
        List<String> csv = Files.readAllLines(out.resolve("pareto.csv"));
        assertThat(csv.get(0)).startsWith("member,lookback_period,entry_threshold")
                .endsWith("is_sharpe,is_max_drawdown,is_total_return,is_trades,oos_sharpe,oos_max_drawdown,"
                        + "oos_total_return,oos_trades");
        assertThat(csv).hasSizeGreaterThan(1);
        // Along the front, a higher Sharpe ratio never comes with a shallower drawdown.
        double previousSharpe = Double.POSITIVE_INFINITY;
        double previousDrawdown = Double.POSITIVE_INFINITY;
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",");
            double sharpe = Double.parseDouble(cells[9]);
            double drawdown = Double.parseDouble(cells[10]);
            assertThat(sharpe).isLessThanOrEqualTo(previousSharpe);
            assertThat(sharpe < previousSharpe ? drawdown < previousDrawdown || previousDrawdown == Double.POSITIVE_INFINITY
                    : drawdown == previousDrawdown).isTrue();
            previousSharpe = sharpe;
            previousDrawdown = drawdown;
        }
        assertThat(run(args).out()).isEqualTo(r.out());
    }

    @Test
    void theSameSeedGivesByteIdenticalOutput() throws IOException {
        Path in = bars();
        String[] args = {"discover", "--in", in.toString(), "--population", "10", "--generations", "5",
            "--walk-forward", "1", "--out", dir.resolve("a").toString()};
        Result first = run(args);
        args[args.length - 1] = dir.resolve("b").toString();
        Result second = run(args);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        for (String name : List.of("parameters.csv", "folds.csv", "summary.csv", "history.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
        Result otherSeed = run("discover", "--in", in.toString(), "--population", "10", "--generations", "5",
                "--walk-forward", "1", "--seed", "43");
        assertThat(otherSeed.out()).isNotEqualTo(first.out());
    }

    @Test
    void badInputFailsWithOneClearLine() throws IOException {
        Path in = bars();
        Result population = run("discover", "--in", in.toString(), "--population", "1");
        assertThat(population.code()).isEqualTo(1);
        assertThat(population.err().strip()).isEqualTo("swiftbolt discover: error: populationSize must be at least 2, was 1");

        BarSeries tiny = BundledData.sp500().slice(0, 150);
        Path shortFile = dir.resolve("short.csv");
        BarSeriesCsv.write(tiny, shortFile);
        Result tooShort = run("discover", "--in", shortFile.toString(), "--walk-forward", "0");
        assertThat(tooShort.code()).isEqualTo(1);
        assertThat(tooShort.err()).contains("of 150 bars, shorter than the 202 bars ZScoreRsiFamily needs");

        Result folds = run("discover", "--in", in.toString(), "--walk-forward", "5");
        assertThat(folds.code()).isEqualTo(1);
        assertThat(folds.err()).contains("walk-forward windows gives windows of 125 bars").contains("use fewer folds");

        Result missing = run("discover", "--in", dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theTourStepRunsAWalkForwardSearchOnTheBundledSp500() {
        StringWriter text = new StringWriter();
        DiscoveryTourStep step = new DiscoveryTourStep();
        step.run(new PrintWriter(text));
        assertThat(step.title()).contains("walk-forward");
        assertThat(text.toString()).contains("population 30 x 30 generations per fold, seed 42")
                .contains("best parameters (fold 4").contains("out-of-sample").contains("deflated Sharpe ratio");
    }
}
