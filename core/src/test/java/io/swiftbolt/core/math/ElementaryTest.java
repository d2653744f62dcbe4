package io.swiftbolt.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Elementary#exp} and {@link Elementary#log} against mpmath (40 digits, printed to 25) and
 * against {@link StrictMath} on seeded random points. Errors are measured in ulps of the exact
 * value, exactly (BigDecimal), not after rounding the reference to double.
 */
class ElementaryTest {

    private static final long SEED = 20261124L;

    private static double worstAgainst(String resource, DoubleUnaryOperator f, String name) {
        List<MpmathSamples.Sample> rows = MpmathSamples.read(resource);
        assertThat(rows).hasSizeGreaterThan(2000);
        double worst = 0;
        double worstX = Double.NaN;
        for (MpmathSamples.Sample s : rows) {
            double err = MpmathSamples.ulpError(f.applyAsDouble(s.x()), new BigDecimal(s.expected()));
            if (err > worst) {
                worst = err;
                worstX = s.x();
            }
        }
        System.out.printf("Elementary.%s: max error %.3f ulp at x = %s over %d mpmath samples%n",
                name, worst, worstX, rows.size());
        return worst;
    }

    @Test
    void expIsWithinOneUlpOfMpmath() {
        // the 25-digit references themselves are exact to about 1e-9 ulp
        assertThat(worstAgainst("/reference/elementary/exp_samples.csv", Elementary::exp, "exp"))
                .isLessThan(1.0);
    }

    @Test
    void logIsWithinOneUlpOfMpmath() {
        assertThat(worstAgainst("/reference/elementary/log_samples.csv", Elementary::log, "log"))
                .isLessThan(1.0);
    }

    @Test
    void expAgreesWithStrictMathToOneUlpOnRandomPoints() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 1_000_000; i++) {
            double x = i % 2 == 0 ? random.nextDouble(-708, 708) : random.nextDouble(-40, 2);
            double expected = StrictMath.exp(x);
            double actual = Elementary.exp(x);
            assertThat(Math.abs(actual - expected)).as("exp(%s)", x).isLessThanOrEqualTo(Math.ulp(expected));
        }
    }

    @Test
    void logAgreesWithStrictMathToOneUlpOnRandomPoints() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 1_000_000; i++) {
            double x = switch (i % 3) {
                case 0 -> Math.pow(10, random.nextDouble(-307, 308));
                case 1 -> random.nextDouble(0.25, 4);
                default -> 1 + random.nextDouble(-1e-3, 1e-3);
            };
            double expected = StrictMath.log(x);
            double actual = Elementary.log(x);
            assertThat(Math.abs(actual - expected)).as("log(%s)", x).isLessThanOrEqualTo(Math.ulp(expected));
        }
    }

    @Test
    void exactValuesAndSpecialCases() {
        assertThat(Elementary.exp(0)).isEqualTo(1.0);
        assertThat(Elementary.log(1)).isEqualTo(0.0);
        assertThat(Elementary.log(Math.E)).isEqualTo(1.0);
        assertThat(Elementary.exp(1)).isEqualTo(Math.E);
        for (int k = -1022; k <= 1023; k++) {
            double x = Math.scalb(1.0, k);
            assertThat(Math.abs(Elementary.log(x) - k * Math.log(2))).as("log 2^%d", k)
                    .isLessThanOrEqualTo(Math.ulp(k * Math.log(2)));
        }
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, -1.0,
            Double.MIN_VALUE, Double.MIN_NORMAL / 3, 708, -708, 709.7, -745.1, 1000, -1000, Double.MAX_VALUE};
        for (double x : specials) {
            assertThat(Double.doubleToRawLongBits(Elementary.exp(x))).as("exp(%s)", x)
                    .isEqualTo(Double.doubleToRawLongBits(Math.exp(x)));
            assertThat(Double.doubleToRawLongBits(Elementary.log(x))).as("log(%s)", x)
                    .isEqualTo(Double.doubleToRawLongBits(Math.log(x)));
        }
    }

    @Test
    void monotoneAcrossTableSteps() {
        // exp at both sides of every step n·ln2/128 in [-2, 2] and log across every bin boundary
        for (int n = -370; n <= 370; n++) {
            double x = n * Math.log(2) / 128;
            double below = Math.nextDown(x);
            double above = Math.nextUp(x);
            assertThat(Elementary.exp(below)).isLessThanOrEqualTo(Elementary.exp(x));
            assertThat(Elementary.exp(x)).isLessThanOrEqualTo(Elementary.exp(above));
        }
        long off = Double.doubleToRawLongBits(0.70703125);
        for (int bin = 0; bin <= 256; bin++) {
            double z = Double.longBitsToDouble(off + ((long) bin << 44));
            assertThat(Elementary.log(Math.nextDown(z))).as("bin %d", bin).isLessThanOrEqualTo(Elementary.log(z));
            assertThat(Elementary.log(z)).as("bin %d", bin).isLessThanOrEqualTo(Elementary.log(Math.nextUp(z)));
        }
    }
}
