package io.swiftbolt.core.pricing;

import static io.swiftbolt.core.math.NormalDistribution.INV_SQRT_2PI;
import static io.swiftbolt.core.math.NormalDistribution.differenceNeedsSeries;
import static io.swiftbolt.core.math.NormalDistribution.seriesDifference;
import static io.swiftbolt.core.math.NormalDistribution.tailFactor;
import static io.swiftbolt.core.math.NormalDistribution.tailFactorDifference;

import io.swiftbolt.core.math.Elementary;
import io.swiftbolt.core.math.NormalDistribution;
import io.swiftbolt.core.math.PolynomialLog;
import io.swiftbolt.core.math.TailFactor;

/**
 * Black-Scholes-Merton kernels: European option price and Greeks with a continuous dividend
 * yield, on plain {@code double}s and arrays, for hot loops.
 *
 * <p><b>Conventions.</b> {@code t} is the time to expiry in years (ACT/365 when derived from
 * dates); {@code r} (continuously compounded risk-free rate), {@code q} (continuous dividend or
 * carry yield) and {@code vol} are decimals, so 5 % is 0.05; negative rates and yields are allowed.
 * With {@code F = S·e^((r−q)t)}, {@code d1 = (ln(S/K) + (r − q + σ²/2)t)/(σ√t)} and
 * {@code d2 = d1 − σ√t}:
 * <ul>
 *   <li>price: call {@code S e^(−qt) N(d1) − K e^(−rt) N(d2)}, put {@code K e^(−rt) N(−d2) − S e^(−qt) N(−d1)};</li>
 *   <li>delta: spot delta ∂V/∂S; gamma ∂²V/∂S²;</li>
 *   <li>vega: ∂V/∂σ per 1.00 of volatility;</li>
 *   <li>theta: ∂V/∂t per calendar year, that is −∂V/∂T (divide by 365 for a day);</li>
 *   <li>rho: ∂V/∂r per 1.00 of rate;</li>
 *   <li>vanna ∂²V/∂S∂σ, volga ∂²V/∂σ², charm ∂Δ/∂t per calendar year (−∂Δ/∂T).</li>
 * </ul>
 *
 * <p><b>Accuracy.</b> Both normal tail probabilities are taken from one shared exponential
 * {@code e^(−d1²/2)} (the identity {@code S e^(−qt) φ(d1) = K e^(−rt) φ(d2)}) times a tail factor,
 * and an out-of-the-money price is formed as the difference of two tail factors rather than of two
 * probabilities. Deep out-of-the-money prices therefore keep their relative accuracy (1e-13 to
 * 1e-12 in the worst corners measured) instead of cancelling; in-the-money prices are intrinsic
 * plus that same accurate time value.
 *
 * <p><b>Single option and batch.</b> The single-option kernels take their tail factors from
 * {@link NormalDistribution#tailFactor} and their logarithms from {@link Elementary#log} (tables,
 * the shortest dependency chain for one call); {@link #greeksBatch} from {@link TailFactor} and
 * {@link PolynomialLog}, branch-free polynomials whose passes over a block run as SIMD
 * instructions. All are within 2 ulp of the true function, so the two agree to a few ulp of
 * {@code d1} and of the tail factors; an output's relative difference grows with its condition
 * number, up to about {@code d1²·}1 ulp where the density is tiny (at most 8.0e-13 relative
 * measured, over 400 seeded batches reaching |d1| = 38).
 *
 * <p><b>Domain.</b> These are kernels: arguments are not validated (the typed
 * {@link BlackScholesMerton} validates). They expect finite {@code spot, strike, t, vol > 0} and
 * finite {@code r, q}; outside that the result is unspecified.
 *
 * <p>All methods are static, allocation-free and thread-safe.
 */
public final class BlackScholesKernels {

    /** Index of the price in a Greeks output slot. */
    public static final int PRICE = 0;
    /** Index of delta in a Greeks output slot. */
    public static final int DELTA = 1;
    /** Index of gamma in a Greeks output slot. */
    public static final int GAMMA = 2;
    /** Index of vega in a Greeks output slot. */
    public static final int VEGA = 3;
    /** Index of theta (per year) in a Greeks output slot. */
    public static final int THETA = 4;
    /** Index of rho in a Greeks output slot. */
    public static final int RHO = 5;
    /** Index of vanna in a Greeks output slot. */
    public static final int VANNA = 6;
    /** Index of volga in a Greeks output slot. */
    public static final int VOLGA = 7;
    /** Index of charm (per year) in a Greeks output slot. */
    public static final int CHARM = 8;
    /** Number of values {@link #priceAndGreeks} writes. */
    public static final int SLOT_SIZE = 9;
    /** |d1| from which e^(−d1²/2) is exactly 0 in double precision (−d1²/2 &lt; −745.14). */
    private static final double D1_UNDERFLOW = 38.7;

    private BlackScholesKernels() {
    }

    /**
     * The Black-Scholes-Merton price of a European option.
     *
     * @param call   true for a call, false for a put
     * @param spot   underlying price S &gt; 0
     * @param strike strike K &gt; 0
     * @param t      time to expiry in years &gt; 0
     * @param r      continuously compounded risk-free rate (decimal)
     * @param q      continuous dividend yield (decimal)
     * @param vol    volatility σ &gt; 0 (decimal, annualized)
     * @return the price per unit of underlying
     */
    public static double price(boolean call, double spot, double strike, double t, double r, double q,
                               double vol) {
        double s = vol * Math.sqrt(t);
        double invS = 1.0 / s;
        double sd = spot * Elementary.exp(-q * t);
        double kd = strike * Elementary.exp(-r * t);
        double h = (Elementary.log(spot / strike) + (r - q) * t) * invS;
        double d1 = h + 0.5 * s;
        double d2 = d1 - s;
        double e1 = Elementary.exp(-0.5 * d1 * d1);
        if (e1 == 0.0) {
            return farTailPrice(call, sd, kd, d1, d2);
        }
        return priceFromParts(call, sd, kd, h, s, d1, d2, e1, tailFactor(Math.abs(d1)), tailFactor(Math.abs(d2)));
    }

    /**
     * |d1| beyond about 38.6: e^(−d1²/2) underflows to zero, and with it Φ(−|d1|) (computed as
     * that exponential times a tail factor), so N(d1) is exactly 0 or 1; only d2's probability
     * needs evaluating.
     */
    private static double farTailPrice(boolean call, double sd, double kd, double d1, double d2) {
        double n1 = d1 > 0 ? 1.0 : 0.0;
        double tail2 = NormalDistribution.cdf(-Math.abs(d2));
        double n2 = d2 <= 0 ? tail2 : 1.0 - tail2;
        double n2c = d2 <= 0 ? 1.0 - tail2 : tail2;
        return call ? sd * n1 - kd * n2 : kd * n2c - sd * (1.0 - n1);
    }

    /**
     * The tail factor g(|d1|) as the kernels use it: beyond |d1| = {@value #D1_UNDERFLOW} the
     * density e^(−d1²/2) is exactly zero and multiplies it away, so the argument is clamped there
     * rather than sent into the slower asymptotic branch of erfcx.
     */
    private static double tailFactorOfD1(double d1) {
        return tailFactor(argumentOfD1(d1));
    }

    /** |d1| clamped at {@value #D1_UNDERFLOW}, the argument of its tail factor. */
    private static double argumentOfD1(double d1) {
        return Math.min(Math.abs(d1), D1_UNDERFLOW);
    }

    /**
     * The price and all Greeks of one option, written into {@code out[offset .. offset+8]} in the
     * order {@link #PRICE}, {@link #DELTA}, {@link #GAMMA}, {@link #VEGA}, {@link #THETA},
     * {@link #RHO}, {@link #VANNA}, {@link #VOLGA}, {@link #CHARM}. No allocation.
     *
     * @param call   true for a call
     * @param spot   underlying price S &gt; 0
     * @param strike strike K &gt; 0
     * @param t      years to expiry &gt; 0
     * @param r      risk-free rate (decimal)
     * @param q      dividend yield (decimal)
     * @param vol    volatility &gt; 0 (decimal)
     * @param out    the output array, at least {@code offset + 9} long
     * @param offset where to write the price
     */
    public static void priceAndGreeks(boolean call, double spot, double strike, double t, double r, double q,
                                      double vol, double[] out, int offset) {
        double dq = Elementary.exp(-q * t);
        double dr = Elementary.exp(-r * t);
        priceAndGreeks(call, spot, strike, t, r, q, vol, Math.sqrt(t), 1.0 / t, dq, dr, dq / dr, out, offset);
    }

    /**
     * {@link #priceAndGreeks(boolean, double, double, double, double, double, double, double[], int)}
     * with the expiry's {@code √t}, {@code 1/t}, {@code e^(−qt)}, {@code e^(−rt)} and their ratio
     * supplied. The same helpers as the batch's last pass, in the same order; only the logarithm and
     * the tail factors come from elsewhere (see the class comment).
     */
    private static void priceAndGreeks(boolean call, double spot, double strike, double t, double r, double q,
                                       double vol, double sqrtT, double invT, double dq, double dr, double dqOverDr,
                                       double[] out, int offset) {
        double s = vol * sqrtT;
        double invS = 1.0 / s;
        double ratio = spot / strike;
        double h = (Elementary.log(ratio) + (r - q) * t) * invS;
        double d1 = h + 0.5 * s;
        double e1 = Elementary.exp(-0.5 * d1 * d1);
        double g1 = tailFactorOfD1(d1);
        double g2 = tailFactor(Math.abs(d1 - s));
        // e^(−d2²/2) = e^(−d1²/2)·sd/kd, and sd/kd = (S/K)·(e^(−qt)/e^(−rt))
        combine(call, spot, strike, t, r, q, vol, sqrtT, invT, dq, dr, s, invS, ratio * dqOverDr, h, d1, e1, g1, g2,
                out, offset);
    }

    /**
     * The price and Greeks of one option from its parts, written at {@code out[offset ..]}:
     * {@code forwardRatio = (S/K)·e^(−qt)/e^(−rt)}, {@code h = ln(F/K)/s}, {@code e1 = e^(−d1²/2)}
     * and the tail factors {@code g1 = g(min(|d1|, 38.7))}, {@code g2 = g(|d2|)}; the rest as named.
     * The second half of the single-option kernel, and how the batch finishes the options its
     * SIMD-friendly passes leave aside.
     */
    private static void combine(boolean call, double spot, double strike, double t, double r, double q, double vol,
                                double sqrtT, double invT, double dq, double dr, double s, double invS,
                                double forwardRatio, double h, double d1, double e1, double g1, double g2,
                                double[] out, int offset) {
        double sd = spot * dq;
        double kd = strike * dr;
        double d2 = d1 - s;
        out[offset + PRICE] = priceFromParts(call, sd, kd, h, s, d1, d2, e1, g1, g2);
        double tail1 = e1 * g1;
        double tail2 = tail(e1, e1 * forwardRatio, g2, d2);
        firstOrderGreeks(call, t, r, q, vol, sqrtT, dq, sd, kd, 1.0 / spot, invS, d1, d2, e1, tail1, tail2,
                out, out, out, out, out, offset + DELTA, 1);
        secondOrderGreeks(call, r, q, sqrtT, invT, dq, sd, invS, d1, d2, e1, tail1, out, out, out, offset + VANNA, 1);
    }

    /**
     * The price from {@code sd = S e^(−qt)}, {@code kd = K e^(−rt)}, total volatility {@code s},
     * {@code h = ln(sd/kd)/s}, {@code d1}, {@code d2}, {@code e1 = e^(−d1²/2)} and the tail factors
     * {@code g1 = g(|d1|)}, {@code g2 = g(|d2|)}: the out-of-the-money part from one accurate
     * difference of tail factors, the in-the-money price adding the discounted intrinsic value.
     * The per-option helpers of the Greeks kernels are each small enough for the JIT to inline
     * into a batch loop (one method doing all of it was not: 637 bytes of bytecode).
     */
    private static double priceFromParts(boolean call, double sd, double kd, double h, double s, double d1,
                                         double d2, double e1, double g1, double g2) {
        if (e1 == 0.0) {
            return farTailPrice(call, sd, kd, d1, d2);
        }
        double half = 0.5 * s;
        double difference = d1 <= 0 ? tailFactorDifference(-h, half, g1, g2)
                : d2 >= 0 ? tailFactorDifference(h, half, g2, g1) : 0.0;
        return priceFromTails(call, sd, kd, sd * e1, d1, d2, g1, g2, difference);
    }

    /**
     * {@link #priceFromParts} for the batch's last pass, which leaves the rare cases to a second
     * look: NaN where the tail-factor difference needs its series (or {@code e1} underflowed,
     * whose result the caller discards), so that the hot loop carries no series and no second
     * tail-factor evaluation. Where it returns a number it is {@link #priceFromParts}'s formula.
     */
    private static double priceFromPartsDirect(boolean call, double sd, double kd, double h, double s, double d1,
                                               double d2, double e1, double g1, double g2) {
        double half = 0.5 * s;
        double difference = d1 <= 0 ? directDifference(-h, half, g1, g2)
                : d2 >= 0 ? directDifference(h, half, g2, g1) : 0.0;
        return priceFromTails(call, sd, kd, sd * e1, d1, d2, g1, g2, difference);
    }

    /**
     * The price from {@code w = sd·e1}: out of the money {@code w} times the tail-factor
     * {@code difference}, in the money that plus the discounted intrinsic value, and between the
     * strikes' forwards ({@code d2 < 0 < d1}) from the two tails.
     */
    private static double priceFromTails(boolean call, double sd, double kd, double w, double d1, double d2,
                                         double g1, double g2, double difference) {
        if (d1 <= 0) {
            double otm = w * difference;
            return call ? otm : (kd - sd) + otm;
        }
        if (d2 >= 0) {
            double otm = w * difference;
            return call ? (sd - kd) + otm : otm;
        }
        double tails = w * (g1 + g2);
        return call ? sd - tails : kd - tails;
    }

    /**
     * {@code gLow − gHigh}, or NaN where {@link NormalDistribution#tailFactorDifference} would sum
     * the series instead.
     */
    private static double directDifference(double m, double t, double gLow, double gHigh) {
        return differenceNeedsSeries(m, t) ? Double.NaN : gLow - gHigh;
    }

    /**
     * Φ(−|d2|) from {@code e2 = e^(−d2²/2)}, formed as {@code e1·sd/kd}, and {@code g2 = g(|d2|)};
     * directly where {@code e1} underflowed and took e2 with it.
     */
    private static double tail(double e1, double e2, double g2, double d2) {
        return e1 == 0.0 ? NormalDistribution.cdf(-Math.abs(d2)) : e2 * g2;
    }

    /** N(d) from the tail probability {@code tail = Φ(−|d|)}. */
    private static double cdfFromTail(double d, double tail) {
        return d <= 0 ? tail : 1.0 - tail;
    }

    /**
     * Delta, gamma, vega, theta and rho. Quantity number {@code k} (delta 0 … rho 4) is written at
     * {@code index + k·step} of its own array: the single-option kernel passes its slot five times
     * with the index of delta and step 1, the batch its five columns with step 0.
     */
    private static void firstOrderGreeks(boolean call, double t, double r, double q, double vol, double sqrtT,
                                         double dq, double sd, double kd, double invSpot, double invS, double d1,
                                         double d2, double e1, double tail1, double tail2, double[] delta,
                                         double[] gamma, double[] vega, double[] theta, double[] rho, int index,
                                         int step) {
        double pdf1 = INV_SQRT_2PI * e1;               // φ(d1); a zero density zeroes every term below
        double n1 = cdfFromTail(call ? d1 : -d1, tail1);    // N(±d1)
        double n2 = cdfFromTail(call ? d2 : -d2, tail2);    // N(±d2)
        double sign = call ? 1.0 : -1.0;
        double vegaValue = pdf1 == 0.0 ? 0.0 : sd * pdf1 * sqrtT;
        // σ/(2√t) = σ²/(2s)
        double decay = pdf1 == 0.0 ? 0.0 : -0.5 * sd * pdf1 * vol * vol * invS;
        delta[index] = sign * (dq * n1);
        gamma[index + step] = pdf1 == 0.0 ? 0.0 : dq * pdf1 * invS * invSpot;
        vega[index + 2 * step] = vegaValue;
        theta[index + 3 * step] = decay - sign * (r * kd * n2) + sign * (q * sd * n1);
        rho[index + 4 * step] = sign * (t * kd * n2);
    }

    /**
     * Vanna, volga and charm (per year), written as in
     * {@link #firstOrderGreeks}: quantity {@code k} (vanna 0, volga 1, charm 2) at
     * {@code index + k·step}.
     */
    private static void secondOrderGreeks(boolean call, double r, double q, double sqrtT, double invT, double dq,
                                          double sd, double invS, double d1, double d2, double e1, double tail1,
                                          double[] vanna, double[] volga, double[] charm, int index, int step) {
        double pdf1 = INV_SQRT_2PI * e1;
        double n1 = cdfFromTail(call ? d1 : -d1, tail1);    // N(±d1)
        double sign = call ? 1.0 : -1.0;
        if (pdf1 == 0.0) {
            // All density terms vanish; avoid 0·∞ in the products below.
            vanna[index] = 0.0;
            volga[index + step] = 0.0;
            charm[index + 2 * step] = sign * (q * dq * n1);
            return;
        }
        double a = dq * pdf1;
        double invVol = sqrtT * invS;                  // 1/σ = √t/s
        vanna[index] = -a * d2 * invVol;
        volga[index + step] = sd * pdf1 * sqrtT * d1 * d2 * invVol;
        // (2(r−q)t − d2·s)/(2ts) = (r−q)/s − d2/(2t)
        charm[index + 2 * step] = sign * (q * dq * n1) - a * ((r - q) * invS - 0.5 * d2 * invT);
    }

    /**
     * Delta and gamma alone, for chain analytics that need nothing else: one logarithm, one
     * exponential and one tail factor, with the expiry's {@code √t} and {@code e^(−qt)} supplied by a
     * caller that computes them once per expiry. The same operations in the same order as
     * {@link #priceAndGreeks}, so the two agree bit for bit. No allocation; arguments are not validated.
     *
     * @param call   true for a call
     * @param spot   underlying price S &gt; 0
     * @param strike strike K &gt; 0
     * @param t      years to expiry &gt; 0
     * @param r      risk-free rate (decimal)
     * @param q      dividend yield (decimal)
     * @param vol    volatility &gt; 0 (decimal)
     * @param sqrtT  {@code √t}
     * @param dq     {@code e^(−qt)}
     * @param out    written: {@code out[offset]} = delta (per unit of spot),
     *               {@code out[offset + 1]} = gamma (per unit of spot squared)
     * @param offset where to write delta
     */
    public static void deltaAndGamma(boolean call, double spot, double strike, double t, double r, double q,
                                     double vol, double sqrtT, double dq, double[] out, int offset) {
        double s = vol * sqrtT;
        double invS = 1.0 / s;
        double d1 = (Elementary.log(spot / strike) + (r - q) * t) * invS + 0.5 * s;
        double e1 = Elementary.exp(-0.5 * d1 * d1);
        out[offset] = deltaFromD1(call, d1, e1, dq);
        out[offset + 1] = gammaFromDensity(e1, dq, invS, 1.0 / spot);
    }

    /**
     * Spot delta from {@code d1} and {@code e1 = e^(−d1²/2)}: the arithmetic of
     * {@link #deltaAndGamma}, shared with the implied-vol kernels that compute it at a solved vol.
     */
    static double deltaFromD1(boolean call, double d1, double e1, double dq) {
        double tail1 = e1 * tailFactorOfD1(d1);
        double n1 = d1 <= 0 ? tail1 : 1.0 - tail1;     // N(d1)
        double n1c = d1 <= 0 ? 1.0 - tail1 : tail1;    // N(−d1)
        return call ? dq * n1 : -dq * n1c;
    }

    /** Gamma from {@code e1 = e^(−d1²/2)}, {@code invS = 1/(σ√t)} and {@code 1/S}; as {@link #deltaFromD1}. */
    static double gammaFromDensity(double e1, double dq, double invS, double invSpot) {
        double pdf1 = INV_SQRT_2PI * e1;
        return pdf1 == 0.0 ? 0.0 : dq * pdf1 * invS * invSpot;
    }

    /**
     * Prices a batch (a whole chain) in one call: {@code out[i] = price(call[i], spot[i], …)}.
     * No allocation. All arrays must have at least {@code n} elements.
     *
     * @param n      number of options
     * @param call   rights (true = call)
     * @param spot   spots
     * @param strike strikes
     * @param t      years to expiry
     * @param r      rates
     * @param q      dividend yields
     * @param vol    volatilities
     * @param out    prices, written
     */
    public static void priceBatch(int n, boolean[] call, double[] spot, double[] strike, double[] t, double[] r,
                                  double[] q, double[] vol, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = price(call[i], spot[i], strike[i], t[i], r[i], q[i], vol[i]);
        }
    }

    /**
     * Prices and Greeks of a batch in one call, written column-wise into {@code out} (one array per
     * quantity). No allocation. Runs of options with equal {@code t}, {@code r} and {@code q} (a
     * chain sorted by expiry) share one square root and two exponentials. The logarithms come from
     * {@link PolynomialLog} and the tail factors from {@link TailFactor}, so the results agree with
     * {@link #priceAndGreeks} to a few ulp, not bit for bit (see the class comment). All input
     * arrays must have at least {@code n} elements and {@code out} a capacity of at least {@code n}.
     *
     * @param n      number of options
     * @param call   rights (true = call)
     * @param spot   spots
     * @param strike strikes
     * @param t      years to expiry
     * @param r      rates
     * @param q      dividend yields
     * @param vol    volatilities
     * @param out    the column buffers, written
     */
    public static void greeksBatch(int n, boolean[] call, double[] spot, double[] strike, double[] t, double[] r,
                                   double[] q, double[] vol, GreeksBuffer out) {
        double[] sBlock = out.blockS;
        double[] invSBlock = out.blockInvS;
        double[] ratioBlock = out.blockRatio;
        double[] hBlock = out.blockH;
        double[] d1Block = out.blockD1;
        double[] e1Block = out.blockE1;
        double[] g1Block = out.blockG1;
        double[] g2Block = out.blockG2;
        double[] u1Block = out.blockU1;
        double[] u2Block = out.blockU2;
        int[] rareBlock = out.blockRare;
        double[] sqrtTBlock = out.blockSqrtT;
        double[] invTBlock = out.blockInvT;
        double[] dqBlock = out.blockDq;
        double[] drBlock = out.blockDr;
        double[] moneynessBlock = out.blockMoneyness;
        double[] logBlock = out.blockLog;
        int block = sBlock.length;
        ExpiryFactors f = new ExpiryFactors();
        for (int start = 0; start < n; start += block) {
            int m = Math.min(block, n - start);
            // Tight passes before the combination: the logarithms, the exponentials and the tail
            // factors of a block each run back to back, which lets the processor overlap
            // neighbouring options instead of waiting on one option's chain log → exp → erfcx; the
            // logarithms and the tail factors are branch-free polynomials that the JIT vectorises.
            // First the expiry factors alone: shared along a run of one expiry (a chain), otherwise
            // a tight loop of independent square roots, divisions and exponentials.
            for (int k = 0; k < m; k++) {
                int i = start + k;
                f.update(t[i], r[i], q[i]);
                sqrtTBlock[k] = f.sqrtT;
                invTBlock[k] = f.invT;
                dqBlock[k] = f.dq;
                drBlock[k] = f.dr;
                ratioBlock[k] = f.dqOverDr;
            }
            for (int k = 0; k < m; k++) {
                moneynessBlock[k] = spot[start + k] / strike[start + k];
            }
            PolynomialLog.values(m, moneynessBlock, logBlock);
            for (int k = 0; k < m; k++) {
                int i = start + k;
                double s = vol[i] * sqrtTBlock[k];
                double invS = 1.0 / s;
                double h = (logBlock[k] + (r[i] - q[i]) * t[i]) * invS;
                sBlock[k] = s;
                invSBlock[k] = invS;
                // e^(−d2²/2) = e^(−d1²/2)·sd/kd, and sd/kd = (S/K)·(e^(−qt)/e^(−rt))
                ratioBlock[k] = moneynessBlock[k] * ratioBlock[k];
                hBlock[k] = h;
                d1Block[k] = h + 0.5 * s;
            }
            for (int k = 0; k < m; k++) {
                double d1 = d1Block[k];
                e1Block[k] = Elementary.exp(-0.5 * d1 * d1);
            }
            // the tail factors' arguments, then the branch-free polynomial over each (SIMD)
            for (int k = 0; k < m; k++) {
                double d1 = d1Block[k];
                u1Block[k] = argumentOfD1(d1);
                u2Block[k] = Math.abs(d1 - sBlock[k]);
            }
            TailFactor.values(m, u1Block, g1Block);
            TailFactor.values(m, u2Block, g2Block);
            double lastSpot = Double.NaN;
            double invSpot = Double.NaN;
            int rare = 0;
            for (int k = 0; k < m; k++) {
                int i = start + k;
                double ti = t[i];
                double ri = r[i];
                double qi = q[i];
                double sqrtT = sqrtTBlock[k];
                double dq = dqBlock[k];
                double spotI = spot[i];
                if (spotI != lastSpot) {
                    lastSpot = spotI;
                    invSpot = 1.0 / spotI;
                }
                boolean c = call[i];
                double s = sBlock[k];
                double d1 = d1Block[k];
                double d2 = d1 - s;
                double e1 = e1Block[k];
                double g1 = g1Block[k];
                double g2 = g2Block[k];
                double sd = spotI * dq;
                double kd = strike[i] * drBlock[k];
                double price = priceFromPartsDirect(c, sd, kd, hBlock[k], s, d1, d2, e1, g1, g2);
                out.price[i] = price;
                if (e1 == 0.0 || price != price) {
                    rareBlock[rare++] = k;
                }
                double tail1 = e1 * g1;
                double tail2 = e1 * ratioBlock[k] * g2;
                double invS = invSBlock[k];
                firstOrderGreeks(c, ti, ri, qi, vol[i], sqrtT, dq, sd, kd, invSpot, invS, d1, d2, e1, tail1, tail2,
                        out.delta, out.gamma, out.vega, out.theta, out.rho, i, 0);
                secondOrderGreeks(c, ri, qi, sqrtT, invTBlock[k], dq, sd, invS, d1, d2, e1, tail1, out.vanna, out.volga,
                        out.charm, i, 0);
            }
            if (rare > 0) {
                finishRareOptions(start, rare, call, spot, strike, t, r, q, vol, out);
            }
        }
    }

    /**
     * The options of the current block the last pass flagged (their indices in {@code blockRare}).
     * Where the tail-factor difference needs its series, only the price is redone: the series'
     * midpoints {@code m = |h|} are gathered and their tail factors computed in one SIMD pass, then
     * each price is formed as {@link #priceFromParts} forms it. Where the density underflowed,
     * everything is redone by {@link #combine} from the block's values.
     */
    private static void finishRareOptions(int start, int count, boolean[] call, double[] spot, double[] strike,
                                          double[] t, double[] r, double[] q, double[] vol, GreeksBuffer out) {
        int[] series = out.blockSeries;
        double[] mid = out.blockMid;
        int seriesCount = 0;
        for (int j = 0; j < count; j++) {
            int k = out.blockRare[j];
            double e1 = out.blockE1[k];
            if (e1 != 0.0) {
                series[seriesCount] = k;
                // priceFromParts' midpoint: −h where d1 ≤ 0, h where d2 ≥ 0
                mid[seriesCount++] = out.blockD1[k] <= 0 ? -out.blockH[k] : out.blockH[k];
                continue;
            }
            int i = start + k;
            double[] slot = out.slot;
            combine(call[i], spot[i], strike[i], t[i], r[i], q[i], vol[i], out.blockSqrtT[k], out.blockInvT[k],
                    out.blockDq[k], out.blockDr[k], out.blockS[k], out.blockInvS[k], out.blockRatio[k], out.blockH[k],
                    out.blockD1[k], e1, out.blockG1[k], out.blockG2[k], slot, 0);
            out.price[i] = slot[PRICE];
            out.delta[i] = slot[DELTA];
            out.gamma[i] = slot[GAMMA];
            out.vega[i] = slot[VEGA];
            out.theta[i] = slot[THETA];
            out.rho[i] = slot[RHO];
            out.vanna[i] = slot[VANNA];
            out.volga[i] = slot[VOLGA];
            out.charm[i] = slot[CHARM];
        }
        double[] gMid = out.blockGMid;
        TailFactor.values(seriesCount, mid, gMid);
        for (int j = 0; j < seriesCount; j++) {
            int k = series[j];
            int i = start + k;
            double s = out.blockS[k];
            double d1 = out.blockD1[k];
            double sd = spot[i] * out.blockDq[k];
            double difference = seriesDifference(mid[j], 0.5 * s, gMid[j]);
            out.price[i] = priceFromTails(call[i], sd, strike[i] * out.blockDr[k], sd * out.blockE1[k], d1, d1 - s,
                    out.blockG1[k], out.blockG2[k], difference);
        }
    }

    /**
     * The per-expiry factors of a run of options with equal {@code t}, {@code r} and {@code q} (a
     * chain sorted by expiry): recomputed only when one of the three changes.
     */
    private static final class ExpiryFactors {
        double lastT = Double.NaN;
        double lastR = Double.NaN;
        double lastQ = Double.NaN;
        double sqrtT;
        double invT;
        double dq;
        double dr;
        double dqOverDr;

        void update(double t, double r, double q) {
            if (t != lastT || r != lastR || q != lastQ) {
                lastT = t;
                lastR = r;
                lastQ = q;
                sqrtT = Math.sqrt(t);
                invT = 1.0 / t;
                dq = Elementary.exp(-q * t);
                dr = Elementary.exp(-r * t);
                dqOverDr = dq / dr;
            }
        }
    }
}
