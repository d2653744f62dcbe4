package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.attribution.brinson.LinkedBrinsonResult;
import io.swiftbolt.attribution.brinson.LinkingMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionCommandTest extends CliTestBase {

    private static final String TWO_SECTORS = "sector,portfolio_weight,benchmark_weight,portfolio_return,benchmark_return\n"
            + "Equity,0.70,0.60,0.10,0.08\n"
            + "Bonds,0.30,0.40,0.02,0.03\n";

    private static double[] cells(String line) {
        String[] c = line.split(",");
        double[] v = new double[c.length - 1];
        for (int i = 1; i < c.length; i++) {
            v[i - 1] = Double.parseDouble(c[i]);
        }
        return v;
    }

    @Test
    void brinsonBhbWritesSectorsAndTotalRow() throws IOException {
        Path in = write("in.csv", TWO_SECTORS);
        Path out = dir.resolve("out.csv");
        Result r = run("attribution", "brinson", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("sector,allocation,selection,interaction,total");
        assertThat(lines.get(1)).startsWith("Equity,");
        assertThat(lines.get(3)).startsWith("TOTAL,");
        double[] equity = cells(lines.get(1));
        assertThat(equity[0]).isCloseTo(0.008, within(1e-15));
        assertThat(equity[1]).isCloseTo(0.012, within(1e-15));
        assertThat(equity[2]).isCloseTo(0.002, within(1e-15));
        double[] total = cells(lines.get(3));
        assertThat(total[3]).isCloseTo(0.016, within(1e-12));
        assertThat(r.out()).contains("active 1.6000 %").contains("TOTAL").contains("0.005000");
    }

    @Test
    void brinsonFachlerGroupsSecuritiesBySector() throws IOException {
        Path in = write("in.csv", "Sector,Portfolio_Weight,benchmark_weight,portfolio_return,benchmark_return,name\n"
                + "Equity,0.50,0.45,0.12,0.10,A\n"
                + "Bonds,0.30,0.40,0.02,0.03,B\n"
                + "Equity,0.20,0.15,0.05,0.02,C\n");
        Path out = dir.resolve("out.csv");
        Result r = run("attribution", "brinson", "--in", in.toString(), "--method", "bf", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(cells(lines.get(1))[0]).isCloseTo(0.002, within(1e-15));
        assertThat(cells(lines.get(2))[0]).isCloseTo(0.003, within(1e-15));
        assertThat(r.out()).contains("Brinson-Fachler");
    }

    @Test
    void weightsNotSummingToOneFailUnlessNormalized() throws IOException {
        Path in = write("in.csv", "sector,portfolio_weight,benchmark_weight,portfolio_return,benchmark_return\n"
                + "Equity,700,600,0.10,0.08\nBonds,300,400,0.02,0.03\n");
        Path out = dir.resolve("out.csv");
        Result bad = run("attribution", "brinson", "--in", in.toString(), "--out", out.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("in.csv: portfolio weights must sum to 1").contains("--normalize");
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
        Result ok = run("attribution", "brinson", "--in", in.toString(), "--normalize", "--out", out.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(cells(Files.readAllLines(out).get(3))[3]).isCloseTo(0.016, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bonds,abc,0.40,0.02,0.03 | in.csv:3:2 (portfolio_weight): not a number: 'abc'",
        "Bonds,0.30,-0.4,0.02,0.03 | in.csv:3:3 (benchmark_weight): weight must be zero or positive",
        "Bonds,0.30,0.40,-1.5,0.03 | in.csv:3:4 (portfolio_return): return must be at least -1",
        "Bonds,0.30,0.40,0.02,NaN | in.csv:3:5 (benchmark_return): must be a finite number",
        "' ',0.30,0.40,0.02,0.03 | in.csv:3:1 (sector): sector must not be blank",
        "Bonds,0.30,0.40,0.02 | in.csv:3:5: expected 5 fields, found 4",
    })
    void badBrinsonRowsNameFileLineAndColumn(String row, String message) throws IOException {
        Path in = write("in.csv", "sector,portfolio_weight,benchmark_weight,portfolio_return,benchmark_return\n"
                + "Equity,0.70,0.60,0.10,0.08\n" + row.replace("'", "\"") + "\n");
        Path out = write("out.csv", "previous\n");
        Result r = run("attribution", "brinson", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(message.trim());
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(Files.readString(out)).isEqualTo("previous\n");
    }

    @Test
    void missingColumnAndUnknownMethodAreClearErrors() throws IOException {
        Path in = write("in.csv", "sector,portfolio_weight,benchmark_weight,portfolio_return\nA,1,1,0.1\n");
        Result r = run("attribution", "brinson", "--in", in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in.csv:1:5 (benchmark_return): missing required column 'benchmark_return'");
        Result m = run("attribution", "brinson", "--in", write("ok.csv", TWO_SECTORS).toString(), "--method", "xyz");
        assertThat(m.code()).isEqualTo(1);
        assertThat(m.err()).contains("method must be bhb or bf, was \"xyz\"");
    }

    /** A small exact problem: y = 0.001 + 0.9 M - 0.2 S + noise, in excess of RF. */
    private static final String FACTORS = "month,M,S,RF\n"
            + "2020-01,0.010,0.002,0.001\n"
            + "2020-02,-0.020,0.004,0.001\n"
            + "2020-03,0.030,-0.001,0.001\n"
            + "2020-04,0.005,0.003,0.001\n"
            + "2020-05,-0.010,-0.002,0.001\n"
            + "2020-06,0.020,0.000,0.001\n"
            + "2020-07,0.015,0.006,0.001\n";

    @Test
    void factorsJoinsOnTheFirstColumnAndWritesCoefficientsAndSummary() throws IOException {
        Path f = write("f.csv", FACTORS);
        // 2019-12 is not in the factor file and is dropped by the join.
        Path r = write("r.csv", "month,return\n2019-12,0.5\n2020-01,0.0104\n2020-02,-0.0185\n2020-03,0.0285\n"
                + "2020-04,0.0050\n2020-05,-0.0078\n2020-06,0.0195\n2020-07,0.0137\n");
        Path out = dir.resolve("res");
        Result res = run("attribution", "factors", "--returns", r.toString(), "--factors", f.toString(),
                "--rf-column", "RF", "--out", out.toString());
        assertThat(res.code()).as(res.err()).isZero();
        assertThat(res.out()).contains("7 of 8 rows joined (2020-01 .. 2020-07)").contains("[M, S]");
        List<String> coef = Files.readAllLines(out.resolve("coefficients.csv"));
        assertThat(coef.get(0)).isEqualTo("term,coef,std_err,t_stat,p_value");
        assertThat(coef).hasSize(4);
        assertThat(coef.get(1)).startsWith("alpha,");
        assertThat(coef.get(2)).startsWith("M,");
        assertThat(coef.get(3)).startsWith("S,");
        assertThat(cells(coef.get(2))[0]).isCloseTo(0.9, within(0.05));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("n_obs,r_squared,adj_r_squared,resid_std,f_stat");
        assertThat(summary.get(1)).startsWith("7,");
        assertThat(Double.parseDouble(summary.get(1).split(",")[1])).isGreaterThan(0.99);
    }

    @Test
    void factorsWithNeweyWestAndChosenColumns() throws IOException {
        Path f = write("f.csv", FACTORS);
        Path r = write("r.csv", "date,return\n2020-01,0.0104\n2020-02,-0.0185\n2020-03,0.0285\n"
                + "2020-04,0.0050\n2020-05,-0.0078\n2020-06,0.0195\n2020-07,0.0137\n");
        Path out = dir.resolve("res");
        Result res = run("attribution", "factors", "--returns", r.toString(), "--factors", f.toString(),
                "--factor-columns", "M", "--newey-west", "2", "--out", out.toString());
        assertThat(res.code()).as(res.err()).isZero();
        assertThat(res.out()).contains("Newey-West(2)");
        assertThat(Files.readAllLines(out.resolve("coefficients.csv"))).hasSize(3);
    }

    @Test
    void factorErrorsAreClear() throws IOException {
        Path f = write("f.csv", FACTORS);
        Path few = write("few.csv", "month,return\n2020-01,0.01\n2020-02,0.02\n2020-03,0.01\n");
        Result r1 = run("attribution", "factors", "--returns", few.toString(), "--factors", f.toString(),
                "--factor-columns", "M,S");
        assertThat(r1.code()).isEqualTo(1);
        assertThat(r1.err()).contains("observations must exceed the number of regressors p = 3");
        Path dup = write("dup.csv", "month,M,M2\n2020-01,0.01,0.02\n2020-02,0.02,0.04\n2020-03,0.01,0.02\n"
                + "2020-04,0.03,0.06\n2020-05,-0.01,-0.02\n");
        Path five = write("five.csv", "month,return\n2020-01,0.01\n2020-02,0.02\n2020-03,0.01\n2020-04,0.03\n"
                + "2020-05,0.00\n");
        Result r2 = run("attribution", "factors", "--returns", five.toString(), "--factors", dup.toString());
        assertThat(r2.code()).isEqualTo(1);
        assertThat(r2.err()).contains("factors must not be collinear: factor \"M2\"");
        Path bad = write("bad.csv", "month,return\n2020-01,0.01\n2020-02,x\n");
        Result r3 = run("attribution", "factors", "--returns", bad.toString(), "--factors", f.toString());
        assertThat(r3.code()).isEqualTo(1);
        assertThat(r3.err()).contains("bad.csv:3:2 (return): not a number: 'x'");
        Path repeated = write("rep.csv", "month,return\n2020-01,0.01\n2020-01,0.02\n");
        Result r4 = run("attribution", "factors", "--returns", repeated.toString(), "--factors", f.toString());
        assertThat(r4.err()).contains("rep.csv:3:1 (month): repeated key '2020-01' (first on line 2)");
        Path noReturn = write("nr.csv", "month,ret\n2020-01,0.01\n");
        Result r5 = run("attribution", "factors", "--returns", noReturn.toString(), "--factors", f.toString());
        assertThat(r5.err()).contains("nr.csv:1:3 (return): missing required column 'return'");
    }

    @Test
    void tourStepRunsOnBundledDataWithTheNumbersQuotedInTheGuide() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        AttributionTourStep step = new AttributionTourStep();
        assertThat(step.title()).contains("Attribution");
        step.run(out);
        out.flush();
        // docs/attribution.md quotes these figures.
        assertThat(s.toString()).contains("(206 months)").contains("R^2 0.9941").contains("alpha -0.145 % a month");
        for (LinkingMethod linking : LinkingMethod.values()) {
            LinkedBrinsonResult r = AttributionTourStep.brinson2013(linking);
            assertThat(r.periods()).isEqualTo(11);
            assertThat(r.total()).isCloseTo(r.activeReturn(), within(1e-12));
        }
    }
}
