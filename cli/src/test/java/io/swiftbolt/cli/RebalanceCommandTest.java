package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RebalanceCommandTest extends CliTestBase {

    static final String LOTS = "symbol,shares,cost_basis,acquired\n"
            + "AAPL,10,120,2022-01-10\nGOOGL,5,2500,2023-09-01\nMSFT,15,280,2021-05-03\n";
    static final String TARGETS = "symbol,weight\nAAPL,0.40\nGOOGL,0.30\nMSFT,0.30\n";
    static final String PRICES = "symbol,price\nAAPL,150\nGOOGL,2800\nMSFT,300\n";
    static final String COV = "symbol,AAPL,GOOGL,MSFT\nAAPL,0.0625,0.03,0.025\nGOOGL,0.03,0.09,0.03\n"
            + "MSFT,0.025,0.03,0.0484\n";
    static final String VOLUMES = "symbol,adv,half_spread\nAAPL,60000000,0.0001\nGOOGL,1500000,0.0002\n"
            + "MSFT,25000000,0.0001\n";

    private String[] base(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("rebalance", "--lots", write("lots.csv", LOTS).toString(),
                "--targets", write("targets.csv", TARGETS).toString(), "--prices", write("prices.csv", PRICES).toString(),
                "--as-of", "2024-06-28"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** The example (worked by hand in TaxAwareRebalancerTest): sell 3 GOOGL, buy 43 AAPL and 5 MSFT. */
    @Test
    void handWorkedExample() throws Exception {
        Result r = run(base("--out", dir.resolve("out").toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("value 20,000.00").contains("tax: 333.00").contains("turnover: 40.88 %")
                .contains("active share 2.25 %").containsPattern("GOOGL +sell +3\\.0000");
        List<String> trades = Files.readAllLines(dir.resolve("out/trades.csv"));
        assertThat(trades).containsExactly("symbol,side,shares,lot_acquired,realized_gain,term,tax",
                "GOOGL,sell,3.0,2023-09-01,900.0,short,333.0", "AAPL,buy,43.0,,0.0,,0.0", "MSFT,buy,5.0,,0.0,,0.0");
        List<String> summary = Files.readAllLines(dir.resolve("out/summary.csv"));
        assertThat(summary.get(0)).startsWith("plan,value,cash_before,cash_after,buys,sells,turnover,tax");
        assertThat(summary.get(1)).startsWith("rebalance,20000.0,0.0,450.0,7950.0,8400.0,0.40875,333.0");
    }

    @Test
    void hifoAndCovariance() throws Exception {
        Result r = run(base("--lot-method", "hifo", "--fractional", "--cov", write("cov.csv", COV).toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("lot method hifo").contains("tracking error: 0.00 %");
    }

    @Test
    void optimizeCosts() throws Exception {
        Result r = run(base("--fractional", "--optimize-costs", "--cov", write("cov.csv", COV).toString(), "--volumes",
                write("vol.csv", VOLUMES).toString(), "--te-cap", "0.03", "--out", dir.resolve("o").toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Cost-optimized plan (tracking-error cap 3.00 %, optimal_at_cap")
                .contains("tracking error: 3.00 %").contains("saving");
        assertThat(Files.readAllLines(dir.resolve("o/summary.csv"))).hasSize(3);
        assertThat(dir.resolve("o/optimized_trades.csv")).exists();
    }

    @Test
    void ojAlgoSolvesTheSamePlan() throws Exception {
        Result r = run(base("--fractional", "--optimize-costs", "--cov", write("cov.csv", COV).toString(), "--volumes",
                write("vol.csv", VOLUMES).toString(), "--te-cap", "0.03", "--solver", "ojalgo"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("optimal_at_cap").contains("ojAlgo QPs").contains("tracking error: 3.00 %");
        Result bad = run(base("--optimize-costs", "--solver", "cplex"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("expected interior-point or ojalgo, was 'cplex'");
    }

    @Test
    void weightsNotSummingToOne() throws Exception {
        write("targets.csv", "symbol,weight\nAAPL,0.40\nGOOGL,0.30\nMSFT,0.20\n");
        Result r = run("rebalance", "--lots", write("lots.csv", LOTS).toString(), "--targets",
                dir.resolve("targets.csv").toString(), "--prices", write("prices.csv", PRICES).toString(), "--as-of",
                "2024-06-28");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("targets.csv: target weights must sum to 1").contains("summed to 0.8999");
    }

    @Test
    void negativeSharesNameTheCell() throws Exception {
        write("lots.csv", "symbol,shares,cost_basis,acquired\nAAPL,-10,120,2022-01-10\n");
        Result r = run("rebalance", "--lots", dir.resolve("lots.csv").toString(), "--targets",
                write("targets.csv", TARGETS).toString(), "--prices", write("prices.csv", PRICES).toString(),
                "--as-of", "2024-06-28");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("lots.csv:2:2 (shares): shares must be positive, was -10");
    }

    @Test
    void targetWithoutPrice() throws Exception {
        write("prices.csv", "symbol,price\nAAPL,150\nGOOGL,2800\n");
        Result r = run("rebalance", "--lots", write("lots.csv", LOTS).toString(), "--targets",
                write("targets.csv", TARGETS).toString(), "--prices", dir.resolve("prices.csv").toString(),
                "--as-of", "2024-06-28", "--out", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("target symbol MSFT has no price");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void optimizeNeedsItsFiles() throws Exception {
        Result r = run(base("--optimize-costs"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--optimize-costs needs --volumes FILE and --cov FILE");
    }

    /** Without --as-of the date comes from the command's clock (the system clock in production). */
    @Test
    void asOfDefaultsToTheInjectedClock() throws Exception {
        Path lots = write("lots.csv", LOTS);
        Clock clock = Clock.fixed(Instant.parse("2024-09-02T12:00:00Z"), ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new RebalanceCommand(clock));
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("--lots", lots.toString(), "--targets", write("targets.csv", TARGETS).toString(),
                "--prices", write("prices.csv", PRICES).toString());
        assertThat(code).isZero();
        // 2023-09-01 .. 2024-09-02 is past the anniversary: the GOOGL gain is long-term, 0.20 * 900
        assertThat(out.toString()).contains("as of 2024-09-02").contains("tax: 180.00");
    }

    @Test
    void tourStepRunsOnBundledData() {
        StringWriter out = new StringWriter();
        RebalancingTourStep step = new RebalancingTourStep();
        step.run(new PrintWriter(out, true));
        assertThat(step.title()).startsWith("Rebalancing");
        assertThat(out.toString()).contains("FIFO: ").contains("HIFO: ").contains("cost-optimized (cap 2 %")
                .contains("saving");
    }
}
