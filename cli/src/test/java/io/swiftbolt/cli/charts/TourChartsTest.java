package io.swiftbolt.cli.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourChartsTest {

    @TempDir
    Path dir;

    /**
     * The forecast chart on a real, simple input. TEST INPUT ONLY, not a model: a persistence
     * forecast (tomorrow's close = today's) of the bundled S&P 500 over its last 120 days, with an
     * empirical 90 % interval from the 5 % and 95 % quantiles of the 250 one-day changes before
     * the test period.
     */
    @Test
    void forecastChartShowsAPersistenceForecastWithItsEmpiricalBand() throws IOException {
        BarSeries sp = BundledData.sp500();
        int n = 120;
        int first = sp.size() - n;
        double[] changes = new double[250];
        for (int i = 0; i < changes.length; i++) {
            int t = first - changes.length + i;
            changes[i] = sp.close(t) - sp.close(t - 1);
        }
        Arrays.sort(changes);
        double q05 = changes[(int) Math.floor(0.05 * (changes.length - 1))];
        double q95 = changes[(int) Math.ceil(0.95 * (changes.length - 1))];
        List<LocalDate> dates = new ArrayList<>();
        double[] actual = new double[n];
        double[] predicted = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        int covered = 0;
        for (int i = 0; i < n; i++) {
            int t = first + i;
            dates.add(sp.date(t));
            actual[i] = sp.close(t);
            predicted[i] = sp.close(t - 1);
            lower[i] = predicted[i] + q05;
            upper[i] = predicted[i] + q95;
            covered += actual[i] >= lower[i] && actual[i] <= upper[i] ? 1 : 0;
        }
        // The band is a real interval: it holds most of the calm days and misses the March 2020 crash days.
        assertThat(covered).isBetween(60, 115);

        // A second simple forecast as the baseline: the mean of the last 20 closes.
        double[] mean20 = new double[n];
        for (int i = 0; i < n; i++) {
            for (int t = first + i - 20; t < first + i; t++) {
                mean20[i] += sp.close(t) / 20;
            }
        }
        LinkedHashMap<String, double[]> baselines = new LinkedHashMap<>();
        baselines.put("20-day mean", mean20);
        BufferedImage image = TourCharts.forecast("S&P 500 close: persistence forecast with a 90 % empirical band "
                + "(test input)", new TourCharts.ForecastSeries(dates, actual, predicted, lower, upper),
                "persistence (yesterday's close)", "90 % interval (quantiles of 250 past changes)", "index points",
                baselines);
        Path file = ChartImages.writePng(image, dir.resolve("forecast.png"));
        PngAssertions.assertChart(file);
        assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartImages.HEIGHT);
        assertThat(bandPixels(image)).as("pixels of the shaded band").isGreaterThan(2_000);
    }

    /** Light blue, the band's translucent fill over white. */
    private static int bandPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (b > 220 && r < 215 && r > 150 && g > 200) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void forecastRejectsABaselineOfTheWrongLength() {
        List<LocalDate> dates = List.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));
        double[] two = {1, 2};
        LinkedHashMap<String, double[]> baselines = new LinkedHashMap<>();
        baselines.put("mean", new double[] {1, 2, 3});
        assertThatThrownBy(() -> TourCharts.forecast("f", new TourCharts.ForecastSeries(dates, two, two, two, two),
                "model", "band", "units", baselines)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baselines[mean]");
    }

    @Test
    void forecastSeriesRejectsInconsistentInputNamingTheArgument() {
        List<LocalDate> dates = List.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));
        double[] two = {1, 2};
        assertThatThrownBy(() -> new TourCharts.ForecastSeries(dates, two, two, new double[] {0, 3}, new double[] {2, 2.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower[1]").hasMessageContaining("3.0");
        assertThatThrownBy(() -> new TourCharts.ForecastSeries(dates, two, new double[] {1}, two, two))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted");
        assertThatThrownBy(() -> new TourCharts.ForecastSeries(dates, new double[] {1, Double.NaN}, two, two, two))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actual");
        assertThatThrownBy(() -> new TourCharts.ForecastSeries(List.of(dates.get(1), dates.get(0)), two, two, two, two))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dates[1]");
    }

    @Test
    void drawdownIsTheFallFromTheRunningPeak() {
        assertThat(TourCharts.drawdown(new double[] {100, 120, 90, 130, 117}))
                .containsExactly(new double[] {0, 0, -0.25, 0, -0.1}, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void everyChartFunctionDrawsALegibleImage() {
        BarSeries sp = BundledData.aapl2013();
        List<LocalDate> dates = new ArrayList<>();
        double[] equity = new double[sp.size()];
        double[] closes = new double[sp.size()];
        for (int i = 0; i < sp.size(); i++) {
            dates.add(sp.date(i));
            equity[i] = 100_000 * (1 + 0.0002 * i);
            closes[i] = sp.close(i);
        }
        PngAssertions.assertImage(TourCharts.equityWithDrawdown("equity", dates, closes, equity, "linear", "USD"),
                "equity");
        double[] k = {90, 95, 100, 105, 110};
        PngAssertions.assertImage(TourCharts.painCurve("pain", k, new double[] {5e7, 3e7, 1e7, 0, 0},
                new double[] {0, 0, 1e7, 4e7, 8e7}, 100, 101.5), "pain");
        PngAssertions.assertImage(TourCharts.volatilitySmile("smile", List.of(new TourCharts.Smile("a", k,
                new double[] {0.3, 0.25, 0.2, 0.19, 0.2})), 100), "smile");
        PngAssertions.assertImage(TourCharts.payoff("payoff", k, new double[] {-3, -3, 2, 2, 2},
                new double[] {-2.5, -1, 0.5, 1.5, 1.8}, 100, new double[] {98}, "USD"), "payoff");
        PngAssertions.assertImage(TourCharts.convergence("ga", List.of(new TourCharts.FitnessHistory("fold 1",
                new double[] {0.1, 0.3, 0.3}, new double[] {0.0, 0.1, 0.2})), "fitness"), "ga");
        LinkedHashMap<String, double[]> bars = new LinkedHashMap<>();
        bars.put("Equity", new double[] {1, -0.5});
        bars.put("Cash", new double[] {0.25, 0});
        PngAssertions.assertImage(TourCharts.bars("bars", "%", List.of("allocation", "selection"), bars, 1000, 500),
                "bars");
    }

    @Test
    void chartsRejectMismatchedArrays() {
        double[] k = {90, 100, 110};
        assertThatThrownBy(() -> TourCharts.painCurve("pain", k, new double[] {1, 2}, new double[] {1, 2, 3}, 100, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callPayout");
        assertThatThrownBy(() -> TourCharts.payoff("p", new double[] {1, 3, 2}, k, k, 2, new double[0], "USD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("underlying[2]");
        assertThatThrownBy(() -> TourCharts.convergence("ga", List.of(), "fitness"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds");
    }

    @Test
    void stackPutsPanelsUnderEachOtherAndPngIsWrittenWithoutLeftovers() throws IOException {
        BufferedImage a = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB);
        BufferedImage s = ChartImages.stack(a, b);
        assertThat(s.getWidth()).isEqualTo(300);
        assertThat(s.getHeight()).isEqualTo(150);
        Path file = ChartImages.writePng(s, dir.resolve("sub/x.png"));
        assertThat(file).exists();
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.png");
        }
        assertThatThrownBy(ChartImages::stack).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("panels");
    }
}
