package io.swiftbolt.core.metrics;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.core.testing.PropertyTesting;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MetricsCalculatorTest {

    private static final int D0 = (int) LocalDate.of(2021, 3, 1).toEpochDay();

    @Test
    void sp500MaxDrawdownIsTheFinancialCrisis() {
        PerformanceMetrics m = MetricsCalculator.defaults().compute(BundledData.sp500());
        Drawdown dd = m.maxDrawdown().orElseThrow();
        assertThat(dd.depth()).isCloseTo(0.5678, within(0.00005));
        assertThat(dd.depth()).isCloseTo(1 - 676.530029 / 1565.150024, within(1e-15)); // closes on the two dates
        assertThat(dd.peak()).isEqualTo(LocalDate.of(2007, 10, 9));
        assertThat(dd.trough()).isEqualTo(LocalDate.of(2009, 3, 9));
        assertThat(dd.recovery()).contains(LocalDate.of(2013, 3, 28));
        assertThat(m.maxDrawdownDepth()).isEqualTo(dd.depth());
        assertThat(m.start()).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(m.end()).isEqualTo(LocalDate.of(2020, 4, 17));
        assertThat(m.periods()).isEqualTo(5104);
    }

    /** One row group of the reference CSV: a data set and configuration with its metrics. */
    record Reference(String dataset, double periodsPerYear, double riskFreeRate, Map<String, String> values) {
        @Override
        public String toString() {
            return dataset + " P=" + periodsPerYear + " rf=" + riskFreeRate;
        }
    }

    static List<Reference> references() throws IOException {
        try (InputStream in = MetricsCalculatorTest.class.getResourceAsStream("/reference/metrics_reference.csv")) {
            assertThat(in).as("reference/metrics_reference.csv on the test class path").isNotNull();
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).get().parse(reader).getRecords();
            Map<String, List<CSVRecord>> groups = rows.stream().collect(Collectors.groupingBy(
                    r -> r.get("dataset") + "|" + r.get("periods_per_year") + "|" + r.get("risk_free_rate"),
                    LinkedHashMap::new, Collectors.toList()));
            return groups.values().stream().map(group -> new Reference(group.get(0).get("dataset"),
                            Double.parseDouble(group.get(0).get("periods_per_year")),
                            Double.parseDouble(group.get(0).get("risk_free_rate")),
                            group.stream().collect(Collectors.toMap(r -> r.get("metric"), r -> r.get("value")))))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void referenceCoversBothDataSetsAndTwoRates() throws IOException {
        assertThat(references()).hasSize(4)
                .extracting(Reference::dataset).containsExactly("sp500", "sp500", "aapl-2013", "aapl-2013");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void matchesIndependentNumpyReference(Reference ref) {
        MetricsCalculator calculator = MetricsCalculator.builder()
                .periodsPerYear(ref.periodsPerYear()).riskFreeRate(ref.riskFreeRate()).build();
        PerformanceMetrics m = calculator.compute(BundledData.load(ref.dataset()));
        Map<String, String> v = ref.values();
        assertThat(m.periods()).isEqualTo(Integer.parseInt(v.get("periods")));
        assertClose(m.totalReturn(), v.get("total_return"));
        assertClose(m.annualizedReturn(), v.get("annualized_return"));
        assertClose(m.annualizedVolatility().orElseThrow(), v.get("annualized_volatility"));
        assertClose(m.sharpe().orElseThrow(), v.get("sharpe"));
        assertClose(m.sortino().orElseThrow(), v.get("sortino"));
        Drawdown dd = m.maxDrawdown().orElseThrow();
        assertClose(dd.depth(), v.get("max_drawdown"));
        assertThat(dd.peak()).hasToString(v.get("peak_date"));
        assertThat(dd.trough()).hasToString(v.get("trough_date"));
        assertThat(dd.recovery().map(LocalDate::toString).orElse("")).isEqualTo(v.get("recovery_date"));
        assertClose(m.calmar().orElseThrow(), v.get("calmar"));
        assertClose(m.winRate(), v.get("win_rate"));
    }

    private static void assertClose(double actual, String expectedText) {
        double expected = Double.parseDouble(expectedText);
        assertThat(Math.abs(actual - expected))
                .as("actual %s, reference %s", actual, expectedText)
                .isLessThanOrEqualTo(1e-12 * Math.abs(expected));
    }

    @Test
    void kernelsAndTypedLayerAgree() {
        BarSeries aapl = BundledData.aapl2013();
        double[] r = aapl.simpleReturns();
        PerformanceMetrics m = MetricsCalculator.builder().riskFreeRate(0.03).build().compute(aapl);
        assertThat(m.totalReturn()).isEqualTo(ReturnMetrics.totalReturn(r));
        assertThat(m.annualizedReturn()).isEqualTo(ReturnMetrics.annualizedReturn(r, 252));
        assertThat(m.annualizedVolatility()).hasValue(ReturnMetrics.annualizedVolatility(r, 252));
        assertThat(m.sharpe()).hasValue(ReturnMetrics.sharpe(r, 0.03, 252));
        assertThat(m.sortino()).hasValue(ReturnMetrics.sortino(r, 0.03, 252));
        assertThat(m.maxDrawdownDepth()).isEqualTo(ReturnMetrics.maxDrawdown(r));
        assertThat(m.calmar()).hasValue(ReturnMetrics.calmar(r, 252));
        assertThat(m.winRate()).isEqualTo(ReturnMetrics.winRate(r));
        assertThat(m.riskFreeRate()).isEqualTo(0.03);
        assertThat(m.periodsPerYear()).isEqualTo(252);
    }

    @Test
    void seriesEpochDayAndDateEntryPointsAgree() {
        BarSeries aapl = BundledData.aapl2013();
        MetricsCalculator calculator = MetricsCalculator.defaults();
        PerformanceMetrics fromSeries = calculator.compute(aapl);
        PerformanceMetrics fromDays = calculator.compute(aapl.epochDays(), aapl.simpleReturns());
        LocalDate[] dates = new LocalDate[aapl.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = aapl.date(i);
        }
        assertThat(fromDays).isEqualTo(fromSeries);
        assertThat(calculator.compute(dates, aapl.simpleReturns())).isEqualTo(fromSeries);
        assertThat(fromSeries.maxDrawdown().orElseThrow().peak()).isEqualTo(aapl.firstDate());
    }

    @Test
    void undefinedRatiosAreEmptyNotNaN() {
        // One return of zero: no volatility, no ratios, no drawdown.
        PerformanceMetrics flat = MetricsCalculator.defaults().compute(new int[] {D0, D0 + 1}, new double[] {0.0});
        assertThat(flat.totalReturn()).isZero();
        assertThat(flat.annualizedReturn()).isZero();
        assertThat(flat.annualizedVolatility()).isEmpty();
        assertThat(flat.sharpe()).isEmpty();
        assertThat(flat.sortino()).isEmpty();
        assertThat(flat.maxDrawdown()).isEmpty();
        assertThat(flat.maxDrawdownDepth()).isZero();
        assertThat(flat.calmar()).isEmpty();
        assertThat(flat.winRate()).isZero();

        // Constant positive returns: zero volatility is a value; the ratios are undefined.
        PerformanceMetrics steady = MetricsCalculator.defaults()
                .compute(new int[] {D0, D0 + 1, D0 + 2, D0 + 3}, new double[] {0.1, 0.1, 0.1});
        assertThat(steady.annualizedVolatility()).hasValue(0.0);
        assertThat(steady.sharpe()).isEmpty();
        assertThat(steady.sortino()).isEmpty();
        assertThat(steady.maxDrawdown()).isEmpty();
        assertThat(steady.calmar()).isEmpty();
        assertThat(steady.winRate()).isEqualTo(1.0);

        // Never falls below a previous high, but varies: Sharpe defined, Sortino and Calmar not.
        PerformanceMetrics rising = MetricsCalculator.defaults()
                .compute(new int[] {D0, D0 + 1, D0 + 2, D0 + 3}, new double[] {0.01, 0.0, 0.03});
        assertThat(rising.sharpe()).isPresent();
        assertThat(rising.sortino()).isEmpty();
        assertThat(rising.calmar()).isEmpty();
    }

    @Test
    void validatesInputs() {
        MetricsCalculator c = MetricsCalculator.defaults();
        BarSeries one = BundledData.aapl2013().slice(0, 1);
        assertThatThrownBy(() -> c.compute(one)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series.size() must be at least 2, was 1");
        assertThatThrownBy(() -> c.compute((BarSeries) null)).hasMessage("series must not be null");
        assertThatThrownBy(() -> c.compute(new int[] {D0}, new double[0]))
                .hasMessage("returns.length must be positive, was 0");
        assertThatThrownBy(() -> c.compute(new int[] {D0, D0 + 1}, new double[] {0.1, 0.2}))
                .hasMessage("epochDays must have length 3, had 2");
        assertThatThrownBy(() -> c.compute(new int[] {D0, D0}, new double[] {0.1}))
                .hasMessageStartingWith("epochDays[1] must be after epochDays[0]");
        assertThatThrownBy(() -> c.compute(new int[] {D0, D0 + 1}, new double[] {-2}))
                .hasMessage("returns[0] must be finite and at least -1, was -2.0");
        assertThatThrownBy(() -> c.compute(new LocalDate[] {LocalDate.of(2020, 1, 1), null}, new double[] {0.1}))
                .hasMessage("dates[1] must not be null");
        assertThatThrownBy(() -> MetricsCalculator.builder().periodsPerYear(0))
                .hasMessage("periodsPerYear must be positive and finite, was 0.0");
        assertThatThrownBy(() -> MetricsCalculator.builder().riskFreeRate(Double.NaN))
                .hasMessage("riskFreeRate must be finite, was NaN");
    }

    @Test
    void builderDefaultsAndConfiguration() {
        MetricsCalculator d = MetricsCalculator.defaults();
        assertThat(d.periodsPerYear()).isEqualTo(252);
        assertThat(d.riskFreeRate()).isZero();
        assertThat(MetricsCalculator.builder().build()).hasToString(d.toString());
        MetricsCalculator monthly = MetricsCalculator.builder().periodsPerYear(12).riskFreeRate(-0.005).build();
        assertThat(monthly).hasToString("MetricsCalculator[periodsPerYear=12.0, riskFreeRate=-0.005]");
    }

    @Test
    void metricsOfRandomSeriesAreConsistent() {
        PropertyTesting.forAll(0x3E7L, 300, rnd -> Generators.gbmBars(rnd, 2, 300), s -> {
            PerformanceMetrics m = MetricsCalculator.defaults().compute(s);
            double priceReturn = s.close(s.size() - 1) / s.close(0) - 1;
            assertThat(m.totalReturn()).isCloseTo(priceReturn, within(1e-12 * (1 + Math.abs(priceReturn))));
            assertThat(m.maxDrawdownDepth()).isBetween(0.0, 1.0);
            assertThat(m.winRate()).isBetween(0.0, 1.0);
            assertThat(m.start()).isEqualTo(s.firstDate());
            assertThat(m.end()).isEqualTo(s.lastDate());
            m.maxDrawdown().ifPresent(dd -> {
                int peak = s.indexOf(dd.peak());
                int trough = s.indexOf(dd.trough());
                assertThat(peak).isNotNegative().isLessThan(trough);
                assertThat(1 - s.close(trough) / s.close(peak)).isCloseTo(dd.depth(), within(1e-12));
                dd.recovery().ifPresent(rec -> assertThat(s.close(s.indexOf(rec)))
                        .isGreaterThanOrEqualTo(s.close(peak) * (1 - 1e-12)));
                assertThat(m.calmar()).hasValue(m.annualizedReturn() / dd.depth());
            });
            assertThat(m.maxDrawdown().isPresent()).isEqualTo(m.calmar().isPresent());
        });
    }

    @Test
    void recordsRejectInconsistentValues() {
        LocalDate a = LocalDate.of(2020, 1, 1);
        LocalDate b = LocalDate.of(2020, 2, 1);
        LocalDate c = LocalDate.of(2020, 3, 1);
        assertThat(new Drawdown(0.3, a, b, Optional.of(c)).recovery()).contains(c);
        assertThatThrownBy(() -> new Drawdown(0.0, a, b, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("depth must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> new Drawdown(Double.NaN, a, b, Optional.empty())).hasMessageStartingWith("depth");
        assertThatThrownBy(() -> new Drawdown(0.3, b, a, Optional.empty()))
                .hasMessage("trough must be after peak = 2020-02-01, was 2020-01-01");
        assertThatThrownBy(() -> new Drawdown(0.3, a, c, Optional.of(b)))
                .hasMessage("recovery must be after trough = 2020-03-01, was 2020-02-01");
        assertThatThrownBy(() -> new Drawdown(0.3, a, b, null)).hasMessage("recovery must not be null");

        assertThatThrownBy(() -> new DrawdownIndices(0.2, 3, 3, -1)).hasMessageStartingWith("troughIndex");
        assertThatThrownBy(() -> new DrawdownIndices(0.2, 1, 3, 3)).hasMessageStartingWith("recoveryIndex");
        assertThatThrownBy(() -> new DrawdownIndices(1.5, 1, 3, -1)).hasMessageStartingWith("depth");

        OptionalDouble none = OptionalDouble.empty();
        assertThatThrownBy(() -> new PerformanceMetrics(a, b, 1, 252, 0, Double.NaN, 0, none, none, none,
                Optional.empty(), none, 0)).hasMessage("totalReturn must be at least -1 and not NaN, was NaN");
        assertThatThrownBy(() -> new PerformanceMetrics(a, b, 1, 252, 0, 0, 0, none, OptionalDouble.of(Double.NaN),
                none, Optional.empty(), none, 0)).hasMessageStartingWith("sharpe must not hold NaN");
        assertThatThrownBy(() -> new PerformanceMetrics(b, a, 1, 252, 0, 0, 0, none, none, none,
                Optional.empty(), none, 0)).hasMessageStartingWith("end must be after start");
        assertThatThrownBy(() -> new PerformanceMetrics(a, b, 1, 252, 0, 0, 0, none, none, none,
                Optional.empty(), none, 1.5)).hasMessageStartingWith("winRate");
    }
}
