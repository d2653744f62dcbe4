package io.swiftbolt.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PolynomialLogTest {

    private static final String SAMPLES = "/reference/log/polynomial_log_samples.csv";
    private static final long SEED = 20261125L;

    /**
     * Against mpmath: the error in units of the last place of the exact value (ulp of the exact
     * value rounded to double), which is what "faithful" means near x = 1, where ln x is tiny.
     */
    @Test
    void matchesMpmathOnTheSamplesWithinOneUlp() {
        List<MpmathSamples.Sample> rows = MpmathSamples.read(SAMPLES);
        assertThat(rows).hasSizeGreaterThan(2900);
        double worst = 0;
        double worstX = Double.NaN;
        int inRange = 0;
        for (MpmathSamples.Sample s : rows) {
            double x = s.x();
            if (x < PolynomialLog.POLYNOMIAL_MIN || x > PolynomialLog.POLYNOMIAL_MAX) {
                continue;
            }
            inRange++;
            double ulps = MpmathSamples.ulpError(PolynomialLog.value(x), new BigDecimal(s.expected()));
            if (ulps > worst) {
                worst = ulps;
                worstX = x;
            }
        }
        System.out.printf("PolynomialLog: max error %.3f ulp at x = %s over %d samples%n", worst, worstX, inRange);
        assertThat(inRange).isGreaterThan(2900);
        assertThat(worst).as("max error in ulp at x = %s", worstX).isLessThanOrEqualTo(1.0);
    }

    @Test
    void agreesWithTheTableBasedLogarithmToOneUlp() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < 300_000; i++) {
            double x = switch (i % 3) {
                case 0 -> rnd.nextDouble(PolynomialLog.POLYNOMIAL_MIN, PolynomialLog.POLYNOMIAL_MAX);
                case 1 -> 1 + rnd.nextDouble(-1e-6, 1e-6);
                default -> Math.nextUp(1.0) + rnd.nextInt(-1000, 1000) * Math.ulp(1.0);
            };
            double a = PolynomialLog.value(x);
            double b = Elementary.log(x);
            assertThat(Math.abs(a - b)).as("x = %s", x).isLessThanOrEqualTo(Math.ulp(b));
        }
    }

    @Test
    void batchEqualsSingleBitForBitIncludingOutOfRangeArguments() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0,
            PolynomialLog.POLYNOMIAL_MIN, PolynomialLog.POLYNOMIAL_MAX, Math.nextDown(PolynomialLog.POLYNOMIAL_MIN),
            Math.nextUp(PolynomialLog.POLYNOMIAL_MAX), Double.MIN_VALUE, Double.MAX_VALUE};
        for (int trial = 0; trial < 200; trial++) {
            int n = rnd.nextInt(0, 150);
            double[] x = new double[n + 3];
            for (int i = 0; i < x.length; i++) {
                x[i] = switch (rnd.nextInt(8)) {
                    case 0 -> rnd.nextDouble(-5, 0.5);
                    case 1 -> rnd.nextDouble(2.5, 1e6);
                    case 2 -> special[rnd.nextInt(special.length)];
                    default -> rnd.nextDouble(PolynomialLog.POLYNOMIAL_MIN, PolynomialLog.POLYNOMIAL_MAX);
                };
            }
            double[] out = new double[n + 3];
            out[n] = 42.0;
            PolynomialLog.values(n, x, out);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(out[i])).as("x = %s", x[i])
                        .isEqualTo(Double.doubleToRawLongBits(PolynomialLog.value(x[i])));
            }
            assertThat(out[n]).as("element past n untouched").isEqualTo(42.0);
        }
    }

    @Test
    void outsideThePolynomialRangeItIsTheTableValueAndSpecialValuesFollowMath() {
        for (double x : new double[] {1e-300, 0.1, 0.4999999, 2.5000001, 10, 1e300, Double.POSITIVE_INFINITY}) {
            assertThat(PolynomialLog.value(x)).as("x = %s", x).isEqualTo(Elementary.log(x));
        }
        assertThat(PolynomialLog.value(Double.NaN)).isNaN();
        assertThat(PolynomialLog.value(-1)).isNaN();
        assertThat(PolynomialLog.value(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(PolynomialLog.value(1.0)).isEqualTo(0.0);
        assertThat(PolynomialLog.value(2.0)).isCloseTo(Math.log(2.0), org.assertj.core.data.Offset.offset(Math.ulp(0.7)));
        assertThat(PolynomialLog.value(0.5)).isCloseTo(-Math.log(2.0), org.assertj.core.data.Offset.offset(Math.ulp(0.7)));
    }

    @Test
    void isIncreasingOnAFineGrid() {
        double previous = PolynomialLog.value(PolynomialLog.POLYNOMIAL_MIN);
        for (int i = 1; i <= 200_000; i++) {
            double x = PolynomialLog.POLYNOMIAL_MIN + i * 1e-5;
            double v = PolynomialLog.value(x);
            assertThat(v).as("x = %s", x).isGreaterThanOrEqualTo(previous);
            previous = v;
        }
    }

    @Test
    void rejectsBadArguments() {
        double[] x = new double[4];
        assertThatThrownBy(() -> PolynomialLog.values(5, x, new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n");
        assertThatThrownBy(() -> PolynomialLog.values(-1, x, new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> PolynomialLog.values(4, x, x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out");
    }
}
