package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainCommandTest extends CliTestBase {

    /** The shipped generated sample chain. */
    private static final Path SAMPLE = Path.of("..", "docs", "data", "generated_chain_sp500_2020-04-17.csv");

    /** The hand-worked chain of the chain module's tests: May max pain 100 (tie with 110), June no OI. */
    private static final String TOY = "expiration,type,strike,bid,ask,volume,open_interest\n"
            + "2020-05-15,C,90,10.5,11.5,1,10\n"
            + "2020-05-15,C,100,2.9,3.1,4,20\n"
            + "2020-05-15,C,110,0.4,0.6,5,5\n"
            + "2020-05-15,P,90,0.5,0.7,2,5\n"
            + "2020-05-15,P,100,2.4,2.6,3,15\n"
            + "2020-05-15,P,110,9.8,10.2,1,30\n"
            + "2020-06-19,C,95,0,0,0,0\n"
            + "2020-06-19,P,105,1.0,1.2,7,0\n";

    @Test
    void toyChainWritesTheThreeFilesWithUndefinedAsEmptyCells() throws IOException {
        Path in = write("toy.csv", TOY);
        Path out = dir.resolve("out");
        Result r = run("chain", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("no spot/as-of date").contains("2020-05-15").contains("ALL");
        List<String> expiries = Files.readAllLines(out.resolve("expiries.csv"));
        // By hand: May 6/10, 50/35, 1870/2550; June all undefined; ALL 13/10, 50/35, 2640/2550 (to rounding).
        assertThat(expiries).hasSize(4).startsWith(
                "expiration,max_pain,pcr_volume,pcr_open_interest,pcr_premium,atm_iv",
                "2020-05-15,100,0.6,1.4285714285714286,0.7333333333333333,",
                "2020-06-19,,,,,");
        assertThat(expiries.get(3)).startsWith("ALL,100,1.3,1.4285714285714286,1.03529411764705").endsWith(",");
        List<String> pain = Files.readAllLines(out.resolve("pain_curve.csv"));
        assertThat(pain.get(0)).isEqualTo("expiration,settlement,call_payout,put_payout,total_payout");
        assertThat(pain).contains("2020-05-15,90,0,75000,75000", "2020-05-15,100,10000,30000,40000",
                "2020-05-15,110,40000,0,40000", "ALL,95,5000,52500,57500");
        List<String> liq = Files.readAllLines(out.resolve("liquidity.csv"));
        assertThat(liq.get(0)).isEqualTo("contract,expiration,type,strike,score,rating,flags");
        assertThat(liq).hasSize(9).anyMatch(l -> l.startsWith("toy200619C00095000,2020-06-19,C,95,0.00,Poor,no_ask|no_bid")
                || l.startsWith("toy200619C00095000,2020-06-19,C,95,0.00,Poor,no_bid|no_ask"));
    }

    @Test
    void sampleChainWithMarketDataPrintsEveryColumn() throws IOException {
        Result r = run("chain", "--in", SAMPLE.toString(), "--spot", "2874.56", "--asof", "2020-04-17", "--r", "0.01",
                "--q", "0.018", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("656 contracts, 8 expiries").contains("spot 2874.56 as of 2020-04-17")
                .contains("implied vol: 643 of 656").contains("liquidity: Excellent");
        String may = r.out().lines().filter(l -> l.trim().startsWith("2020-05-15")).findFirst().orElseThrow();
        assertThat(may).contains("3000.00");
        List<String> expiries = Files.readAllLines(dir.resolve("expiries.csv"));
        assertThat(expiries).hasSize(10);
        String[] first = expiries.get(1).split(",", -1);
        assertThat(first[0]).isEqualTo("2020-04-24");
        assertThat(Double.parseDouble(first[5])).isBetween(0.3, 0.8);
        assertThat(expiries.get(9)).startsWith("ALL,2975,").endsWith(",");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-05-15,C,-90,1,2,1,1 | bad.csv:2:3 (strike): strike must be positive",
        "2020-05-15,C,90,2,1,1,1 | bad.csv:2:5 (ask): bid 2 is above ask 1",
        "2020-05-15,Z,90,1,2,1,1 | bad.csv:2:2 (type): option right must be C, P, call or put",
        "2020-05-15,C,90,x,2,1,1 | bad.csv:2:4 (bid): not a number",
    })
    void badRowsFailWithOneLineAndWriteNothing(String row, String message) throws IOException {
        Path in = write("bad.csv", "expiration,type,strike,bid,ask,volume,open_interest\n" + row + "\n");
        Path out = dir.resolve("out");
        Result r = run("chain", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(message.trim());
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void duplicateContractIsReportedWithBothLines() throws IOException {
        Path in = write("dup.csv", "expiration,type,strike,bid,ask,volume,open_interest\n"
                + "2020-05-15,C,90,1,2,1,1\n2020-05-15,call,90,1,2,1,1\n");
        Result r = run("chain", "--in", in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("dup.csv:3:3 (strike): duplicate contract").contains("same as line 2");
    }

    @Test
    void spotWithoutAsOfIsAUsageError() throws IOException {
        Path in = write("toy.csv", TOY);
        Result r = run("chain", "--in", in.toString(), "--spot", "100");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--asof");
    }

    @Test
    void badAsOfAndSpotAreClearErrors() throws IOException {
        Path in = write("toy.csv", TOY);
        assertThat(run("chain", "--in", in.toString(), "--spot", "100", "--asof", "15/05/2020").err())
                .contains("--asof must be a date yyyy-MM-dd");
        Result r = run("chain", "--in", in.toString(), "--spot", "-5", "--asof", "2020-05-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("spot must be positive");
    }

    @Test
    void tourStepRunsOnTheGeneratedChain() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        ChainTourStep step = new ChainTourStep();
        step.run(out);
        out.flush();
        assertThat(step.title()).contains("GENERATED");
        assertThat(s.toString()).contains("chain SPX: 656 contracts, 8 expiries").contains("ALL");
    }
}
