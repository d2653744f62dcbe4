package io.swiftbolt.attribution.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.core.testing.PropertyTesting;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class FactorAnalyzerTest {

    private static final FactorAnalyzer OLS = FactorAnalyzer.builder().build();

    /** A random regression problem: returns = X beta + noise. */
    record Problem(double[] returns, double[][] factors, double[] beta) {
    }

    static Problem randomProblem(RandomGenerator rnd) {
        int k = rnd.nextInt(1, 6);
        int n = rnd.nextInt(k + 3, 300);
        double[][] f = new double[k][];
        for (int j = 0; j < k; j++) {
            f[j] = Generators.returns(rnd, n, rnd.nextDouble(-0.01, 0.01), rnd.nextDouble(0.005, 0.06), 0);
        }
        double[] beta = Generators.uniform(rnd, k + 1, -1.5, 1.5);
        beta[0] *= 0.01;
        double noise = rnd.nextDouble(1e-4, 0.05);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double v = beta[0] + noise * rnd.nextGaussian();
            for (int j = 0; j < k; j++) {
                v += beta[j + 1] * f[j][i];
            }
            y[i] = v;
        }
        return new Problem(y, f, beta);
    }

    private static FactorReturns factors(double[][] columns) {
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            names.add("F" + j);
        }
        return new FactorReturns(names, columns);
    }

    @Test
    void agreesWithTheNormalEquationsSolvedByGaussianElimination() {
        PropertyTesting.forAll(0xF4C7L, 300, FactorAnalyzerTest::randomProblem, in -> {
            FactorRegression fit = OLS.fit(in.returns(), factors(in.factors()));
            double[] expected = normalEquations(in.returns(), in.factors());
            double[] got = fit.coefficients();
            for (int j = 0; j < got.length; j++) {
                assertThat(got[j]).isCloseTo(expected[j], within(1e-9 * Math.max(1, Math.abs(expected[j]))));
            }
        });
    }

    @Test
    void residualsAreOrthogonalToTheRegressorsAndStatisticsConsistent() {
        PropertyTesting.forAll(0x0A7L, 300, FactorAnalyzerTest::randomProblem, in -> {
            int n = in.returns().length;
            int p = in.factors().length + 1;
            FactorRegression fit = OLS.fit(in.returns(), factors(in.factors()));
            double[] b = fit.coefficients();
            double ssr = 0;
            double[] xe = new double[p];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                double e = in.returns()[i] - b[0];
                for (int j = 1; j < p; j++) {
                    e -= b[j] * in.factors()[j - 1][i];
                }
                ssr += e * e;
                xe[0] += e;
                for (int j = 1; j < p; j++) {
                    xe[j] += e * in.factors()[j - 1][i];
                }
                mean += in.returns()[i];
            }
            mean /= n;
            for (double v : xe) {
                assertThat(v).isCloseTo(0, within(1e-12));
            }
            assertThat(fit.residualStd()).isCloseTo(Math.sqrt(ssr / (n - p)), within(1e-12));
            assertThat(fit.meanReturn()).isCloseTo(mean, within(1e-14));
            assertThat(fit.rSquared()).isBetween(-1e-12, 1 + 1e-12);
            assertThat(fit.adjustedRSquared()).isLessThanOrEqualTo(fit.rSquared() + 1e-15);
            for (TermEstimate t : fit.terms()) {
                assertThat(t.tStatistic()).isCloseTo(t.coefficient() / t.standardError(), within(1e-9));
                assertThat(t.pValue()).isBetween(0.0, 1.0);
            }
            // F = (R2 / q) / ((1 - R2) / (n - p)) in the classical case.
            double r2 = fit.rSquared();
            assertThat(fit.fStatistic()).isCloseTo((r2 / (p - 1)) / ((1 - r2) / (n - p)),
                    within(1e-7 * Math.max(1, fit.fStatistic())));
        });
    }

    @Test
    void neweyWestWithZeroLagsIsWhiteAndTheCorrectionScalesByNOverDf() {
        PropertyTesting.forAll(0x4ACL, 200, FactorAnalyzerTest::randomProblem, in -> {
            FactorReturns f = factors(in.factors());
            int n = in.returns().length;
            int p = f.count() + 1;
            FactorRegression hc0 = FactorAnalyzer.builder().neweyWest(0).build().fit(in.returns(), f);
            FactorRegression hac = FactorAnalyzer.builder().neweyWest(4).build().fit(in.returns(), f);
            FactorRegression corrected = FactorAnalyzer.builder().neweyWest(4).smallSampleCorrection(true).build()
                    .fit(in.returns(), f);
            double[] white = whiteStandardErrors(in.returns(), in.factors(), hc0.coefficients());
            for (int j = 0; j < p; j++) {
                assertThat(hc0.terms().get(j).standardError()).isCloseTo(white[j], within(1e-10 * white[j] + 1e-300));
                assertThat(corrected.terms().get(j).standardError()).isCloseTo(
                        hac.terms().get(j).standardError() * Math.sqrt(n / (double) (n - p)), within(1e-12));
            }
        });
    }

    @Test
    void rollingWindowsEqualFitsOfTheirSlices() {
        Problem in = randomProblem(Generators.random(42));
        FactorReturns f = factors(in.factors());
        int n = in.returns().length;
        int window = Math.min(n, f.count() + 10);
        List<FactorRegression> rolling = OLS.rolling(in.returns(), f, window);
        assertThat(rolling).hasSize(n - window + 1);
        for (int i = 0; i < rolling.size(); i += 7) {
            FactorRegression direct = OLS.fit(java.util.Arrays.copyOfRange(in.returns(), i, i + window),
                    f.slice(i, i + window));
            assertThat(rolling.get(i)).isEqualTo(direct);
        }
        assertThat(OLS.rolling(in.returns(), f, n).get(0)).isEqualTo(OLS.fit(in.returns(), f));
    }

    @Test
    void perfectFitHasZeroErrorsInfiniteStatisticsAndNoNaN() {
        double[] f = {0.01, -0.02, 0.03, 0.005, -0.01, 0.02};
        double[] y = new double[f.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.001 + 0.5 * f[i];
        }
        FactorRegression fit = OLS.fit(y, FactorReturns.of(List.of("M"), f));
        assertThat(fit.alpha()).isCloseTo(0.001, within(1e-15));
        assertThat(fit.term("M").coefficient()).isCloseTo(0.5, within(1e-13));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(fit.fPValue()).isBetween(0.0, 1e-10);
        for (TermEstimate t : fit.terms()) {
            assertThat(t.pValue()).isBetween(0.0, 1e-6);
            assertThat(Double.isNaN(t.tStatistic())).isFalse();
        }
    }

    @Test
    void fewerObservationsThanRegressorsIsAClearError() {
        double[] y = {0.01, 0.02, 0.03};
        FactorReturns f = FactorReturns.of(List.of("A", "B"), new double[] {0.1, 0.2, 0.4}, new double[] {1, 0, 2});
        assertThatThrownBy(() -> OLS.fit(y, f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("observations must exceed the number of regressors p = 3 (alpha and 2 factors)")
                .hasMessageContaining("was 3");
    }

    @Test
    void collinearFactorsAreAClearError() {
        double[] a = {0.01, -0.02, 0.03, 0.005, -0.01, 0.02, 0.0};
        double[] b = {0.02, 0.01, -0.01, 0.0, 0.03, -0.02, 0.01};
        double[] y = {0.011, -0.012, 0.02, 0.001, 0.002, 0.0, 0.004};
        double[] combo = new double[a.length];
        double[] constant = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            combo[i] = 2 * a[i] - 0.5 * b[i] + 0.01;
            constant[i] = 0.004;
        }
        assertThatThrownBy(() -> OLS.fit(y, FactorReturns.of(List.of("A", "B", "C"), a, b, combo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factors must not be collinear: factor \"C\" is constant, repeated or a linear combination"
                        + " of the intercept and [A, B] (tolerance 1.0E-10)");
        assertThatThrownBy(() -> OLS.fit(y, FactorReturns.of(List.of("A", "K"), a, constant)))
                .hasMessageContaining("factor \"K\" is constant");
        assertThatThrownBy(() -> OLS.fit(y, FactorReturns.of(List.of("K"), constant)))
                .hasMessageContaining("factor \"K\" is constant, repeated or a linear combination of the intercept");
        assertThatThrownBy(() -> OLS.fit(y, FactorReturns.of(List.of("A", "A2"), a, a.clone())))
                .hasMessageContaining("factor \"A2\"");
    }

    @Test
    void badArgumentsNameTheArgumentAndValue() {
        double[] a = {0.01, -0.02, 0.03, 0.005, -0.01};
        assertThatThrownBy(() -> OLS.fit(new double[] {0.01, 0.01, 0.01, 0.01, 0.01}, FactorReturns.of(List.of("A"), a)))
                .hasMessageContaining("returns must vary");
        assertThatThrownBy(() -> OLS.fit(new double[] {0.01, Double.NaN, 0.0, 0.0, 0.0}, FactorReturns.of(List.of("A"), a)))
                .hasMessage("returns[1] must be finite, was NaN");
        assertThatThrownBy(() -> OLS.fit(new double[] {0.01, 0.0}, FactorReturns.of(List.of("A"), a)))
                .hasMessageContaining("must have length 2, had 5");
        assertThatThrownBy(() -> FactorReturns.of(List.of("alpha"), a)).hasMessageContaining("must not be the intercept");
        assertThatThrownBy(() -> FactorReturns.of(List.of("A", "A"), a, a)).hasMessageContaining("names[1] must be unique");
        assertThatThrownBy(() -> FactorReturns.of(List.of("A", "B"), a, new double[] {1}))
                .hasMessage("B must have length 5, had 1");
        assertThatThrownBy(() -> FactorAnalyzer.builder().neweyWest(-1)).hasMessageContaining("lags must be zero or positive");
        assertThatThrownBy(() -> OLS.rolling(a, FactorReturns.of(List.of("A"), a), 2))
                .hasMessageContaining("window must be in [3, 5], was 2");
    }

    private static double[] normalEquations(double[] y, double[][] f) {
        int n = y.length;
        int p = f.length + 1;
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < n; i++) {
            double[] row = new double[p];
            row[0] = 1;
            for (int j = 1; j < p; j++) {
                row[j] = f[j - 1][i];
            }
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    a[r][c] += row[r] * row[c];
                }
                a[r][p] += row[r] * y[i];
            }
        }
        // Gaussian elimination with partial pivoting.
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = c + 1; r < p; r++) {
                double m = a[r][c] / a[c][c];
                for (int k = c; k <= p; k++) {
                    a[r][k] -= m * a[c][k];
                }
            }
        }
        double[] b = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = a[r][p];
            for (int k = r + 1; k < p; k++) {
                s -= a[r][k] * b[k];
            }
            b[r] = s / a[r][r];
        }
        return b;
    }

    /** White's HC0 errors via explicit matrices: (X'X)^-1 X' diag(e^2) X (X'X)^-1. */
    private static double[] whiteStandardErrors(double[] y, double[][] f, double[] b) {
        int n = y.length;
        int p = f.length + 1;
        double[][] xtx = new double[p][p];
        double[][] meat = new double[p][p];
        for (int i = 0; i < n; i++) {
            double[] row = new double[p];
            row[0] = 1;
            for (int j = 1; j < p; j++) {
                row[j] = f[j - 1][i];
            }
            double e = y[i];
            for (int j = 0; j < p; j++) {
                e -= b[j] * row[j];
            }
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    xtx[r][c] += row[r] * row[c];
                    meat[r][c] += e * e * row[r] * row[c];
                }
            }
        }
        double[][] inv = invert(xtx);
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    s += inv[j][r] * meat[r][c] * inv[c][j];
                }
            }
            se[j] = Math.sqrt(s);
        }
        return se;
    }

    private static double[][] invert(double[][] m) {
        int p = m.length;
        double[][] a = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(m[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
        }
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double d = a[c][c];
            for (int k = 0; k < 2 * p; k++) {
                a[c][k] /= d;
            }
            for (int r = 0; r < p; r++) {
                if (r != c) {
                    double mlt = a[r][c];
                    for (int k = 0; k < 2 * p; k++) {
                        a[r][k] -= mlt * a[c][k];
                    }
                }
            }
        }
        double[][] inv = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], p, inv[i], 0, p);
        }
        return inv;
    }
}
