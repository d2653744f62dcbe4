package io.swiftbolt.attribution.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.core.series.BarSeries;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyDataTest {

    @Test
    void bundledFamaFrenchFactorsHaveTheDocumentedShapeAndValues() {
        MonthlyFactors ff = FamaFrench.monthly();
        assertThat(ff.size()).isEqualTo(819);
        assertThat(ff.names()).containsExactly("MktRF", "SMB", "HML", "Mom", "RF");
        assertThat(ff.months().get(0)).isEqualTo(YearMonth.of(1949, 1));
        assertThat(ff.months().get(818)).isEqualTo(YearMonth.of(2017, 3));
        for (int i = 1; i < ff.size(); i++) {
            assertThat(ff.months().get(i)).isEqualTo(ff.months().get(i - 1).plusMonths(1));
        }
        assertThat(ff.value("MktRF", YearMonth.of(1987, 10))).isEqualTo(-0.2324);
        assertThat(ff.value("MktRF", YearMonth.of(2008, 10))).isEqualTo(-0.1723);
        assertThat(FamaFrench.monthly()).isSameAs(ff);
    }

    @Test
    void monthlyReturnsUseTheLastCloseOfEachMonth() {
        BarSeries sp = BundledData.sp500();
        MonthlyReturns m = MonthlyReturns.of(sp);
        assertThat(m.month(0)).isEqualTo(YearMonth.of(2000, 2));
        assertThat(m.month(m.size() - 1)).isEqualTo(YearMonth.of(2020, 4));
        assertThat(m.size()).isEqualTo(243);
        // 2008: 2008-12-31 close over 2007-12-31 close is the calendar-year price return, -38.49 %.
        int dec07 = sp.indexOf(LocalDate.of(2007, 12, 31));
        int dec08 = sp.indexOf(LocalDate.of(2008, 12, 31));
        double year = 1;
        for (int i = 0; i < m.size(); i++) {
            if (m.month(i).getYear() == 2008) {
                year *= 1 + m.value(i);
            }
        }
        assertThat(year - 1).isCloseTo(sp.close(dec08) / sp.close(dec07) - 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(100 * (year - 1)).isCloseTo(-38.49, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void aMonthWithoutBarsBreaksTheChain() {
        // Bars in January and March only: no February return and no March return either.
        BarSeries s = BarSeries.of("X", new int[] {(int) LocalDate.of(2020, 1, 31).toEpochDay(),
            (int) LocalDate.of(2020, 3, 31).toEpochDay(), (int) LocalDate.of(2020, 4, 30).toEpochDay()},
                new double[] {10, 11, 12}, new double[] {10, 11, 12}, new double[] {10, 11, 12},
                new double[] {10, 11, 12}, new double[] {1, 1, 1});
        MonthlyReturns m = MonthlyReturns.of(s);
        assertThat(m.months()).containsExactly(YearMonth.of(2020, 4));
        assertThat(m.value(0)).isEqualTo(12 / 11.0 - 1);
    }

    @Test
    void alignJoinsOnTheMonthAndSubtractsTheRiskFreeColumn() {
        MonthlyFactors f = MonthlyFactors.parse(new StringReader(
                "month,M,RF\n2020-01,0.01,0.001\n2020-02,-0.02,0.001\n2020-03,0.03,0.002\n"), "f.csv");
        MonthlyReturns r = MonthlyReturns.of(List.of(YearMonth.of(2019, 12), YearMonth.of(2020, 2),
                YearMonth.of(2020, 3)), new double[] {0.5, -0.01, 0.04});
        RegressionData d = f.align(r, List.of("M"), "RF");
        assertThat(d.months()).containsExactly(YearMonth.of(2020, 2), YearMonth.of(2020, 3));
        assertThat(d.returns()).containsExactly(-0.01 - 0.001, 0.04 - 0.002);
        assertThat(d.factors().columns()[0]).containsExactly(-0.02, 0.03);
        assertThatThrownBy(() -> f.align(r, List.of("X"), null)).hasMessage("column must be one of [M, RF], was \"X\"");
        assertThatThrownBy(() -> f.align(r, List.of("RF"), "RF")).hasMessageContaining("must not include the risk-free");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "month,M\\n2020-01,abc | f.csv:2:2 (M): not a number: 'abc'",
        "month,M\\n2020-13,0.1 | f.csv:2:1 (month): not a month (yyyy-MM): '2020-13'",
        "month,M\\n2020-02,0.1\\n2020-01,0.1 | f.csv:3:1 (month): month 2020-01 is not after 2020-02",
        "month,M\\n2020-01,0.1,7 | f.csv:2:3: expected 2 fields, found 3",
        "month,M\\n2020-01,Infinity | f.csv:2:2 (M): must be a finite number",
        "month,M,M\\n | f.csv:1:3 (M): repeated column name",
    })
    void malformedFactorFilesNameFileLineAndColumn(String text, String message) {
        assertThatThrownBy(() -> MonthlyFactors.parse(new StringReader(text.replace("\\n", "\n")), "f.csv"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(message.trim());
    }
}
