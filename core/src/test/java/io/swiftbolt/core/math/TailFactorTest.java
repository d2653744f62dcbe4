package io.swiftbolt.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TailFactorTest {

    private static final String SAMPLES = "/reference/tailfactor/tail_factor_samples.csv";
    private static final long SEED = 20261125L;

    @Test
    void matchesMpmathOnTheSamples() {
        List<MpmathSamples.Sample> rows = MpmathSamples.read(SAMPLES);
        assertThat(rows).hasSizeGreaterThan(3000);
        double worst = 0;
        double worstU = Double.NaN;
        for (MpmathSamples.Sample s : rows) {
            double err = MpmathSamples.relativeError(TailFactor.value(s.x()), s.expected());
            if (err > worst) {
                worst = err;
                worstU = s.x();
            }
        }
        System.out.printf("TailFactor: max relative error %.3g at u = %s over %d samples%n", worst, worstU,
                rows.size());
        // measured 3.78e-16 (under 2 ulp): rounding in the degree-22 evaluation and the division
        assertThat(worst).as("max relative error at u = %s", worstU).isLessThanOrEqualTo(5e-16);
    }

    @Test
    void agreesWithTheTableBasedTailFactorEverywhere() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double u = i % 2 == 0 ? rnd.nextDouble(0, TailFactor.POLYNOMIAL_MAX) : rnd.nextDouble(0, 2);
            double err = Math.abs(TailFactor.value(u) / NormalDistribution.tailFactor(u) - 1);
            worst = Math.max(worst, err);
        }
        assertThat(worst).isLessThan(6e-16);
    }

    @Test
    void batchEqualsSingleBitForBitIncludingOutOfRangeArguments() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        for (int trial = 0; trial < 200; trial++) {
            int n = rnd.nextInt(0, 150);
            double[] u = new double[n + 3];
            for (int i = 0; i < u.length; i++) {
                switch (rnd.nextInt(8)) {
                    case 0 -> u[i] = rnd.nextDouble(-30, 0);
                    case 1 -> u[i] = rnd.nextDouble(38.6, 1e6);
                    case 2 -> u[i] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                            0.0, -0.0, TailFactor.POLYNOMIAL_MAX,
                            Math.nextUp(TailFactor.POLYNOMIAL_MAX)}[rnd.nextInt(7)];
                    default -> u[i] = rnd.nextDouble(0, TailFactor.POLYNOMIAL_MAX);
                }
            }
            double[] out = new double[n + 3];
            out[n] = 42.0;
            TailFactor.values(n, u, out);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(out[i])).as("u = %s", u[i])
                        .isEqualTo(Double.doubleToRawLongBits(TailFactor.value(u[i])));
            }
            assertThat(out[n]).as("element past n untouched").isEqualTo(42.0);
        }
    }

    @Test
    void outsideThePolynomialRangeItIsTheTableValue() {
        for (double u : new double[] {-5, -0.5, 38.7000001, 50, 1e3, 1e200, Double.POSITIVE_INFINITY}) {
            assertThat(TailFactor.value(u)).as("u = %s", u).isEqualTo(NormalDistribution.tailFactor(u));
        }
        assertThat(TailFactor.value(Double.NaN)).isNaN();
        assertThat(TailFactor.value(0.0)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-16));
    }

    @Test
    void isDecreasingOnAFineGrid() {
        double previous = TailFactor.value(0);
        for (int i = 1; i <= 387_000; i++) {
            double g = TailFactor.value(i * 1e-4);
            assertThat(g).as("u = %s", i * 1e-4).isLessThanOrEqualTo(previous);
            previous = g;
        }
    }

    @Test
    void rejectsBadArguments() {
        double[] u = new double[4];
        assertThatThrownBy(() -> TailFactor.values(5, u, new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n");
        assertThatThrownBy(() -> TailFactor.values(-1, u, new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> TailFactor.values(4, u, u))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out");
    }
}
