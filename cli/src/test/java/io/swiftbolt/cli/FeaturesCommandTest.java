package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code swiftbolt features}: columns, empty warm-up cells, option features and errors. */
class FeaturesCommandTest extends CliTestBase {

    private Path aaplBars() throws Exception {
        Path bars = dir.resolve("aapl.csv");
        BarSeriesCsv.write(BundledData.aapl2013(), bars);
        return bars;
    }

    @Test
    void writesDateAndEveryFeatureWithEmptyWarmUpCells() throws Exception {
        Path out = dir.resolve("features.csv");
        Result r = run("features", "--in", aaplBars().toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 252 rows x 31 features");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(253);
        String[] header = lines.get(0).split(",", -1);
        assertThat(header[0]).isEqualTo("date");
        assertThat(List.of(header).subList(1, header.length)).isEqualTo(FeatureEngineer.defaults().columnNames(false));
        String[] first = lines.get(1).split(",", -1);
        assertThat(first[0]).isEqualTo("2013-01-02");
        assertThat(first[1]).isEmpty(); // sma_10 not yet defined
        assertThat(first[List.of(header).indexOf("true_range")]).isEqualTo(Double.toString(555.00 - 541.63));
        FeatureMatrix m = FeatureEngineer.defaults().compute(BundledData.aapl2013());
        String[] lastRow = lines.get(252).split(",", -1);
        for (int c = 0; c < m.columnCount(); c++) {
            assertThat(Double.parseDouble(lastRow[c + 1])).isEqualTo(m.value(c, 251));
        }
    }

    @Test
    void addsOptionFeaturesFromAnOptionFile() throws Exception {
        Path opts = write("opts.csv", "date,right,strike,expiry,price,implied_vol,call_volume,put_volume\n"
                + "2013-01-02,C,550,2013-02-15,20.5,0.25,1000,800\n"
                + "2013-01-03,P,540,2013-02-15,18.0,,500,1000\n");
        Path out = dir.resolve("f.csv");
        Result r = run("features", "--in", aaplBars().toString(), "--out", out.toString(), "--options", opts.toString(),
                "--rate", "0.01");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertThat(header).contains("delta", "implied_vol", "iv_rank_252", "put_call_volume_ratio");
        String[] day1 = lines.get(1).split(",", -1);
        String[] day2 = lines.get(2).split(",", -1);
        String[] day3 = lines.get(3).split(",", -1);
        assertThat(day1[header.indexOf("implied_vol")]).isEqualTo("0.25");
        assertThat(day1[header.indexOf("put_call_volume_ratio")]).isEqualTo("0.8");
        assertThat(Double.parseDouble(day1[header.indexOf("delta")])).isBetween(0.0, 1.0);
        assertThat(Double.parseDouble(day2[header.indexOf("implied_vol")])).isPositive(); // solved from price
        assertThat(day3[header.indexOf("delta")]).isEmpty(); // no observation that day
        assertThat(day1[header.indexOf("iv_rank_252")]).isEmpty(); // needs 252 IVs
    }

    @Test
    void errorsAreOneLineAndLeaveNoOutput() throws Exception {
        Path out = dir.resolve("f.csv");
        Path shortBars = dir.resolve("short.csv");
        BarSeries s = BundledData.aapl2013().slice(0, 30);
        BarSeriesCsv.write(s, shortBars);
        Result r = run("features", "--in", shortBars.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("swiftbolt features: error: smaPeriods is longer than the series short (30 bars), was 50");
        assertThat(out).doesNotExist();

        Path badOpts = write("bad.csv", "date,right,strike,expiry,price,call_volume,put_volume\n"
                + "2013-01-02,C,abc,2013-02-15,20.5,1000,800\n");
        r = run("features", "--in", aaplBars().toString(), "--out", out.toString(), "--options", badOpts.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:2:3 (strike): not a finite number: 'abc'");
        assertThat(out).doesNotExist();

        r = run("features", "--in", dir.resolve("missing.csv").toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void policyOptionDropsWarmUp() throws Exception {
        Path out = dir.resolve("f.csv");
        Result r = run("features", "--in", aaplBars().toString(), "--out", out.toString(), "--policy", "DROP_ROWS");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(252 - 49 + 1);
        assertThat(Files.readString(out)).doesNotContain(",,");
    }

    @Test
    void tourStepPrintsASummary() {
        StringWriter text = new StringWriter();
        FeaturesTourStep step = new FeaturesTourStep();
        step.run(new PrintWriter(text, true));
        assertThat(step.title()).contains("S&P 500");
        assertThat(text.toString()).contains("5105 bars -> 31 features").contains("rsi_14").contains("2020-04-17");
    }
}
