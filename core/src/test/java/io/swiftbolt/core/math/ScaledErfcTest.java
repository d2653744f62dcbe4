package io.swiftbolt.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScaledErfcTest {

    private static final String SAMPLES = "/reference/erfcx/erfcx_samples.csv";
    private static final double INV_SQRT_PI = 0.5641895835477563;
    private static final long SEED = 20240611L;

    @Test
    void matchesMpmathOnTheNonNegativeSamples() {
        List<MpmathSamples.Sample> rows = MpmathSamples.read(SAMPLES);
        assertThat(rows).hasSizeGreaterThan(2000);
        double worst = 0;
        double worstX = Double.NaN;
        int count = 0;
        for (MpmathSamples.Sample s : rows) {
            if (s.x() < 0) {
                continue;
            }
            count++;
            double err = MpmathSamples.relativeError(ScaledErfc.value(s.x()), s.expected());
            if (err > worst) {
                worst = err;
                worstX = s.x();
            }
        }
        System.out.printf("ScaledErfc: max relative error %.3g at x = %s over %d samples x >= 0%n",
                worst, worstX, count);
        // measured 1.37e-16: under 0.7 ulp (1.2e-16 against 30-digit values) plus the rounding of
        // the 17-digit reference; Java's arithmetic is deterministic, so this bound is tight
        assertThat(worst).as("max relative error at x = %s", worstX).isLessThanOrEqualTo(1.5e-16);
    }

    @Test
    void matchesMpmathOnTheNegativeSamples() {
        double worst = 0;
        double worstX = Double.NaN;
        for (MpmathSamples.Sample s : MpmathSamples.read(SAMPLES)) {
            if (s.x() >= 0) {
                continue;
            }
            double err = MpmathSamples.relativeError(ScaledErfc.value(s.x()), s.expected());
            if (err > worst) {
                worst = err;
                worstX = s.x();
            }
        }
        System.out.printf("ScaledErfc: max relative error %.3g at x = %s for x < 0%n",
                worst, worstX);
        // Math.exp is specified only to one ulp
        assertThat(worst).as("max relative error at x = %s", worstX).isLessThanOrEqualTo(5e-16);
    }

    @Test
    void isOneAtZero() {
        assertThat(ScaledErfc.value(0.0)).isEqualTo(1.0);
        assertThat(ScaledErfc.value(-0.0)).isEqualTo(1.0);
    }

    /**
     * At y = 400/(4 + x) = J + 1/2 the polynomials of intervals J and J + 1 meet. Across two ulps
     * of x the values may differ by the true change, at most (2/√π)·Δx relative, and their rounding.
     */
    @Test
    void isContinuousAcrossIntervalBoundaries() {
        for (int j = ErfcxTable.J_MIN; j < ErfcxTable.J_MAX; j++) {
            double xb = ErfcxTable.Y_SCALE / (j + 0.5) - ErfcxTable.X_SHIFT;
            double below = ScaledErfc.value(Math.nextDown(xb));
            double at = ScaledErfc.value(xb);
            double above = ScaledErfc.value(Math.nextUp(xb));
            double trueChange = 2 / Math.sqrt(Math.PI) * (Math.nextUp(xb) - Math.nextDown(xb));
            assertThat(Math.abs(below - above) / at).as("J = %d, x = %s", j, xb)
                    .isLessThan(trueChange + 3e-16);
            assertThat(below).as("J = %d", j).isGreaterThanOrEqualTo(at);
            assertThat(at).as("J = %d", j).isGreaterThanOrEqualTo(above);
        }
        // the switch to the continued fraction at x = 50
        double left = ScaledErfc.value(50.0);
        double right = ScaledErfc.value(Math.nextUp(50.0));
        assertThat(Math.abs(left - right) / left).isLessThan(3e-16);
        assertThat(left).isGreaterThanOrEqualTo(right);
    }

    /**
     * Non-increasing on a grid whose steps change erfcx by far more than its rounding error (at
     * least 2e-9 relative), through the table and into the asymptotic range.
     */
    @Test
    void decreasesOnADenseGrid() {
        double previous = ScaledErfc.value(0);
        for (int i = 1; i <= 6_000_000; i++) {
            double x = i * 1e-5;
            double v = ScaledErfc.value(x);
            if (v > previous) {
                assertThat(v).as("x = %s", x).isLessThanOrEqualTo(previous);
            }
            previous = v;
        }
    }

    @Test
    void tendsToOneOverXRootPi() {
        for (double x : new double[] {1e8, 1e20, 1e154, 1.4e154, 1e200, 1e300}) {
            assertThat(relativeToAsymptote(x)).as("x = %s", x).isLessThan(2.3e-16);
        }
        // subnormal results keep only the precision a subnormal has
        double max = ScaledErfc.value(Double.MAX_VALUE);
        assertThat(max).isPositive();
        assertThat(Math.abs(max / (INV_SQRT_PI / Double.MAX_VALUE) - 1)).isLessThan(1e-14);
        assertThat(ScaledErfc.value(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    }

    private static double relativeToAsymptote(double x) {
        return Math.abs(ScaledErfc.value(x) * x / INV_SQRT_PI - 1);
    }

    @Test
    void nanGivesNan() {
        assertThat(ScaledErfc.value(Double.NaN)).isNaN();
    }

    @Test
    void overflowsToInfinityForLargeNegativeArguments() {
        // erfcx(x) ≈ 2·exp(x²) exceeds Double.MAX_VALUE below x = −26.62874
        assertThat(ScaledErfc.value(-26.62)).isFinite();
        assertThat(ScaledErfc.value(-26.629)).isInfinite();
        assertThat(ScaledErfc.value(-26.64)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ScaledErfc.value(-26.7)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ScaledErfc.value(-1e200)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ScaledErfc.value(Double.NEGATIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /**
     * erfcx(−x) + erfcx(x) = 2·exp(x²), checked where 2·exp(x²) is exact enough in double: x² is
     * exact for the 2⁻¹⁰-spaced x used here, and Math.exp is within one ulp.
     */
    @Test
    void negativeArgumentsSatisfyTheReflectionIdentity() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 10_000; i++) {
            double x = Math.rint(random.nextDouble(0, 26) * 1024) / 1024;
            double sum = ScaledErfc.value(-x) + ScaledErfc.value(x);
            double expected = 2 * Math.exp(x * x);
            assertThat(Math.abs(sum / expected - 1)).as("seed %d, x = %s", SEED, x)
                    .isLessThan(5e-16);
        }
    }
}
