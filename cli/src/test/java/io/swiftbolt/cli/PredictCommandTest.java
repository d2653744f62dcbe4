package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.series.BarSeries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code swiftbolt predict}: report, output files, errors; the tour's forecast step. */
class PredictCommandTest extends CliTestBase {

    private Path sp500Tail(int bars) throws Exception {
        BarSeries sp = BundledData.sp500();
        Path file = dir.resolve("sp.csv");
        BarSeriesCsv.write(sp.slice(sp.size() - bars, sp.size()), file);
        return file;
    }

    @Test
    void trainsReportsModelBaselinesAndCoverageAndWritesFiles() throws Exception {
        Path out = dir.resolve("out");
        Result r = run("predict", "--in", sp500Tail(900).toString(), "--model", "lstm", "--horizon", "5",
                "--epochs", "2", "--sequence-length", "10", "--passes", "10", "--seed", "7", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("900 bars, 851 feature rows x 31 features").contains("h=5  model")
                .contains("persistence").contains("drift").contains("90% interval coverage")
                .containsPattern("the model (beats|does NOT beat) persistence");
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertThat(metrics).hasSize(4);
        assertThat(metrics.get(0)).startsWith("horizon,forecaster,mse,mae,r2,nominal_coverage,coverage");
        assertThat(metrics.get(2)).startsWith("5,persistence,");
        List<String> predictions = Files.readAllLines(out.resolve("predictions.csv"));
        assertThat(predictions.get(0)).isEqualTo("date,horizon,actual,predicted,lower,upper,persistence,drift");
        assertThat(predictions.get(predictions.size() - 1)).startsWith("2020-04-09,5,"); // last date with a 5-day future
        assertThat(Files.readAllLines(out.resolve("loss.csv"))).hasSize(3);
        assertThat(out.resolve("model").resolve("model.properties")).exists();
        assertThat(out.resolve("model").resolve("network.bin")).exists();
    }

    @Test
    void errorsAreOneLineWithExitCodes() throws Exception {
        Result r = run("predict", "--in", sp500Tail(120).toString(), "--model", "transformer", "--epochs", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("swiftbolt predict: error: features has too few rows: 71 rows give");
        assertThat(r.err().lines().count()).isEqualTo(1);
        r = run("predict", "--in", sp500Tail(120).toString(), "--model", "gru");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--model");
        r = run("predict", "--in", sp500Tail(900).toString(), "--model", "lstm", "--horizon", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("horizons[0]");
    }

    @Test
    void forecastTourStepTrainsASmallModelAndReportsItsBaselines() {
        ForecastTourStep step = new ForecastTourStep();
        ForecastTourStep.Forecast f = step.forecast();
        assertThat(f.dates()).hasSize(f.actual().length).hasSize(f.predicted().length);
        assertThat(f.dates().get(0)).isAfter(ForecastTourStep.FROM);
        for (int i = 0; i < f.lower().length; i++) {
            assertThat(f.lower()[i]).isLessThanOrEqualTo(f.upper()[i]);
        }
        assertThat(f.persistence()).containsOnly(0.0);
        assertThat(f.evaluation().horizon()).isEqualTo(5);
        StringWriter text = new StringWriter();
        ForecastTourStep.print(f, new PrintWriter(text, true));
        assertThat(step.title()).contains("S&P 500");
        assertThat(text.toString()).contains("persistence (no change)").contains("random walk with drift")
                .contains("test coverage").containsPattern("the model (beats|does NOT beat) persistence");
    }
}
