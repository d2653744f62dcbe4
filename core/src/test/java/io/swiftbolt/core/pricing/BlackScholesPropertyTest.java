package io.swiftbolt.core.pricing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.swiftbolt.core.math.Elementary;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants of the Black-Scholes-Merton kernels over seeded random inputs: put-call parity,
 * bounds and monotonicity, and every Greek against a central finite difference of the price (or
 * of delta, for the second-order Greeks). Each failure message carries the seed and the input.
 */
class BlackScholesPropertyTest {

    private static final int TRIALS = 2_000;

    /** A random, reasonable option: spot 100, strikes 40-250, 2 days-5 years, vol 5-150 %. */
    record Case(boolean call, double spot, double strike, double t, double r, double q, double vol) {
        static Case draw(SplittableRandom rnd) {
            double strike = 100 * Math.exp(rnd.nextDouble(-0.9, 0.9));
            double t = Math.exp(rnd.nextDouble(Math.log(2 / 365.0), Math.log(5)));
            double vol = Math.exp(rnd.nextDouble(Math.log(0.05), Math.log(1.5)));
            return new Case(rnd.nextBoolean(), 100, strike, t, rnd.nextDouble(-0.02, 0.10), rnd.nextDouble(-0.01, 0.06),
                    vol);
        }

        double price() {
            return BlackScholesKernels.price(call, spot, strike, t, r, q, vol);
        }

        double priceWith(double s, double tt, double rr, double qq, double v) {
            return BlackScholesKernels.price(call, s, strike, tt, rr, qq, v);
        }

        double[] greeks() {
            double[] out = new double[BlackScholesKernels.SLOT_SIZE];
            BlackScholesKernels.priceAndGreeks(call, spot, strike, t, r, q, vol, out, 0);
            return out;
        }

        double deltaWith(double s, double tt, double v) {
            double[] out = new double[BlackScholesKernels.SLOT_SIZE];
            BlackScholesKernels.priceAndGreeks(call, s, strike, tt, r, q, v, out, 0);
            return out[BlackScholesKernels.DELTA];
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20261124L, 7_777_777L})
    void putCallParityHolds(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < TRIALS; i++) {
            Case c = Case.draw(rnd);
            double call = BlackScholesKernels.price(true, c.spot, c.strike, c.t, c.r, c.q, c.vol);
            double put = BlackScholesKernels.price(false, c.spot, c.strike, c.t, c.r, c.q, c.vol);
            double forward = c.spot * Math.exp(-c.q * c.t) - c.strike * Math.exp(-c.r * c.t);
            double scale = c.spot + c.strike;
            check(Math.abs((call - put) - forward) <= 1e-13 * scale, seed, i, c,
                    "parity: C - P = " + (call - put) + ", S e^-qT - K e^-rT = " + forward);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 424242L})
    void deltaAndGammaAreBitIdenticalToTheFullKernel(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] dg = new double[2];
        for (int i = 0; i < TRIALS; i++) {
            Case c = Case.draw(rnd);
            if (i % 4 == 0) {
                // Far wings too, where the density underflows: strikes 1e-4 to 1e4 times spot.
                c = new Case(c.call, c.spot, c.spot * Math.exp(rnd.nextDouble(-9.2, 9.2)), c.t, c.r, c.q, c.vol * 0.2);
            }
            double[] full = c.greeks();
            BlackScholesKernels.deltaAndGamma(c.call, c.spot, c.strike, c.t, c.r, c.q, c.vol, Math.sqrt(c.t),
                    Elementary.exp(-c.q * c.t), dg, 0);
            check(Double.compare(dg[0], full[BlackScholesKernels.DELTA]) == 0
                    && Double.compare(dg[1], full[BlackScholesKernels.GAMMA]) == 0, seed, i, c,
                    "delta/gamma " + dg[0] + ", " + dg[1] + " vs " + full[BlackScholesKernels.DELTA] + ", "
                            + full[BlackScholesKernels.GAMMA]);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {2L, 99L})
    void pricesRespectNoArbitrageBounds(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < TRIALS; i++) {
            Case c = Case.draw(rnd);
            double p = c.price();
            double sd = c.spot * Math.exp(-c.q * c.t);
            double kd = c.strike * Math.exp(-c.r * c.t);
            double lower = c.call ? Math.max(sd - kd, 0) : Math.max(kd - sd, 0);
            double upper = c.call ? sd : kd;
            check(p >= lower * (1 - 1e-15) && p <= upper, seed, i, c,
                    "price " + p + " outside [" + lower + ", " + upper + "]");
            double higherVol = c.priceWith(c.spot, c.t, c.r, c.q, c.vol * 1.01);
            check(higherVol >= p, seed, i, c, "price must rise with vol: " + p + " -> " + higherVol);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 12345L, 424242L})
    void greeksMatchFiniteDifferences(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < TRIALS; i++) {
            Case c = Case.draw(rnd);
            double[] g = c.greeks();
            // Bumps scaled by the total volatility σ√T keep truncation error small for short, calm options.
            double hs = 1e-3 * c.spot * c.vol * Math.sqrt(c.t);
            double hv = 1e-5;
            double hr = 1e-6;
            double ht = Math.min(1e-6, c.t * 1e-3);
            double delta = (c.priceWith(c.spot + hs, c.t, c.r, c.q, c.vol)
                    - c.priceWith(c.spot - hs, c.t, c.r, c.q, c.vol)) / (2 * hs);
            double gamma = (c.priceWith(c.spot + hs, c.t, c.r, c.q, c.vol) - 2 * c.price()
                    + c.priceWith(c.spot - hs, c.t, c.r, c.q, c.vol)) / (hs * hs);
            double vega = (c.priceWith(c.spot, c.t, c.r, c.q, c.vol + hv)
                    - c.priceWith(c.spot, c.t, c.r, c.q, c.vol - hv)) / (2 * hv);
            double theta = -(c.priceWith(c.spot, c.t + ht, c.r, c.q, c.vol)
                    - c.priceWith(c.spot, c.t - ht, c.r, c.q, c.vol)) / (2 * ht);
            double rho = (c.priceWith(c.spot, c.t, c.r + hr, c.q, c.vol)
                    - c.priceWith(c.spot, c.t, c.r - hr, c.q, c.vol)) / (2 * hr);
            double vanna = (c.deltaWith(c.spot, c.t, c.vol + hv) - c.deltaWith(c.spot, c.t, c.vol - hv)) / (2 * hv);
            double volga = (c.priceWith(c.spot, c.t, c.r, c.q, c.vol + hv) - 2 * c.price()
                    + c.priceWith(c.spot, c.t, c.r, c.q, c.vol - hv)) / (hv * hv);
            double charm = -(c.deltaWith(c.spot, c.t + ht, c.vol) - c.deltaWith(c.spot, c.t - ht, c.vol)) / (2 * ht);

            near(g[BlackScholesKernels.PRICE], c.price(), 1e-13, 1e-14 * c.spot, "price", seed, i, c);
            near(g[BlackScholesKernels.DELTA], delta, 2e-5, 1e-8, "delta", seed, i, c);
            near(g[BlackScholesKernels.GAMMA], gamma, 1e-3, 1e-6, "gamma", seed, i, c);
            near(g[BlackScholesKernels.VEGA], vega, 1e-6, 1e-6, "vega", seed, i, c);
            near(g[BlackScholesKernels.THETA], theta, 1e-5, 1e-5, "theta", seed, i, c);
            near(g[BlackScholesKernels.RHO], rho, 1e-6, 1e-6, "rho", seed, i, c);
            near(g[BlackScholesKernels.VANNA], vanna, 1e-5, 1e-6, "vanna", seed, i, c);
            near(g[BlackScholesKernels.VOLGA], volga, 1e-3, 1e-3, "volga", seed, i, c);
            near(g[BlackScholesKernels.CHARM], charm, 1e-5, 1e-5, "charm", seed, i, c);
        }
    }

    private static void near(double actual, double expected, double rel, double abs, String what, long seed, int trial,
                             Case c) {
        double tol = Math.max(abs, rel * Math.abs(expected));
        check(Double.isFinite(actual) && Math.abs(actual - expected) <= tol, seed, trial, c,
                what + " = " + actual + ", finite difference " + expected + " (tolerance " + tol + ")");
    }

    private static void check(boolean ok, long seed, int trial, Case c, String message) {
        if (!ok) {
            fail("seed " + seed + " trial " + trial + " input " + c + ": " + message);
        }
        assertTrue(ok);
    }
}
