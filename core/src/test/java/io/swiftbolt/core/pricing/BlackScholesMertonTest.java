package io.swiftbolt.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.math.NormalDistribution;
import io.swiftbolt.core.options.Greeks;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionRight;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlackScholesMertonTest {

    private static final BsmInputs HULL_CALL = new BsmInputs(OptionRight.CALL, 42, 40, 0.5, 0.10, 0.0);

    @Test
    void hullTextbookValues() {
        // Hull, Options, Futures and Other Derivatives: S=42, K=40, r=10 %, σ=20 %, T=0.5.
        assertThat(BlackScholesMerton.price(HULL_CALL, 0.20)).isCloseTo(4.7594, within(0.5e-4));
        BsmInputs put = new BsmInputs(OptionRight.PUT, 42, 40, 0.5, 0.10, 0.0);
        assertThat(BlackScholesMerton.price(put, 0.20)).isCloseTo(0.8086, within(0.5e-4));
    }

    @Test
    void greeksAgreeWithKernelAndHaveDailyHelpers() {
        Greeks g = BlackScholesMerton.greeks(HULL_CALL, 0.20);
        double[] k = new double[BlackScholesKernels.SLOT_SIZE];
        BlackScholesKernels.priceAndGreeks(true, 42, 40, 0.5, 0.10, 0.0, 0.20, k, 0);
        assertThat(g.price()).isEqualTo(k[BlackScholesKernels.PRICE]);
        assertThat(g.delta()).isEqualTo(k[BlackScholesKernels.DELTA]);
        assertThat(g.charm()).isEqualTo(k[BlackScholesKernels.CHARM]);
        assertThat(g.thetaPerDay()).isEqualTo(g.theta() / 365);
        assertThat(g.vegaPerPoint()).isEqualTo(g.vega() / 100);
        // Hull's delta for this option: N(d1) = 0.7791.
        assertThat(g.delta()).isCloseTo(0.7791, within(0.5e-4));
    }

    @Test
    void contractInputsUseAct365() {
        OptionContract c = OptionContract.of("SPX", OptionRight.PUT, 4000, LocalDate.of(2025, 3, 21));
        BsmInputs in = BsmInputs.of(c, LocalDate.of(2024, 3, 21), 4100, 0.05, 0.015);
        assertThat(in.timeToExpiry()).isEqualTo(365 / 365.0);
        assertThatThrownBy(() -> BsmInputs.of(c, LocalDate.of(2025, 3, 21), 4100, 0.05, 0.015))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valuationDate");
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 40, 0.5, 0.1, 0, spot, -1.0",
        "NaN, 40, 0.5, 0.1, 0, spot, NaN",
        "42, 0, 0.5, 0.1, 0, strike, 0.0",
        "42, Infinity, 0.5, 0.1, 0, strike, Infinity",
        "42, 40, 0, 0.1, 0, timeToExpiry, 0.0",
        "42, 40, -0.5, 0.1, 0, timeToExpiry, -0.5",
        "42, 40, 101, 0.1, 0, timeToExpiry, 101.0",
        "42, 40, 0.5, NaN, 0, rate, NaN",
        "42, 40, 0.5, 0.1, -Infinity, dividendYield, -Infinity",
    })
    void inputsNameTheBadArgument(double spot, double strike, double t, double r, double q, String name, String value) {
        assertThatThrownBy(() -> new BsmInputs(OptionRight.CALL, spot, strike, t, r, q))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name)
                .hasMessageContaining(value);
    }

    @ParameterizedTest
    @CsvSource({"0.0", "-0.2", "NaN", "Infinity", "101"})
    void volatilityIsValidated(double vol) {
        assertThatThrownBy(() -> BlackScholesMerton.price(HULL_CALL, vol))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("volatility");
        assertThatThrownBy(() -> BlackScholesMerton.greeks(HULL_CALL, vol))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("volatility");
    }

    @Test
    void rateTimesYearsIsBounded() {
        assertThatThrownBy(() -> new BsmInputs(OptionRight.CALL, 100, 100, 100, -10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rate").hasMessageContaining("-10.0");
        assertThatThrownBy(() -> new BsmInputs(OptionRight.CALL, 100, 100, 50, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dividendYield");
    }

    @Test
    void nullRightIsRejected() {
        assertThatThrownBy(() -> new BsmInputs(null, 1, 1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("right");
        assertThatThrownBy(() -> BlackScholesMerton.price(null, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputs");
    }

    @Test
    void extremeButValidInputsGiveFiniteGreeks() {
        // Corners of the accepted domain never yield NaN (Greeks' constructor would reject it).
        double[][] corners = {
            {1e-6, 1e6, 1e-6, 10, -10, 1e-6}, {1e6, 1e-6, 100, -1, 1, 100}, {1e-6, 1e6, 10, 10, -10, 100}, {100, 100, 100, 0, 0, 100},
            {100, 100, 1e-9, 0, 0, 1e-9}, {100, 1e-3, 1e-9, 0.05, 0, 0.01}, {100, 1e5, 1e-9, 0.05, 0, 0.01},
        };
        for (double[] c : corners) {
            for (OptionRight right : OptionRight.values()) {
                BsmInputs in = new BsmInputs(right, c[0], c[1], c[2], c[3], c[4]);
                Greeks g = BlackScholesMerton.greeks(in, c[5]);
                assertThat(g.price()).as("%s vol %s", in, c[5]).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void batchAgreesWithSingleCalls() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 1000;
        Batch b = new Batch(n);
        boolean[] call = b.call;
        double[] spot = b.spot;
        double[] strike = b.strike;
        double[] t = b.t;
        double[] r = b.r;
        double[] q = b.q;
        double[] vol = b.vol;
        for (int i = 0; i < n; i++) {
            call[i] = rnd.nextBoolean();
            spot[i] = rnd.nextDouble(50, 150);
            strike[i] = rnd.nextDouble(50, 150);
            t[i] = rnd.nextDouble(0.01, 3);
            r[i] = rnd.nextDouble(-0.01, 0.08);
            q[i] = rnd.nextDouble(0, 0.04);
            vol[i] = rnd.nextDouble(0.05, 1.2);
        }
        double[] prices = new double[n];
        BlackScholesKernels.priceBatch(n, call, spot, strike, t, r, q, vol, prices);
        GreeksBuffer buf = new GreeksBuffer(n);
        BlackScholesKernels.greeksBatch(n, call, spot, strike, t, r, q, vol, buf);
        double[] one = new double[BlackScholesKernels.SLOT_SIZE];
        for (int i = 0; i < n; i++) {
            BlackScholesKernels.priceAndGreeks(call[i], spot[i], strike[i], t[i], r[i], q[i], vol[i], one, 0);
            assertThat(prices[i]).isEqualTo(one[BlackScholesKernels.PRICE]);
            assertAgrees(buf, i, one);
        }
        assertThatThrownBy(() -> new GreeksBuffer(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    /**
     * The batch finishes some options apart from its SIMD-friendly passes (a far out-of-the-money
     * price needing the tail-factor series; a density that underflows): over seeded batches that
     * hit every regime, laid out in expiry runs like a chain and mixed, every output agrees with
     * the single-option kernel's as {@link #assertAgrees} requires.
     */
    @Test
    void batchAgreesWithSingleCallsInEveryRegime() {
        SplittableRandom rnd = new SplittableRandom(20261125L);
        double[] one = new double[BlackScholesKernels.SLOT_SIZE];
        int farTail = 0;
        int series = 0;
        for (int trial = 0; trial < 40; trial++) {
            int n = rnd.nextInt(1, 700);
            Batch b = new Batch(n);
            for (int i = 0; i < n; i++) {
                boolean newExpiry = i == 0 || rnd.nextInt(40) == 0 || trial % 4 == 0;
                b.t[i] = newExpiry ? Math.exp(rnd.nextDouble(Math.log(1.0 / (365 * 24)), Math.log(10))) : b.t[i - 1];
                b.r[i] = newExpiry ? rnd.nextDouble(-0.02, 0.1) : b.r[i - 1];
                b.q[i] = newExpiry ? rnd.nextDouble(0, 0.1) : b.q[i - 1];
                b.spot[i] = newExpiry || rnd.nextInt(10) == 0 ? rnd.nextDouble(1, 500) : b.spot[i - 1];
                b.call[i] = rnd.nextBoolean();
                b.strike[i] = b.spot[i] * Math.exp(rnd.nextDouble(-3, 3));
                b.vol[i] = Math.exp(rnd.nextDouble(Math.log(0.001), Math.log(3)));
                double s = b.vol[i] * Math.sqrt(b.t[i]);
                double h = (Math.log(b.spot[i] / b.strike[i]) + (b.r[i] - b.q[i]) * b.t[i]) / s;
                double d1 = h + 0.5 * s;
                if (Math.abs(d1) > 38.7) {
                    farTail++;
                } else if ((d1 <= 0 || d1 - s >= 0) && NormalDistribution.differenceNeedsSeries(Math.abs(h), 0.5 * s)) {
                    series++;
                }
            }
            GreeksBuffer buf = new GreeksBuffer(n + rnd.nextInt(3));
            BlackScholesKernels.greeksBatch(n, b.call, b.spot, b.strike, b.t, b.r, b.q, b.vol, buf);
            for (int i = 0; i < n; i++) {
                BlackScholesKernels.priceAndGreeks(b.call[i], b.spot[i], b.strike[i], b.t[i], b.r[i], b.q[i], b.vol[i],
                        one, 0);
                assertAgrees(buf, i, one);
            }
        }
        assertThat(farTail).as("options with an underflowing density").isGreaterThan(500);
        assertThat(series).as("options priced by the tail-factor series").isGreaterThan(500);
    }

    /**
     * The batch's outputs for option {@code i} against the single-option kernel's {@code one}. The
     * batch takes its logarithms from {@code PolynomialLog} and its tail factors from
     * {@code TailFactor}, the single option both from tables, each within 1 to 2 ulp: every output
     * must agree to 1e-11 relative (measured at most 8.0e-13, where |d1| nears 38 and one ulp of
     * d1 moves the density by d1² ulp); values below 1e-300 are compared absolutely, and a
     * NaN must be a NaN in both.
     */
    private static void assertAgrees(GreeksBuffer buf, int i, double[] one) {
        double[][] columns = {buf.price(), buf.delta(), buf.gamma(), buf.vega(), buf.theta(), buf.rho(),
            buf.vanna(), buf.volga(), buf.charm()};
        for (int k = 0; k < columns.length; k++) {
            double batch = columns[k][i];
            double single = one[k];
            String what = "option " + i + " quantity " + k + ": batch " + batch + ", single " + single;
            if (Double.isNaN(single) || Double.isNaN(batch)) {
                assertThat(Double.doubleToRawLongBits(batch)).as(what).isEqualTo(Double.doubleToRawLongBits(single));
            } else {
                assertThat(Math.abs(batch - single)).as(what)
                        .isLessThanOrEqualTo(1e-11 * Math.max(Math.abs(batch), Math.abs(single)) + 1e-300);
            }
        }
    }

    /** The input columns of a batch of {@code n} options, for the batch tests to fill. */
    private static final class Batch {
        final boolean[] call;
        final double[] spot;
        final double[] strike;
        final double[] t;
        final double[] r;
        final double[] q;
        final double[] vol;

        Batch(int n) {
            call = new boolean[n];
            spot = new double[n];
            strike = new double[n];
            t = new double[n];
            r = new double[n];
            q = new double[n];
            vol = new double[n];
        }
    }
}
