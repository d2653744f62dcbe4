package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.io.BarSeriesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwiftBoltCommandTest extends CliTestBase {

    @Test
    void pricesHullsExampleAndCopiesExtraColumns() throws IOException {
        Path in = write("in.csv", "id,type,spot,strike,T,r,q,vol,note\n"
                + "a,C,42,40,0.5,0.10,0,0.20,hull\n"
                + "b,put,42,40,0.5,0.10,0,0.20,\"quoted, with comma\"\n");
        Path out = dir.resolve("out.csv");
        Result r = run("price", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,type,spot,strike,T,r,q,vol,note,price,delta,gamma,vega,theta,rho");
        String[] call = lines.get(1).split(",");
        assertThat(Double.parseDouble(call[9])).isCloseTo(4.7594, org.assertj.core.data.Offset.offset(0.5e-4));
        assertThat(lines.get(2)).contains("\"quoted, with comma\"");
        assertThat(Double.parseDouble(lines.get(2).split(",")[10])).isCloseTo(0.8086,
                org.assertj.core.data.Offset.offset(0.5e-4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // row | expected message part
        "X,42,40,0.5,0.1,0,0.2 | in.csv:3:1 (type): option right must be C, P, call or put",
        "C,abc,40,0.5,0.1,0,0.2 | in.csv:3:2 (spot): not a number: 'abc'",
        "C,42,-40,0.5,0.1,0,0.2 | in.csv:3:3 (strike): strike must be positive",
        "C,42,40,0,0.1,0,0.2 | in.csv:3:4 (T): timeToExpiry must be positive",
        "C,42,40,0.5,NaN,0,0.2 | in.csv:3:5 (r): must be a finite number, was 'NaN'",
        "C,42,40,0.5,0.1,0,-0.2 | in.csv:3:7 (vol): volatility must be positive",
        "C,42,40,0.5,0.1,0 | in.csv:3:7: expected 7 fields, found 6",
    })
    void badRowsNameFileLineAndColumnAndWriteNothing(String badRow, String message) throws IOException {
        Path in = write("in.csv", "type,spot,strike,T,r,q,vol\nC,42,40,0.5,0.1,0,0.2\n" + badRow + "\n");
        Path out = write("out.csv", "previous content\n");
        Result r = run("price", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(message.trim());
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(Files.readString(out)).isEqualTo("previous content\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv", "out.csv");
        }
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() throws IOException {
        Path in = write("in.csv", "type,spot,strike,T,r,vol\nC,42,40,0.5,0.1,0.2\n");
        Result r = run("price", "--in", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in.csv:1:").contains("missing required column 'q'");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void missingFileIsAClearError() {
        Result r = run("price", "--in", dir.resolve("nope.csv").toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file").contains("nope.csv");
    }

    @Test
    void impliedVolWritesVolAndStatus() throws IOException {
        Path in = write("iv.csv", "type,spot,strike,T,r,q,price\n"
                + "C,42,40,0.5,0.1,0,4.759422392871533\n"
                + "C,42,40,0.5,0.1,0,1\n"
                + "P,42,40,0.5,0.1,0,40\n"
                + "C,100,150,0.01,0,0,0\n");
        Path out = dir.resolve("ivo.csv");
        Result r = run("iv", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("type,spot,strike,T,r,q,price,iv,status");
        assertThat(Double.parseDouble(lines.get(1).split(",")[7])).isCloseTo(0.2,
                org.assertj.core.data.Offset.offset(1e-13));
        assertThat(lines.get(1)).endsWith(",ok");
        assertThat(lines.get(2)).endsWith(",,below_intrinsic");
        assertThat(lines.get(3)).endsWith(",,above_upper_bound");
        assertThat(lines.get(4)).endsWith(",,not_identifiable");
        assertThat(r.out()).contains("solved 1 of 4");
    }

    @Test
    void negativePriceIsABadRow() throws IOException {
        Path in = write("iv.csv", "type,spot,strike,T,r,q,price\nC,42,40,0.5,0.1,0,-1\n");
        Result r = run("iv", "--in", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("iv.csv:2:7 (price)");
    }

    @Test
    void metricsOfTheBundledSp500ReportTheGreatFinancialCrisisDrawdown() throws IOException {
        Path bars = dir.resolve("sp500.csv");
        BarSeriesCsv.write(BundledData.sp500(), bars);
        Path out = dir.resolve("m.csv");
        Result r = run("metrics", "--in", bars.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("56.78 %").contains("2007-10-09 -> 2009-03-09");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("total_return,ann_return,ann_vol,sharpe,sortino,max_drawdown,"
                + "mdd_peak_date,mdd_trough_date,mdd_recovery_date,calmar,win_rate");
        String[] v = lines.get(1).split(",", -1);
        assertThat(Double.parseDouble(v[5])).isCloseTo(0.5678, org.assertj.core.data.Offset.offset(0.5e-4));
        assertThat(v[6]).isEqualTo("2007-10-09");
        assertThat(v[7]).isEqualTo("2009-03-09");
        assertThat(v[8]).isEqualTo("2013-03-28");
    }

    @Test
    void metricsRejectsBadBarsWithPosition() throws IOException {
        Path bars = write("bars.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10,100\n"
                + "2020-01-03,10,9,11,10,100\n");
        Result r = run("metrics", "--in", bars.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bars.csv:3:");
    }

    @Test
    void metricsRejectsBadOptions() throws IOException {
        Path bars = dir.resolve("sp500.csv");
        BarSeriesCsv.write(BundledData.aapl2013(), bars);
        Result r = run("metrics", "--in", bars.toString(), "--periods-per-year", "-5");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("periodsPerYear").contains("-5");
        Result usage = run("metrics", "--in", bars.toString(), "--periods-per-year", "many");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("many");
    }

    @ParameterizedTest
    @ValueSource(strings = {"price", "iv", "metrics", "tour"})
    void everyCommandHasHelp(String command) {
        Result r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: swiftbolt " + command);
    }

    @Test
    void errorsNameTheFullSubcommand() {
        Result r = run("attribution", "brinson", "--in", dir.resolve("missing.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("swiftbolt attribution brinson: error: ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("price", "--in", "a.csv", "--out", "b.csv", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus").contains("swiftbolt price --help");
    }
}
