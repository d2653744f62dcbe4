package io.swiftbolt.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.core.math.Elementary;
import io.swiftbolt.core.options.OptionRight;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImpliedVolatilityTest {

    @Test
    void hullExampleRoundTrips() {
        BsmInputs in = new BsmInputs(OptionRight.CALL, 42, 40, 0.5, 0.10, 0.0);
        double price = BlackScholesMerton.price(in, 0.20);
        ImpliedVolResult r = ImpliedVolatility.of(in, price);
        assertThat(r.status()).isEqualTo(ImpliedVolStatus.OK);
        assertThat(r.volatility().getAsDouble()).isCloseTo(0.20, org.assertj.core.data.Offset.offset(1e-14));
    }

    /**
     * The grid of the reference vectors (deep ITM to far OTM, 1 day to 5 years, vol 1 % to 300 %,
     * negative rates): wherever the reference marks a vol identifiable, the solver returns OK and the
     * repriced vol reproduces the price to 1e-12 relative, within {@link ImpliedVolKernels#MAX_ITERATIONS}.
     */
    @Test
    void roundTripsOnTheReferenceGrid() {
        List<String> failures = new ArrayList<>();
        int identifiable = 0;
        int maxIterations = 0;
        long totalIterations = 0;
        double worstRel = 0;
        int[] it = new int[1];
        for (ReferenceVectors.Row row : ReferenceVectors.read("iv_grid.csv")) {
            if (row.d("identifiable") != 1) {
                continue;
            }
            identifiable++;
            boolean call = row.call();
            double spot = row.d("spot");
            double strike = row.d("strike");
            double t = row.d("T");
            double r = row.d("r");
            double q = row.d("q");
            // Invert our own price so that the round trip measures the solver alone.
            double price = BlackScholesKernels.price(call, spot, strike, t, r, q, row.d("vol"));
            double vol = ImpliedVolKernels.impliedVol(call, price, spot, strike, t, r, q, it);
            double factored = ImpliedVolKernels.impliedVol(call, price, spot, strike, t, r, q, Math.sqrt(t),
                    Elementary.exp(-q * t), Elementary.exp(-r * t));
            if (Double.compare(factored, vol) != 0) {
                failures.add(row + ": expiry-factored overload gave " + factored + ", not " + vol);
            }
            maxIterations = Math.max(maxIterations, it[0]);
            totalIterations += it[0];
            if (!(vol > 0)) {
                failures.add(row + ": status " + ImpliedVolStatus.ofKernelResult(vol));
                continue;
            }
            double back = BlackScholesKernels.price(call, spot, strike, t, r, q, vol);
            double rel = Math.abs(back - price) / price;
            worstRel = Math.max(worstRel, rel);
            if (rel > 1e-12) {
                failures.add(row + ": repriced " + back + " vs " + price + " rel " + rel);
            }
        }
        assertThat(identifiable).isGreaterThan(3000);
        assertThat(failures).as("round-trip failures").isEmpty();
        assertThat(maxIterations).isLessThanOrEqualTo(12);
        System.out.printf("IV round trip: %d identifiable points, mean %.2f iterations, max %d, worst price "
                + "round trip %.2e relative%n", identifiable, (double) totalIterations / identifiable, maxIterations,
                worstRel);
    }

    @Test
    void recoversTheReferenceVolatilityFromReferencePrices() {
        // From mpmath prices (not ours): the recovered vol reprices to the reference within 1e-10.
        int checked = 0;
        for (ReferenceVectors.Row row : ReferenceVectors.read("iv_grid.csv")) {
            if (row.d("identifiable") != 1) {
                continue;
            }
            double price = row.d("price");
            double vol = ImpliedVolKernels.impliedVol(row.call(), price, row.d("spot"), row.d("strike"), row.d("T"),
                    row.d("r"), row.d("q"));
            assertThat(vol).as("%s", row).isPositive();
            double back = BlackScholesKernels.price(row.call(), row.d("spot"), row.d("strike"), row.d("T"), row.d("r"),
                    row.d("q"), vol);
            assertThat(Math.abs(back - price) / price).as("%s", row).isLessThanOrEqualTo(1e-10);
            checked++;
        }
        assertThat(checked).isGreaterThan(3000);
    }

    @Test
    void noSolutionCasesReturnTheirStatus() {
        int n = 0;
        for (ReferenceVectors.Row row : ReferenceVectors.read("iv_cases.csv")) {
            BsmInputs in = new BsmInputs(row.call() ? OptionRight.CALL : OptionRight.PUT, row.d("spot"),
                    row.d("strike"), row.d("T"), row.d("r"), row.d("q"));
            if (row.d("price") < 0) {
                // A negative price is misuse, not a market outcome: the typed API rejects it.
                assertThatThrownBy(() -> ImpliedVolatility.of(in, row.d("price")))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
                assertThat(ImpliedVolKernels.impliedVol(in.call(), row.d("price"), in.spot(), in.strike(),
                        in.timeToExpiry(), in.rate(), in.dividendYield())).isEqualTo(ImpliedVolKernels.BELOW_INTRINSIC);
                n++;
                continue;
            }
            ImpliedVolResult r = ImpliedVolatility.of(in, row.d("price"));
            assertThat(r.status().code()).as("%s", row).isEqualTo(row.s("expected_status"));
            assertThat(r.volatility()).isEmpty();
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        // right, spot, strike, T, r, q, price, expected status
        "CALL, 100, 80, 1, 0, 0, 19.99, below_intrinsic",
        "PUT, 100, 120, 1, 0, 0, 19.5, below_intrinsic",
        "CALL, 100, 80, 1, 0, 0, 100, above_upper_bound",
        "CALL, 100, 80, 1, 0, 0, 150, above_upper_bound",
        "PUT, 100, 120, 1, 0, 0, 120, above_upper_bound",
        "CALL, 100, 80, 1, 0, 0, 20, not_identifiable",
        "CALL, 100, 150, 1, 0, 0, 0, not_identifiable",
        "PUT, 100, 50, 0.01, 0, 0, 0, not_identifiable",
    })
    void statusesForPricesWithoutAVolatility(OptionRight right, double spot, double strike, double t, double r,
                                             double q, double price, String expected) {
        ImpliedVolResult res = ImpliedVolatility.of(new BsmInputs(right, spot, strike, t, r, q), price);
        assertThat(res.status().code()).isEqualTo(expected);
        assertThat(res.volatility()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5L, 31337L, 2026L})
    void randomRoundTrips(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] it = new int[1];
        for (int i = 0; i < 5_000; i++) {
            boolean call = rnd.nextBoolean();
            double strike = 100 * Math.exp(rnd.nextDouble(-1.5, 1.5));
            double t = Math.exp(rnd.nextDouble(Math.log(1 / 365.0), Math.log(5)));
            double vol = Math.exp(rnd.nextDouble(Math.log(0.01), Math.log(3)));
            double r = rnd.nextDouble(-0.02, 0.1);
            double q = rnd.nextDouble(-0.01, 0.05);
            double price = BlackScholesKernels.price(call, 100, strike, t, r, q, vol);
            double v = ImpliedVolKernels.impliedVol(call, price, 100, strike, t, r, q, it);
            String input = "seed " + seed + " trial " + i + ": call=" + call + " K=" + strike + " T=" + t + " vol="
                    + vol + " r=" + r + " q=" + q + " price=" + price;
            if (v > 0) {
                double back = BlackScholesKernels.price(call, 100, strike, t, r, q, v);
                double tol = price > 1e-250 ? 1e-12 : 1e-10;
                assertThat(Math.abs(back - price) / price).as(input).isLessThanOrEqualTo(tol);
                assertThat(it[0]).as(input).isLessThanOrEqualTo(ImpliedVolKernels.MAX_ITERATIONS);
            } else {
                // Only a price without information may fail: zero or subnormal, or time value lost
                // under the intrinsic.
                double sd = 100 * Math.exp(-q * t);
                double kd = strike * Math.exp(-r * t);
                double intrinsic = Math.max(call ? sd - kd : kd - sd, 0);
                assertThat(v).as(input).isEqualTo(ImpliedVolKernels.NOT_IDENTIFIABLE);
                assertThat(price - intrinsic).as(input).isLessThanOrEqualTo(Math.max(1e-12 * price, Double.MIN_NORMAL));
            }
        }
    }

    @Test
    void rejectsBadArguments() {
        BsmInputs in = new BsmInputs(OptionRight.PUT, 100, 100, 1, 0.01, 0);
        assertThatThrownBy(() -> ImpliedVolatility.of(in, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price").hasMessageContaining("NaN");
        assertThatThrownBy(() -> ImpliedVolatility.of(in, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price").hasMessageContaining("-1");
        assertThatThrownBy(() -> ImpliedVolatility.of(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputs");
    }

    @Test
    void batchMatchesSingleCalls() {
        SplittableRandom rnd = new SplittableRandom(17);
        int n = 500;
        boolean[] call = new boolean[n];
        double[] price = new double[n];
        double[] spot = new double[n];
        double[] strike = new double[n];
        double[] t = new double[n];
        double[] r = new double[n];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            call[i] = rnd.nextBoolean();
            spot[i] = 100;
            strike[i] = rnd.nextDouble(50, 150);
            t[i] = rnd.nextDouble(0.05, 2);
            r[i] = 0.03;
            q[i] = 0.01;
            price[i] = BlackScholesKernels.price(call[i], spot[i], strike[i], t[i], r[i], q[i], rnd.nextDouble(0.1, 0.8));
        }
        double[] out = new double[n];
        ImpliedVolKernels.impliedVolBatch(n, call, price, spot, strike, t, r, q, out);
        for (int i = 0; i < n; i++) {
            assertThat(out[i]).isEqualTo(ImpliedVolKernels.impliedVol(call[i], price[i], spot[i], strike[i], t[i], r[i],
                    q[i]));
        }
    }

    /**
     * The per-expiry kernel, which solves a block's options in interleaved rounds, gives every
     * option exactly what the single-option kernel gives: over seeded random expiries with
     * solvable prices, prices below intrinsic and above the upper bound, zero time value, NaN (no
     * quote), index ranges that do not start at 0, more than one block, and in place.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 77L, 20261125L})
    void sameExpiryRoundsAreBitIdenticalToSingleSolves(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] work = new double[ImpliedVolKernels.WORK_SIZE];
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + rnd.nextInt(200);
            int from = rnd.nextInt(5);
            int to = from + n;
            double spot = 100 * Math.exp(rnd.nextDouble(-1, 1));
            double t = Math.exp(rnd.nextDouble(Math.log(1 / 365.0), Math.log(10)));
            double r = rnd.nextDouble(-0.02, 0.08);
            double q = rnd.nextDouble(-0.01, 0.05);
            boolean[] call = new boolean[to];
            double[] strike = new double[to];
            double[] price = new double[to];
            for (int i = from; i < to; i++) {
                call[i] = rnd.nextBoolean();
                strike[i] = spot * Math.exp(rnd.nextDouble(-2, 2));
                double vol = Math.exp(rnd.nextDouble(Math.log(0.01), Math.log(3)));
                double p = BlackScholesKernels.price(call[i], spot, strike[i], t, r, q, vol);
                price[i] = switch (rnd.nextInt(10)) {
                    case 0 -> Double.NaN;
                    case 1 -> 0.5 * p;
                    case 2 -> call[i] ? spot * 2 : strike[i] * 2;
                    case 3 -> 0.0;
                    default -> p;
                };
            }
            double[] out = new double[to];
            ImpliedVolKernels.impliedVolSameExpiry(from, to, call, price, strike, spot, t, r, q, out, work);
            double[] inPlace = price.clone();
            ImpliedVolKernels.impliedVolSameExpiry(from, to, call, inPlace, strike, spot, t, r, q, inPlace, work);
            for (int i = from; i < to; i++) {
                double single = ImpliedVolKernels.impliedVol(call[i], price[i], spot, strike[i], t, r, q);
                assertThat(Double.doubleToRawLongBits(out[i])).as("seed %d trial %d option %d", seed, trial, i)
                        .isEqualTo(Double.doubleToRawLongBits(single));
                assertThat(Double.doubleToRawLongBits(inPlace[i])).as("in place, seed %d trial %d option %d", seed,
                        trial, i).isEqualTo(Double.doubleToRawLongBits(single));
            }
            for (int i = 0; i < from; i++) {
                assertThat(out[i]).as("untouched below from").isEqualTo(0.0);
            }
        }
    }
    /**
     * As above on chain-like expiries, where calls and puts share strikes (and with them the
     * strike's geometry the kernel keeps between consecutive options) and the same scratch array
     * serves expiries with different spots and times one after the other: still bit-identical to
     * single solves. The overload that also writes delta and gamma gives the same volatilities, and
     * wherever it finds one the delta and gamma of {@link BlackScholesKernels#deltaAndGamma} at it,
     * bit for bit; elsewhere it leaves them untouched.
     */
    @ParameterizedTest
    @ValueSource(longs = {2L, 808L, 4711L})
    void sameExpiryRoundsWithSharedStrikesAreBitIdenticalToSingleSolves(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] work = new double[ImpliedVolKernels.WORK_SIZE];
        int n = 0;
        boolean[] call = new boolean[0];
        double[] strike = new double[0];
        for (int trial = 0; trial < 30; trial++) {
            double spot = 100 * Math.exp(rnd.nextDouble(-0.5, 0.5));
            double t = Math.exp(rnd.nextDouble(Math.log(1 / 365.0), Math.log(3)));
            double r = rnd.nextDouble(-0.01, 0.06);
            double q = rnd.nextDouble(0, 0.04);
            // every other trial keeps the previous strikes: the kernel must not reuse their geometry
            boolean newStrikes = trial % 2 == 0;
            if (newStrikes) {
                n = 2 + rnd.nextInt(240);
                call = new boolean[n];
                strike = new double[n];
            }
            double[] price = new double[n];
            double k = spot * Math.exp(rnd.nextDouble(-1.5, -0.5));
            for (int i = 0; i < n; i++) {
                if (!newStrikes) {
                    // keep strike[i] and call[i]
                } else if (i > 0 && rnd.nextInt(3) > 0) {
                    strike[i] = strike[i - 1];
                    call[i] = !call[i - 1];
                } else {
                    k *= Math.exp(rnd.nextDouble(0.001, 0.05));
                    strike[i] = k;
                    call[i] = rnd.nextBoolean();
                }
                double m = Math.log(strike[i] / spot);
                double vol = Math.max(0.02, rnd.nextDouble(0.1, 0.4) + 0.5 * m * m + rnd.nextDouble(-0.02, 0.02));
                double p = BlackScholesKernels.price(call[i], spot, strike[i], t, r, q, vol);
                price[i] = rnd.nextInt(12) == 0 ? Double.NaN : p;
            }
            double[] out = new double[n];
            ImpliedVolKernels.impliedVolSameExpiry(0, n, call, price, strike, spot, t, r, q, out, work);
            double[] withGreeks = new double[n];
            double[] delta = new double[n];
            double[] gamma = new double[n];
            java.util.Arrays.fill(delta, 7.0);
            java.util.Arrays.fill(gamma, 7.0);
            ImpliedVolKernels.impliedVolSameExpiry(0, n, call, price, strike, spot, t, r, q, withGreeks, delta, gamma,
                    work);
            double[] expected = new double[2];
            for (int i = 0; i < n; i++) {
                double single = ImpliedVolKernels.impliedVol(call[i], price[i], spot, strike[i], t, r, q);
                assertThat(Double.doubleToRawLongBits(out[i])).as("seed %d trial %d option %d", seed, trial, i)
                        .isEqualTo(Double.doubleToRawLongBits(single));
                assertThat(Double.doubleToRawLongBits(withGreeks[i])).as("with greeks, seed %d trial %d option %d",
                        seed, trial, i).isEqualTo(Double.doubleToRawLongBits(single));
                if (single > 0) {
                    BlackScholesKernels.deltaAndGamma(call[i], spot, strike[i], t, r, q, single, Math.sqrt(t),
                            Elementary.exp(-q * t), expected, 0);
                    assertThat(Double.doubleToRawLongBits(delta[i])).as("delta, seed %d trial %d option %d", seed,
                            trial, i).isEqualTo(Double.doubleToRawLongBits(expected[0]));
                    assertThat(Double.doubleToRawLongBits(gamma[i])).as("gamma, seed %d trial %d option %d", seed,
                            trial, i).isEqualTo(Double.doubleToRawLongBits(expected[1]));
                } else {
                    assertThat(delta[i]).as("untouched delta, option %d", i).isEqualTo(7.0);
                    assertThat(gamma[i]).as("untouched gamma, option %d", i).isEqualTo(7.0);
                }
            }
        }
    }
}
