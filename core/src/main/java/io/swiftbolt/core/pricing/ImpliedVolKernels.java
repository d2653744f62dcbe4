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
 * Arguments are not validated here. Static, allocation-free, thread-safe.
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
    private static final double FINAL_STEP = 1e-4;
    private static final double NOISE_LEVEL = 1e-12;
    /**
     * β / b(s_c) above which the lower branch starts from the Taylor model at s_c. Measured on the
     * reference grid (5,688 points), mean Householder evaluations: asymptotics only 2.44 (max 8);
     * switch at 0.3: 2.18; 0.05: 1.99; 0.01: 1.93 (max 3); 0.002: 1.95; Taylor only: 2.36.
     */
    private static final double TAYLOR_SWITCH = 0.01;

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
        if (iterations != null) {
            iterations[0] = 0;
        }
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
        double s = solveNormalised(-Math.abs(x), beta, iterations);
        if (!(s > 0) || s == Double.POSITIVE_INFINITY) {
            return NOT_IDENTIFIABLE;
        }
        return s / sqrtT;
    }

    /**
     * Solves {@code b(x, s) = beta} for the total volatility {@code s = σ√t}, where
     * {@code b(x, s) = e^(x/2) Φ(x/s + s/2) − e^(−x/2) Φ(x/s − s/2)} is the normalised
     * out-of-the-money call ({@code x ≤ 0}).
     *
     * @return s, or a non-positive number when none exists in double precision
     */
    static double solveNormalised(double x, double beta, int[] iterations) {
        double bMax = Elementary.exp(0.5 * x);
        if (!(beta > 0) || beta >= bMax) {
            return -1;
        }
        double sc = Math.sqrt(-2 * x);
        // At s_c, d1 = 0 and b = bMax·(1/2 − g(s_c)).
        double bc = bMax * (0.5 - tailFactor(sc));
        if (beta <= bc) {
            return lowerBranch(x, beta, sc, bMax, bc, iterations);
        }
        return upperBranch(x, beta, bMax, sc, iterations);
    }

    /**
     * Below the inflection point: objective f(s) = 1/ln b(s) − 1/ln β. The start comes from one of
     * two models: near the inflection point {@code s_c} (where b'' = 0 and b''' / b' = −1) the cubic
     * Taylor model {@code b ≈ b_c + b'(s_c)(δ − δ³/6)}, δ = s − s_c, inverted by series reversion;
     * far below it the small-s asymptotics of ln b.
     */
    private static double lowerBranch(double x, double beta, double sc, double bMax, double bc, int[] iterations) {
        double lnBeta = Elementary.log(beta);
        double invLnBeta = 1.0 / lnBeta;
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
        return householderSolve(false, x, invLnBeta, s, 0, sc, iterations);
    }

    /** Above the inflection point: objective f(s) = ln(b_max − b(s)) − ln(b_max − β). */
    private static double upperBranch(double x, double beta, double bMax, double sc, int[] iterations) {
        double cBeta = bMax - beta;
        double lnCBeta = Elementary.log(cBeta);
        // Leading order: b_max − b ≈ (e^(x/2) + e^(−x/2))·Φ(−s/2), exact at the money.
        double p = cBeta / (bMax + 1.0 / bMax);
        double s = TWO_SQRT2 * InverseErfc.value(2 * p);
        if (!(s > sc) || s == Double.POSITIVE_INFINITY) {
            s = sc > 0 ? 2 * sc : 1.0;
        }
        return householderSolve(true, x, lnCBeta, s, sc, Double.POSITIVE_INFINITY, iterations);
    }

    /**
     * Third-order Householder iterations from {@code s} inside the bracket {@code (lo, hi)} on the
     * branch's objective, both of which decrease in s:
     * <ul>
     *   <li>lower ({@code upper == false}): f(s) = 1/ln b(s) − target, target = 1/ln β, with
     *       {@code ln b = −(h² + t²)/2 + ln(g(−d1) − g(−d2))} formed without b itself;</li>
     *   <li>upper: f(s) = ln(b_max − b(s)) − target, target = ln(b_max − β), with
     *       {@code ln(b_max − b) = −(h² + t²)/2 + ln(g(d1) + g(−d2))}, no cancellation;</li>
     * </ul>
     * where h = x/s and t = s/2. The ratios b''/b' = x²/s³ − s/4 and
     * b'''/b' = (b''/b')² − 3x²/s⁴ − 1/4 are closed forms.
     */
    private static double householderSolve(boolean upper, double x, double target, double s, double lo, double hi,
                                           int[] iterations) {
        double x2 = x * x;
        int it = 0;
        double previousStep = Double.POSITIVE_INFINITY;
        while (it < MAX_ITERATIONS) {
            it++;
            // One reciprocal per iteration instead of divisions on the iteration's critical path.
            double invS = 1.0 / s;
            double h = x * invS;
            double tt = 0.5 * s;
            double x2InvS3 = x2 * invS * invS * invS;
            double r2 = x2InvS3 - 0.25 * s;
            double r3 = r2 * r2 - 3 * x2InvS3 * invS - 0.25;
            double f;
            double nu;
            double h2;
            double h3;
            if (upper) {
                double sum = tailFactor(h + tt) + tailFactor(tt - h);
                f = -0.5 * (h * h + tt * tt) + Elementary.log(sum) - target;
                double mu = INV_SQRT_2PI / sum;         // b'/(b_max − b)
                nu = f * sum * SQRT_2PI;                // f/mu
                h2 = mu + r2;
                h3 = 2 * mu * mu + 3 * mu * r2 + r3;
            } else {
                double diff = tailFactorDifference(-h, tt);
                double l = -0.5 * (h * h + tt * tt) + Elementary.log(diff);
                // one division for both 1/l and λ/l, where λ = b'/b = φ(0)/diff
                double invDiffL = 1.0 / (diff * l);
                f = diff * invDiffL - target;
                nu = f * l * l * diff * SQRT_2PI;       // f·l²/λ
                double lambdaInvL = INV_SQRT_2PI * invDiffL;
                h2 = -(2 + l) * lambdaInvL + r2;
                h3 = 2 * (l * l + 3 * l + 3) * lambdaInvL * lambdaInvL - 3 * (2 + l) * lambdaInvL * r2 + r3;
            }
            // Both objectives decrease in s: f > 0 means s is below the root.
            if (f > 0) {
                lo = s;
            } else {
                hi = s;
            }
            double step = householder(nu, h2, h3);
            if (f == 0 || converged(step, previousStep, s)) {
                s += step;
                break;
            }
            previousStep = step;
            double next = s + step;
            if (!(next > lo && next < hi)) {
                // Outside the bracket: bisect (or double while unbounded above), which always progresses.
                next = hi == Double.POSITIVE_INFINITY ? 2 * lo : 0.5 * (lo + hi);
            }
            s = next;
        }
        if (iterations != null) {
            iterations[0] = it;
        }
        return s;
    }

    /**
     * Converged when the step just taken is below {@link #FINAL_STEP} (the Householder step
     * converges with order four, so after a step of relative size 1e-4 the remaining error is of
     * order 1e-16: the step is applied and no further evaluation is needed; 1e-3 was measured to
     * break the 1e-12 price round trip on the reference grid), or when steps are
     * small but no longer shrinking, i.e. rounding noise in the objective has taken over.
     */
    private static boolean converged(double step, double previousStep, double s) {
        double size = Math.abs(step);
        return size <= FINAL_STEP * s
                || (size <= NOISE_LEVEL * s && size >= 0.5 * Math.abs(previousStep));
    }

    /** Third-order Householder step from ν = −f/f', h2 = f''/f', h3 = f'''/f'. */
    private static double householder(double nu, double h2, double h3) {
        return nu * (1 + 0.5 * h2 * nu) / (1 + nu * (h2 + h3 * nu * (1.0 / 6)));
    }
}
