package io.swiftbolt.core.metrics;

import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.core.testing.PropertyTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReturnMetricsTest {

    private static final double[] SMALL = {0.1, -0.2, 0.05};

    @Test
    void smallExampleByHand() {
        // Equity 1, 1.1, 0.88, 0.924.
        assertThat(ReturnMetrics.totalReturn(SMALL)).isCloseTo(-0.076, within(1e-15));
        assertThat(ReturnMetrics.annualizedReturn(SMALL, 252))
                .isCloseTo(Math.pow(0.924, 252.0 / 3) - 1, within(1e-15));
        // mean = -1/60; squared deviations sum = 0.0516666...; sample variance = 0.0258333...
        double sd = Math.sqrt(0.051666666666666666 / 2);
        assertThat(ReturnMetrics.annualizedVolatility(SMALL, 252)).isCloseTo(sd * Math.sqrt(252), within(1e-14));
        assertThat(ReturnMetrics.sharpe(SMALL, 0, 252)).isCloseTo(-1.0 / 60 / sd * Math.sqrt(252), within(1e-13));
        // Downside deviation over all 3 periods: sqrt(0.04 / 3).
        assertThat(ReturnMetrics.downsideDeviation(SMALL, 0, 252)).isCloseTo(Math.sqrt(0.04 / 3), within(1e-15));
        assertThat(ReturnMetrics.sortino(SMALL, 0, 252))
                .isCloseTo(-1.0 / 60 / Math.sqrt(0.04 / 3) * Math.sqrt(252), within(1e-13));
        assertThat(ReturnMetrics.maxDrawdown(SMALL)).isCloseTo(0.2, within(1e-15));
        assertThat(ReturnMetrics.maxDrawdownIndices(SMALL)).satisfies(d -> {
            assertThat(d.peakIndex()).isEqualTo(1);
            assertThat(d.troughIndex()).isEqualTo(2);
            assertThat(d.recoveryIndex()).isEqualTo(-1);
            assertThat(d.recovered()).isFalse();
        });
        assertThat(ReturnMetrics.calmar(SMALL, 252))
                .isCloseTo(ReturnMetrics.annualizedReturn(SMALL, 252) / ReturnMetrics.maxDrawdown(SMALL), within(1e-15));
        assertThat(ReturnMetrics.winRate(SMALL)).isEqualTo(2.0 / 3);
    }

    @Test
    void riskFreeRateIsDeannualizedBySimpleDivision() {
        double[] r = {0.01, -0.005, 0.002, 0.0};
        double rf = 0.05;
        double[] excess = Arrays.stream(r).map(x -> x - rf / 12).toArray();
        assertThat(ReturnMetrics.sharpe(r, rf, 12)).isCloseTo(ReturnMetrics.sharpe(excess, 0, 12), within(1e-12));
        assertThat(ReturnMetrics.sortino(r, rf, 12)).isCloseTo(ReturnMetrics.sortino(excess, 0, 12), within(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0, -0.5, 1.0, -0.5   | 0.5  | 1 | 2 | 3
            1.0, -0.5, 1.0, -0.75  | 0.75 | 3 | 4 | -1
            0.5, 0.0, -0.5         | 0.5  | 2 | 3 | -1
            -0.5, 0.5, 0.5, 0.0    | 0.5  | 0 | 1 | 3
            -1.0, 0.5              | 1.0  | 0 | 1 | -1
            0.25, 0.0, 0.0         | 0.0  | 0 | 0 | -1
            """)
    void drawdownPeakTroughAndRecoveryRules(String returns, double depth, int peak, int trough, int recovery) {
        double[] r = Arrays.stream(returns.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
        assertThat(ReturnMetrics.maxDrawdownIndices(r)).isEqualTo(new DrawdownIndices(depth, peak, trough, recovery));
        assertThat(ReturnMetrics.maxDrawdown(r)).isEqualTo(depth);
    }

    @Test
    void undefinedValuesAreNaNByKernelConvention() {
        double[] none = {};
        assertThat(ReturnMetrics.totalReturn(none)).isZero();
        assertThat(ReturnMetrics.annualizedReturn(none, 252)).isNaN();
        assertThat(ReturnMetrics.annualizedVolatility(none, 252)).isNaN();
        assertThat(ReturnMetrics.sharpe(none, 0, 252)).isNaN();
        assertThat(ReturnMetrics.sortino(none, 0, 252)).isNaN();
        assertThat(ReturnMetrics.downsideDeviation(none, 0, 252)).isNaN();
        assertThat(ReturnMetrics.maxDrawdown(none)).isZero();
        assertThat(ReturnMetrics.maxDrawdownIndices(none)).isEqualTo(DrawdownIndices.none());
        assertThat(ReturnMetrics.calmar(none, 252)).isNaN();
        assertThat(ReturnMetrics.winRate(none)).isNaN();

        double[] one = {-0.01};
        assertThat(ReturnMetrics.annualizedVolatility(one, 252)).isNaN();
        assertThat(ReturnMetrics.sharpe(one, 0, 252)).isNaN();
        assertThat(ReturnMetrics.sortino(one, 0, 252)).isNaN();
        assertThat(ReturnMetrics.calmar(one, 252))
                .isEqualTo(ReturnMetrics.annualizedReturn(one, 252) / ReturnMetrics.maxDrawdown(one))
                .isNotNaN();
    }

    @Test
    void constantReturnsHaveExactlyZeroVolatilityAndNoSharpe() {
        double[] constant = {0.1, 0.1, 0.1}; // the rounded mean is not 0.1: deviations must not leak
        assertThat(ReturnMetrics.annualizedVolatility(constant, 252)).isEqualTo(0.0);
        assertThat(ReturnMetrics.sharpe(constant, 0, 252)).isNaN();
        assertThat(ReturnMetrics.sortino(constant, 0, 252)).isNaN(); // no negative excess return
        assertThat(ReturnMetrics.maxDrawdown(constant)).isZero();
        assertThat(ReturnMetrics.calmar(constant, 252)).isNaN();
        // With a risk-free rate above them the same returns have a downside but still no stdev.
        assertThat(ReturnMetrics.sortino(constant, 50, 252)).isLessThan(0);
        assertThat(ReturnMetrics.sharpe(constant, 50, 252)).isNaN();
    }

    @Test
    void totalLossIsMinusOne() {
        double[] r = {0.2, -1.0};
        assertThat(ReturnMetrics.totalReturn(r)).isEqualTo(-1.0);
        assertThat(ReturnMetrics.annualizedReturn(r, 252)).isEqualTo(-1.0);
        assertThat(ReturnMetrics.maxDrawdown(r)).isEqualTo(1.0);
    }

    @Test
    void validatesArguments() {
        assertThatThrownBy(() -> ReturnMetrics.totalReturn(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("returns must not be null");
        assertThatThrownBy(() -> ReturnMetrics.maxDrawdown(new double[] {0.1, Double.NaN}))
                .hasMessage("returns[1] must be finite and at least -1, was NaN");
        assertThatThrownBy(() -> ReturnMetrics.winRate(new double[] {-1.5}))
                .hasMessage("returns[0] must be finite and at least -1, was -1.5");
        assertThatThrownBy(() -> ReturnMetrics.sharpe(new double[] {Double.POSITIVE_INFINITY}, 0, 252))
                .hasMessageStartingWith("returns[0] must be finite");
        assertThatThrownBy(() -> ReturnMetrics.annualizedReturn(SMALL, 0))
                .hasMessage("periodsPerYear must be positive and finite, was 0.0");
        assertThatThrownBy(() -> ReturnMetrics.annualizedVolatility(SMALL, Double.NaN))
                .hasMessage("periodsPerYear must be positive and finite, was NaN");
        assertThatThrownBy(() -> ReturnMetrics.sortino(SMALL, Double.NaN, 252))
                .hasMessage("riskFreeAnnual must be finite, was NaN");
        assertThatThrownBy(() -> ReturnMetrics.calmar(SMALL, -252))
                .hasMessageStartingWith("periodsPerYear");
    }

    // ---------------------------------------------------------------- properties

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Number of winning periods, from the win rate (0 for no returns). */
    private static long wins(double[] r) {
        return r.length == 0 ? 0 : Math.round(ReturnMetrics.winRate(r) * r.length);
    }

    private static void assertRelativelyClose(double actual, double expected, double tolerance) {
        assertThat(Math.abs(actual - expected))
                .as("actual %s, expected %s", actual, expected)
                .isLessThanOrEqualTo(tolerance * Math.max(1e-300, Math.abs(expected)));
    }

    @Test
    void totalReturnIsTheProductOfGrowthFactors() {
        PropertyTesting.forAll(0x707L, 500, rnd -> Generators.dailyReturns(rnd, 0, 400), r -> {
            double logSum = Arrays.stream(r).map(Math::log1p).sum();
            assertRelativelyClose(1 + ReturnMetrics.totalReturn(r), Math.exp(logSum), 1e-11);
            assertThat(ReturnMetrics.totalReturn(r)).isGreaterThanOrEqualTo(-1);
        });
    }

    @Test
    void concatenationComposesGrowthAndNeverShrinksDrawdown() {
        PropertyTesting.forAll(0xC0CA7L, 500,
                rnd -> new double[][] {Generators.dailyReturns(rnd, 0, 200), Generators.dailyReturns(rnd, 0, 200)},
                ab -> {
                    double[] a = ab[0];
                    double[] b = ab[1];
                    double[] ab2 = concat(a, b);
                    assertRelativelyClose(1 + ReturnMetrics.totalReturn(ab2),
                            (1 + ReturnMetrics.totalReturn(a)) * (1 + ReturnMetrics.totalReturn(b)), 1e-12);
                    double mdd = ReturnMetrics.maxDrawdown(ab2);
                    assertThat(mdd).isGreaterThanOrEqualTo(ReturnMetrics.maxDrawdown(a) - 1e-12)
                            .isGreaterThanOrEqualTo(ReturnMetrics.maxDrawdown(b) - 1e-12);
                    assertThat(wins(ab2)).isEqualTo(wins(a) + wins(b));
                });
    }

    @Test
    void drawdownAgreesWithBruteForceOverAllPairs() {
        PropertyTesting.forAll(0xDDL, 300, rnd -> Generators.dailyReturns(rnd, 0, 150), r -> {
            double[] equity = new double[r.length + 1];
            equity[0] = 1.0;
            for (int i = 0; i < r.length; i++) {
                equity[i + 1] = equity[i] * (1.0 + r[i]);
            }
            double worst = 0;
            for (int j = 0; j < equity.length; j++) {
                for (int i = 0; i <= j; i++) {
                    worst = Math.max(worst, 1 - equity[j] / equity[i]);
                }
            }
            DrawdownIndices d = ReturnMetrics.maxDrawdownIndices(r);
            assertThat(d.depth()).isBetween(0.0, 1.0).isCloseTo(worst, within(1e-12));
            if (d.depth() == 0) {
                assertThat(d).isEqualTo(DrawdownIndices.none());
                return;
            }
            assertThat(1 - equity[d.troughIndex()] / equity[d.peakIndex()]).isCloseTo(d.depth(), within(1e-12));
            double peakEquity = equity[d.peakIndex()];
            for (int i = 0; i <= d.troughIndex(); i++) {
                assertThat(equity[i]).isLessThanOrEqualTo(peakEquity);
            }
            for (int i = d.peakIndex() + 1; i <= d.troughIndex(); i++) {
                assertThat(equity[i]).as("peak is the last high before the trough").isLessThan(peakEquity);
            }
            int end = d.recovered() ? d.recoveryIndex() : equity.length;
            for (int i = d.troughIndex() + 1; i < end; i++) {
                assertThat(equity[i]).isLessThan(peakEquity);
            }
            if (d.recovered()) {
                assertThat(equity[d.recoveryIndex()]).isGreaterThanOrEqualTo(peakEquity);
            }
        });
    }

    @Test
    void orderFreeMetricsIgnorePermutation() {
        PropertyTesting.forAll(0x5A5AL, 300, rnd -> {
            double[] r = Generators.dailyReturns(rnd, 2, 300);
            return new double[][] {r, shuffled(r, rnd)};
        }, pair -> {
            double[] r = pair[0];
            double[] s = pair[1];
            assertRelativelyClose(ReturnMetrics.totalReturn(s) + 1, ReturnMetrics.totalReturn(r) + 1, 1e-12);
            assertRelativelyClose(ReturnMetrics.annualizedVolatility(s, 252), ReturnMetrics.annualizedVolatility(r, 252), 1e-12);
            double sharpe = ReturnMetrics.sharpe(r, 0.01, 252);
            if (!Double.isNaN(sharpe)) {
                assertThat(ReturnMetrics.sharpe(s, 0.01, 252)).isCloseTo(sharpe, within(1e-12 * (1 + Math.abs(sharpe))));
            }
            assertThat(ReturnMetrics.winRate(s)).isEqualTo(ReturnMetrics.winRate(r));
        });
    }

    @Test
    void sharpeIsScaleInvariantAndVolatilityMatchesTwoPassFormula() {
        PropertyTesting.forAll(0x5CA1EL, 300, rnd -> Generators.dailyReturns(rnd, 2, 300), r -> {
            double mean = Arrays.stream(r).sum() / r.length;
            double ss = Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum();
            double vol = Math.sqrt(ss / (r.length - 1)) * Math.sqrt(252);
            double kernelVol = ReturnMetrics.annualizedVolatility(r, 252);
            if (kernelVol == 0.0) {
                assertThat(vol).isCloseTo(0.0, within(1e-15));
                return;
            }
            assertRelativelyClose(kernelVol, vol, 1e-9);
            double[] half = Arrays.stream(r).map(x -> x / 2).toArray();
            assertThat(ReturnMetrics.sharpe(half, 0, 252)).isCloseTo(ReturnMetrics.sharpe(r, 0, 252), within(1e-9));
            double sortino = ReturnMetrics.sortino(r, 0, 252);
            if (!Double.isNaN(sortino)) {
                assertThat(Math.signum(sortino)).isEqualTo(Math.signum(ReturnMetrics.sharpe(r, 0, 252)));
            }
        });
    }

    private static double[] shuffled(double[] r, RandomGenerator rnd) {
        double[] s = r.clone();
        for (int i = s.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }
}
