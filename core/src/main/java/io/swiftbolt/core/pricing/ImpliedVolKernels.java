package io.swiftbolt.core.pricing;

import static io.swiftbolt.core.math.NormalDistribution.INV_SQRT_2PI;
import static io.swiftbolt.core.math.NormalDistribution.SQRT_2PI;
import static io.swiftbolt.core.math.NormalDistribution.tailFactor;
import static io.swiftbolt.core.math.NormalDistribution.tailFactorDifference;

import io.swiftbolt.core.math.Elementary;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * Black-Scholes-Merton implied volatility kernels, after the structure of Peter Jäckel's
 * "Let's Be Rational" (Wilmott, 2015): the price is normalised and reduced to an out-of-the-money
 * call, the volatility axis is split at the inflection point {@code s_c = √(2|x|)}, and each side
 * is solved by third-order Householder iterations on an objective that is nearly linear there:
 * {@code 1/ln b(s)} below the inflection point and {@code ln(b_max − b(s))} above it. The normalised
 * price and its complement are formed from tail factors (scaled complementary error functions)
 * without cancellation, so prices down to 1e-300 are inverted. The initial guesses are the
 * leading-order asymptotics of each side (exact at the money); the iteration count is bounded by
 * {@link #MAX_ITERATIONS} and is two to four in practice.
 *
 * <p><b>Result encoding.</b> For speed the kernels return a {@code double}: a positive number is
 * the annualized implied volatility (decimal); a negative number is one of the status codes
 * {@link #BELOW_INTRINSIC}, {@link #ABOVE_UPPER_BOUND}, {@link #NOT_IDENTIFIABLE}. The typed
 * {@link ImpliedVolatility} maps these to {@link ImpliedVolStatus}.
 *
 * <p>Conventions as in {@link BlackScholesKernels}: years, decimal rates, continuous yields.
 * Arguments are not validated here. Static, allocation-free (the single-option solver keeps an
 * eight-double state block per thread), thread-safe.
 */
public final class ImpliedVolKernels {

    /** Status code: the price is below the discounted intrinsic value, no volatility exists. */
    public static final double BELOW_INTRINSIC = -1.0;
    /**
     * Status code: the price is at or above the upper bound (a call's discounted spot
     * {@code S e^(−qt)}, a put's discounted strike {@code K e^(−rt)}), no volatility exists.
     */
    public static final double ABOVE_UPPER_BOUND = -2.0;
    /**
     * Status code: the price carries no volatility information in double precision (its time value
     * is zero, subnormal, or lost in rounding of the intrinsic value, or it is indistinguishable
     * from the upper bound).
     */
    public static final double NOT_IDENTIFIABLE = -3.0;

    /** The most Householder iterations the solver performs. */
    public static final int MAX_ITERATIONS = 32;

    private static final double HALF_LN_2PI = 0.9189385332046728;
    private static final double TWO_SQRT2 = 2.8284271247461903;
    private static final double FINAL_STEP = 3e-4;
    private static final double NOISE_LEVEL = 1e-12;
    /**
     * β / b(s_c) above which the lower branch starts from the Taylor model at s_c. Measured on the
     * reference grid (5,688 points), mean Householder evaluations: asymptotics only 2.44 (max 8);
     * switch at 0.3: 2.18; 0.05: 1.99; 0.01: 1.93 (max 3); 0.002: 1.95; Taylor only: 2.36.
     */
    private static final double TAYLOR_SWITCH = 0.01;

    /** Options per block of {@link #impliedVolSameExpiry}. */
    public static final int BATCH_BLOCK = 64;
    /** Solver state per option: its slots (eight, one cache line). */
    private static final int S = 0;
    private static final int LO = 1;
    private static final int HI = 2;
    private static final int PREVIOUS = 3;
    private static final int X = 4;
    private static final int TARGET = 5;
    private static final int UPPER = 6;
    private static final int STATE = 8;
    /** Scratch doubles {@link #impliedVolSameExpiry} needs. */
    public static final int WORK_SIZE = STATE * BATCH_BLOCK;
    /**
     * The single-option solver's state block, one per thread, so that the set-up and iteration it
     * shares with {@link #impliedVolSameExpiry} need no allocation (a fresh array per call was only
     * sometimes removed by the JIT's escape analysis).
     */
    private static final ThreadLocal<double[]> SINGLE_STATE = ThreadLocal.withInitial(() -> new double[STATE]);
    /** {@code prepare} result: the state is set up, iterate. */
    private static final double READY = 0.0;
    /** Branch slot value of a finished option in a batch. */
    private static final double DONE = -1.0;

    private ImpliedVolKernels() {
    }

    /**
     * The implied volatility of a European option price.
     *
     * @param call   true for a call
     * @param price  the option price per unit of underlying
     * @param spot   underlying price &gt; 0
     * @param strike strike &gt; 0
     * @param t      years to expiry &gt; 0
     * @param r      risk-free rate (decimal)
     * @param q      dividend yield (decimal)
     * @return the volatility (&gt; 0), or a negative status code
     */
    public static double impliedVol(boolean call, double price, double spot, double strike, double t, double r,
                                    double q) {
        return solve(call, price, spot, strike, t, r, q, null);
    }

    /**
     * As {@link #impliedVol}, also reporting the number of Householder iterations used (zero for a
     * status result) in {@code iterations[0]}. For tests and diagnostics.
     *
     * @param call       true for a call
     * @param price      the option price
     * @param spot       underlying price
     * @param strike     strike
     * @param t          years to expiry
     * @param r          risk-free rate
     * @param q          dividend yield
     * @param iterations one-element array receiving the iteration count
     * @return the volatility, or a negative status code
     */
    public static double impliedVol(boolean call, double price, double spot, double strike, double t, double r,
                                    double q, int[] iterations) {
        return solve(call, price, spot, strike, t, r, q, iterations);
    }

    /**
     * Implied volatilities of a batch in one call: {@code out[i] = impliedVol(call[i], price[i], …)}
     * (volatility or negative status code). No allocation.
     *
     * @param n      number of options
     * @param call   rights
     * @param price  prices
     * @param spot   spots
     * @param strike strikes
     * @param t      years to expiry
     * @param r      rates
     * @param q      dividend yields
     * @param out    volatilities or status codes, written
     */
    public static void impliedVolBatch(int n, boolean[] call, double[] price, double[] spot, double[] strike,
                                       double[] t, double[] r, double[] q, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = solve(call[i], price[i], spot[i], strike[i], t[i], r[i], q[i], null);
        }
    }

    /**
     * {@link #impliedVol(boolean, double, double, double, double, double, double)} with the expiry's
     * {@code √t}, {@code e^(−qt)} and {@code e^(−rt)} supplied, so that a chain computes them once
     * per expiry rather than once per option. Given {@code Math.sqrt(t)}, {@code Elementary.exp(-q * t)}
     * and {@code Elementary.exp(-r * t)}, the result is bit-identical. No allocation; arguments are not
     * validated.
     *
     * @param call  true for a call
     * @param price the option price
     * @param spot  underlying price
     * @param strike strike
     * @param t     years to expiry
     * @param r     risk-free rate
     * @param q     dividend yield
     * @param sqrtT {@code √t}
     * @param dq    {@code e^(−qt)}
     * @param dr    {@code e^(−rt)}
     * @return the volatility, or a negative status code
     */
    public static double impliedVol(boolean call, double price, double spot, double strike, double t, double r,
                                    double q, double sqrtT, double dq, double dr) {
        return solve(call, price, spot, strike, t, r, q, sqrtT, dq, dr, null);
    }

    private static double solve(boolean call, double price, double spot, double strike, double t, double r,
                                double q, int[] iterations) {
        return solve(call, price, spot, strike, t, r, q, Math.sqrt(t), Elementary.exp(-q * t), Elementary.exp(-r * t),
                iterations);
    }

    private static double solve(boolean call, double price, double spot, double strike, double t, double r,
                                double q, double sqrtT, double dq, double dr, int[] iterations) {
        // this thread's state block: no allocation, and the same iteration as the per-expiry rounds
        double[] state = SINGLE_STATE.get();
        double code = prepare(call, price, spot, strike, t, r, q, dq, dr, state, 0);
        int it = 0;
        if (code == READY) {
            while (it < MAX_ITERATIONS) {
                it++;
                if (iterate(state, 0)) {
                    break;
                }
            }
            code = result(state[S], sqrtT);
        }
        if (iterations != null) {
            iterations[0] = it;
        }
        return code;
    }

    /**
     * Implied volatilities of options that share one expiry, spot, rate and yield (one expiry of a
     * chain): {@code out[i]} for {@code from ≤ i < to}, a volatility or a negative status code, each
     * bit-identical to {@link #impliedVol(boolean, double, double, double, double, double, double)}
     * on the same option. The options are solved in rounds, blocks of {@value #BATCH_BLOCK} at a
     * time: every option's set-up first, then one Householder iteration of every unfinished option
     * per round. One option's solve is a chain of dependent steps (its next iterate needs the
     * last); interleaving independent options lets the processor overlap them. A price of NaN
     * (no quote) gives {@link #NOT_IDENTIFIABLE}. {@code out} may be {@code price} itself (each
     * price is read before its result is written). No allocation; arguments are not validated.
     *
     * @param from   first index
     * @param to     one past the last index
     * @param call   rights
     * @param price  option prices per unit of underlying
     * @param spot   underlying price
     * @param t      years to expiry
     * @param r      risk-free rate (decimal)
     * @param q      dividend yield (decimal)
     * @param out    volatilities or status codes, written at the same indices
     * @param work   scratch of at least {@link #WORK_SIZE} doubles, overwritten
     */
    public static void impliedVolSameExpiry(int from, int to, boolean[] call, double[] price, double[] strike,
                                            double spot, double t, double r, double q, double[] out,
                                            double[] work) {
        double sqrtT = Math.sqrt(t);
        double dq = Elementary.exp(-q * t);
        double dr = Elementary.exp(-r * t);
        for (int start = from; start < to; start += BATCH_BLOCK) {
            int m = Math.min(BATCH_BLOCK, to - start);
            int pending = 0;
            for (int k = 0; k < m; k++) {
                int i = start + k;
                double code = prepare(call[i], price[i], spot, strike[i], t, r, q, dq, dr, work, k * STATE);
                if (code == READY) {
                    pending++;
                } else {
                    out[i] = code;
                    work[k * STATE + UPPER] = DONE;
                }
            }
            for (int round = 0; round < MAX_ITERATIONS && pending > 0; round++) {
                for (int k = 0; k < m; k++) {
                    int base = k * STATE;
                    if (work[base + UPPER] != DONE && iterate(work, base)) {
                        out[start + k] = result(work[base + S], sqrtT);
                        work[base + UPPER] = DONE;
                        pending--;
                    }
                }
            }
            if (pending > 0) {
                // out of iterations: the last iterate, as the single-option solver returns it
                for (int k = 0; k < m; k++) {
                    int base = k * STATE;
                    if (work[base + UPPER] != DONE) {
                        out[start + k] = result(work[base + S], sqrtT);
                    }
                }
            }
        }
    }

    /** The volatility from the solved total volatility s, or NOT_IDENTIFIABLE when there is none. */
    private static double result(double s, double sqrtT) {
        if (!(s > 0) || s == Double.POSITIVE_INFINITY) {
            return NOT_IDENTIFIABLE;
        }
        return s / sqrtT;
    }

    /**
     * Checks the price against its bounds, normalises it to an out-of-the-money call and writes the
     * solver's starting state into {@code state[base …]}: returns {@link #READY} when there is
     * something to iterate, otherwise the status code.
     */
    private static double prepare(boolean call, double price, double spot, double strike, double t, double r,
                                  double q, double dq, double dr, double[] state, int base) {
        double sd = spot * dq;
        double kd = strike * dr;
        double intrinsic = call ? Math.max(sd - kd, 0.0) : Math.max(kd - sd, 0.0);
        double upper = call ? sd : kd;
        if (price < intrinsic) {
            return BELOW_INTRINSIC;
        }
        if (price >= upper) {
            return ABOVE_UPPER_BOUND;
        }
        double timeValue = price - intrinsic;
        // Time value lost in the rounding of the price, or subnormal (fewer than 53 significant
        // bits): nothing reliable left to invert.
        if (timeValue <= 2 * Math.ulp(price) || timeValue < Double.MIN_NORMAL) {
            return NOT_IDENTIFIABLE;
        }
        double x = Elementary.log(spot / strike) + (r - q) * t;
        double beta = timeValue / Math.sqrt(sd * kd);
        return prepareNormalised(-Math.abs(x), beta, state, base) ? READY : NOT_IDENTIFIABLE;
    }

    /**
     * Sets up {@code b(x, s) = beta} for the total volatility {@code s = σ√t}, where
     * {@code b(x, s) = e^(x/2) Φ(x/s + s/2) − e^(−x/2) Φ(x/s − s/2)} is the normalised
     * out-of-the-money call ({@code x ≤ 0}): the branch, its objective's target and the start.
     *
     * @return false when no solution exists in double precision
     */
    private static boolean prepareNormalised(double x, double beta, double[] state, int base) {
        double bMax = Elementary.exp(0.5 * x);
        if (!(beta > 0) || beta >= bMax) {
            return false;
        }
        double sc = Math.sqrt(-2 * x);
        // At s_c, d1 = 0 and b = bMax·(1/2 − g(s_c)).
        double bc = bMax * (0.5 - tailFactor(sc));
        state[base + X] = x;
        state[base + PREVIOUS] = Double.POSITIVE_INFINITY;
        if (beta <= bc) {
            lowerBranch(x, beta, sc, bMax, bc, state, base);
        } else {
            upperBranch(x, beta, bMax, sc, state, base);
        }
        return true;
    }

    /**
     * Below the inflection point: objective f(s) = 1/ln b(s) − 1/ln β. The start comes from one of
     * two models: near the inflection point {@code s_c} (where b'' = 0 and b''' / b' = −1) the cubic
     * Taylor model {@code b ≈ b_c + b'(s_c)(δ − δ³/6)}, δ = s − s_c, inverted by series reversion;
     * far below it the small-s asymptotics of ln b.
     */
    private static void lowerBranch(double x, double beta, double sc, double bMax, double bc, double[] state,
                                    int base) {
        double lnBeta = Elementary.log(beta);
        double s;
        if (beta >= TAYLOR_SWITCH * bc) {
            double y = (beta - bc) / (bMax * INV_SQRT_2PI);   // b'(s_c) = e^(x/2) φ(0)
            double y2 = y * y;
            s = sc + y * (1 + y2 * (1.0 / 6 + y2 / 12));
        } else {
            double ax = -x;
            // Leading-order asymptotics: ln b ≈ −x²/(2s²) + 3 ln s − 2 ln|x| − ln√(2π).
            s = ax / Math.sqrt(-2 * lnBeta);
            double constant = -lnBeta - 2 * Elementary.log(ax) - HALF_LN_2PI;
            for (int k = 0; k < 2; k++) {
                double rhs = constant + 3 * Elementary.log(s);
                if (!(rhs > 0)) {
                    break;
                }
                s = ax / Math.sqrt(2 * rhs);
            }
        }
        if (!(s > 0 && s < sc)) {
            s = 0.5 * sc;
        }
        state[base + UPPER] = 0.0;
        state[base + TARGET] = 1.0 / lnBeta;
        state[base + S] = s;
        state[base + LO] = 0;
        state[base + HI] = sc;
    }

    /** Above the inflection point: objective f(s) = ln(b_max − b(s)) − ln(b_max − β). */
    private static void upperBranch(double x, double beta, double bMax, double sc, double[] state, int base) {
        double cBeta = bMax - beta;
        // Leading order: b_max − b ≈ (e^(x/2) + e^(−x/2))·Φ(−s/2), exact at the money.
        double p = cBeta / (bMax + 1.0 / bMax);
        double s = TWO_SQRT2 * InverseErfc.value(2 * p);
        if (!(s > sc) || s == Double.POSITIVE_INFINITY) {
            s = sc > 0 ? 2 * sc : 1.0;
        }
        state[base + UPPER] = 1.0;
        state[base + TARGET] = Elementary.log(cBeta);
        state[base + S] = s;
        state[base + LO] = sc;
        state[base + HI] = Double.POSITIVE_INFINITY;
    }

    /**
     * One Householder iteration on the state at {@code base}: the step on the branch's objective,
     * the bracket (lo, hi) updated by the step's sign (the objective's), then either convergence
     * or the next iterate. Both the single-option solver and the rounds of
     * {@link #impliedVolSameExpiry} iterate with it.
     *
     * @return true when converged: {@code state[base + S]} is then the solution
     */
    private static boolean iterate(double[] state, int base) {
        double s = state[base + S];
        double step = step(state[base + UPPER] != 0.0, state[base + X], s, state[base + TARGET]);
        if (step > 0) {
            state[base + LO] = s;
        } else {
            state[base + HI] = s;
        }
        if (converged(step, state[base + PREVIOUS], s)) {
            state[base + S] = s + step;
            return true;
        }
        state[base + PREVIOUS] = step;
        state[base + S] = next(s, step, state[base + LO], state[base + HI]);
        return false;
    }

    /**
     * The next iterate: {@code s + step} inside the bracket (lo, hi) around the root, otherwise
     * bisection (or doubling while unbounded above), which always progresses.
     */
    private static double next(double s, double step, double lo, double hi) {
        double next = s + step;
        if (!(next > lo && next < hi)) {
            next = hi == Double.POSITIVE_INFINITY ? 2 * lo : 0.5 * (lo + hi);
        }
        return next;
    }

    /*
     * The two objectives, both decreasing in s, with h = x/s and t = s/2:
     *   lower: f(s) = 1/ln b(s) − target, target = 1/ln β, with ln b = −(h² + t²)/2 + ln(g(−d1) − g(−d2))
     *          formed without b itself;
     *   upper: f(s) = ln(b_max − b(s)) − target, target = ln(b_max − β), with
     *          ln(b_max − b) = −(h² + t²)/2 + ln(g(d1) + g(−d2)), no cancellation.
     * The ratios b''/b' = x²/s³ − s/4 and b'''/b' = (b''/b')² − 3x²/s⁴ − 1/4 are closed forms. Each
     * returns the third-order Householder step, which has the sign of f (f/f' scaled by a positive
     * factor); where the Householder correction factor is not positive (far from the root) the step
     * would point away from the root, and ±∞ with f's sign is returned instead, which sends the
     * caller to bisection.
     */

    /** The Householder step at s on the branch's objective (see above). */
    private static double step(boolean upper, double x, double s, double target) {
        // One reciprocal per iteration instead of divisions on the iteration's critical path.
        double invS = 1.0 / s;
        double h = x * invS;
        double tt = 0.5 * s;
        double x2InvS3 = x * x * invS * invS * invS;
        double r2 = x2InvS3 - 0.25 * s;
        double r3 = r2 * r2 - 3 * x2InvS3 * invS - 0.25;
        return upper ? upperStep(h, tt, r2, r3, target) : lowerStep(h, tt, r2, r3, target);
    }

    /** The upper objective's step, from h = x/s, tt = s/2, r2 = b''/b' and r3 = b'''/b'. */
    private static double upperStep(double h, double tt, double r2, double r3, double target) {
        double sum = tailFactor(h + tt) + tailFactor(tt - h);
        double f = -0.5 * (h * h + tt * tt) + Elementary.log(sum) - target;
        double mu = INV_SQRT_2PI / sum;         // b'/(b_max − b)
        double nu = f * sum * SQRT_2PI;         // f/mu
        return householder(nu, mu + r2, 2 * mu * mu + 3 * mu * r2 + r3);
    }

    /** The lower objective's step, from h = x/s, tt = s/2, r2 = b''/b' and r3 = b'''/b'. */
    private static double lowerStep(double h, double tt, double r2, double r3, double target) {
        double diff = tailFactorDifference(-h, tt);
        double l = -0.5 * (h * h + tt * tt) + Elementary.log(diff);
        // one division for both 1/l and λ/l, where λ = b'/b = φ(0)/diff
        double invDiffL = 1.0 / (diff * l);
        double f = diff * invDiffL - target;
        double nu = f * l * l * diff * SQRT_2PI;       // f·l²/λ
        double lambdaInvL = INV_SQRT_2PI * invDiffL;
        double h2 = -(2 + l) * lambdaInvL + r2;
        double h3 = 2 * (l * l + 3 * l + 3) * lambdaInvL * lambdaInvL - 3 * (2 + l) * lambdaInvL * r2 + r3;
        return householder(nu, h2, h3);
    }

    /**
     * Converged when the step just taken is below {@link #FINAL_STEP} (the Householder step
     * converges with order four, so after a step of relative size 3e-4 the remaining error is of
     * order 1e-14 or below: the step is applied and no further evaluation is needed), or when steps
     * are small but no longer shrinking, i.e. rounding noise in the objective has taken over.
     * Measured on the 5,688-point reference grid (mean evaluations / worst price round trip):
     * 1e-4: 1.93 / 3.08e-13; 3e-4: 1.85 / 3.08e-13; 5e-4: 1.80 / 6.0e-13; 1e-3 breaks the 1e-12
     * round trip. On the 7-day 100-strike benchmark chain, 3e-4 takes the solves needing three
     * evaluations from 69 to 48 of 159.
     */
    private static boolean converged(double step, double previousStep, double s) {
        double size = Math.abs(step);
        return size <= FINAL_STEP * s
                || (size <= NOISE_LEVEL * s && size >= 0.5 * Math.abs(previousStep));
    }

    /**
     * Third-order Householder step from ν = −f/f', h2 = f''/f', h3 = f'''/f': ν times a correction
     * factor; ±∞ with ν's sign where that factor is not positive (see the objectives).
     */
    private static double householder(double nu, double h2, double h3) {
        double factor = (1 + 0.5 * h2 * nu) / (1 + nu * (h2 + h3 * nu * (1.0 / 6)));
        return factor > 0 ? nu * factor : Math.copySign(Double.POSITIVE_INFINITY, nu);
    }
}
