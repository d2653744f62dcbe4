package io.swiftbolt.core.math;

/**
 * The scaled complementary error function {@code erfcx(x) = exp(x²)·erfc(x)}: a fast kernel,
 * within 0.7 ulp for {@code x ≥ 0}.
 *
 * <p>Named {@code ScaledErfc} to keep it apart from {@code org.apache.commons.numbers.gamma.Erfcx},
 * which computes the same function (after Boost) and which this class replaces on hot paths: it
 * is about twice as fast for independent calls (7-9 ns against 12-22 ns on a 2.45 GHz EPYC, x
 * uniform on [0, 30], [0, 5] or [0, 1]; a dependent chain of calls takes 27 ns against 30-38 ns)
 * and slightly more accurate.
 *
 * <p>Method. For {@code 0 ≤ x ≤ 50}, {@code y = 400/(4 + x)} lies in [7.41, 100]; on each unit
 * interval {@code [J − 1/2, J + 1/2]} of {@code y} (J = 7 … 100), erfcx is a degree-6 polynomial
 * in {@code t = y − J}: a Chebyshev interpolant computed with mpmath, see {@link ErfcxTable}. The
 * local variable is formed as {@code t = (400 − 4J − J·x)/(4 + x)} with {@code J·x} exact, not
 * from a rounded {@code y}, so that the rounding of {@code y} does not reach the result.
 *
 * <p>For {@code x > 50} it is Laplace's continued fraction
 * {@code erfcx(x) = (1/√π)/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + (5/2)/x)))))}, truncated
 * at five levels (relative truncation error below 5e-20 there) and written in {@code u = 1/x²} as
 * {@code (1/(x√π))·(1 − u(1/2 + 3u + 15u²/8)/(1 + 15u/2 + 45u²/4 + 15u³/8))}, which tends to
 * {@code 1/(x√π)} without overflow up to {@code Double.MAX_VALUE}.
 *
 * <p>For {@code x < 0} it uses {@code erfcx(x) = 2·exp(x²) − erfcx(−x)}, with {@code x²} carried
 * in double-double precision; the value overflows to +∞ below x ≈ −26.6287.
 *
 * <p>Accuracy, measured against mpmath at 50 digits: on the 2343 points of
 * {@code core/src/test/resources/reference/erfcx/erfcx_samples.csv} (dense on [0, 60],
 * log-spaced to 1e300, both sides of every interval boundary, negatives to −26; values given to
 * 17 digits) the largest relative error is 1.4e-16 for {@code x ≥ 0} and 2.3e-16 for
 * {@code x < 0}. Against 30-digit values at 100,000 random points it is 0.69 ulp (1.25e-16) on
 * [0, 50], 0.50 ulp above 50 and 1.5 ulp for negative {@code x} (where {@code Math.exp}
 * contributes up to one ulp). The table's own approximation error is below 2e-17. The result is
 * continuous across interval boundaries to within rounding and non-increasing on every grid
 * tested.
 *
 * <p>All methods are static, allocation-free and thread-safe.
 */
public final class ScaledErfc {

    /** 1/√π rounded to double. */
    private static final double INV_SQRT_PI = 0.5641895835477563;
    /** 1/√π − INV_SQRT_PI. */
    private static final double INV_SQRT_PI_LO = 7.66772980658294e-18;
    /**
     * erfcx overflows below about −26.6287; below this bound exp(x²) itself overflows, so the
     * identity for negative x would give NaN (∞·0) rather than +∞.
     */
    private static final double OVERFLOW_BELOW = -26.64;
    /** Above this x the compensated division in the asymptotic range could overflow. */
    private static final double COMPENSATED_LIMIT = 1e300;
    /** 1.5·2⁵²: adding it to 0 ≤ v &lt; 2⁵¹ rounds v to an integer held in the low bits. */
    private static final double ROUND_TO_INTEGER = 6755399441055744.0;
    /** 2²⁷ + 1, Dekker's splitting constant. */
    private static final double SPLIT = 134217729.0;

    private static final double[] C = ErfcxTable.COEFFICIENTS;

    private ScaledErfc() {
    }

    /**
     * The scaled complementary error function {@code erfcx(x) = exp(x²)·erfc(x)}.
     *
     * <p>Dimensionless. {@code erfcx(0) = 1}; it decreases on the whole real line, behaves like
     * {@code 1/(x√π)} as {@code x → +∞} and like {@code 2·exp(x²)} as {@code x → −∞}.
     *
     * @param x the point, any double
     * @return erfcx(x), positive; 0 for +∞; +∞ below x ≈ −26.6287, where the value overflows;
     *         NaN for NaN
     */
    public static double value(double x) {
        // one well-predicted test on the hot path; the rest is cold
        if (x >= 0 && x <= ErfcxTable.X_MAX) {
            return table(x);
        }
        if (x > ErfcxTable.X_MAX) {
            return asymptotic(x);
        }
        if (x < 0) {
            return negative(x);
        }
        return x;
    }

    /** 0 ≤ x ≤ 50. */
    private static double table(double x) {
        double r = 1 / (ErfcxTable.X_SHIFT + x);
        // j = round(y), y = 400/(4 + x) in [7.4, 100], by adding 1.5·2⁵²: the sum's low mantissa
        // bits are j, and subtracting again gives j as a double, both without the slow
        // double-int conversions. A rounded y only decides the interval; t does not use it.
        double ym = ErfcxTable.Y_SCALE * r + ROUND_TO_INTEGER;
        double j = ym - ROUND_TO_INTEGER;
        int k = ((int) Double.doubleToRawLongBits(ym) - ErfcxTable.J_MIN) * ErfcxTable.STRIDE;
        // t = y − j = (400 − 4j − j·x)/(4 + x), whose numerator cancels down to |t|·(4 + x): a
        // rounded y would cost up to 4 ulp near x = 0, a rounded j·x up to half an ulp at large
        // x. So x = xh + xl with xh = (float) x: j·xh is exact (7 + 24 bits), and so is
        // its difference from 400 − 4j; only the tiny j·xl is rounded. The rounding of 1/(4 + x)
        // is a relative error in t, harmless.
        double xh = (float) x;
        double t = (((400 - 4 * j) - j * xh) - j * (x - xh)) * r;
        // Estrin's scheme for the higher terms (shorter dependency chain than Horner); their
        // rounding is damped by |t·c1/c0| < 0.08, so only the final addition of c0hi matters.
        double t2 = t * t;
        double h = (C[k + 2] + t * C[k + 3])
                + t2 * ((C[k + 4] + t * C[k + 5]) + t2 * (C[k + 6] + t * C[k + 7]));
        return C[k] + (C[k + 1] + t * h);
    }

    /** x > 50, including +∞. */
    private static double asymptotic(double x) {
        // x·x overflows to +∞ above 1.3e154, so u = 0 and the result is exactly 1/(x√π) there,
        // where the correction 1/(2x²) is far below an ulp anyway.
        double u = 1 / (x * x);
        double q = u * (0.5 + u * (3 + 1.875 * u)) / (1 + u * (7.5 + u * (11.25 + 1.875 * u)));
        // numerator (1/√π)·(1 − q) = INV_SQRT_PI + nl
        double nl = INV_SQRT_PI_LO - INV_SQRT_PI * q;
        if (x > COMPENSATED_LIMIT) {
            return (INV_SQRT_PI + nl) / x;
        }
        // Divide with a correction from the exact remainder INV_SQRT_PI − qh·x, so that only the
        // last addition rounds at half an ulp (a plain division of a rounded numerator gives
        // errors up to 1.3 ulp).
        double qh = INV_SQRT_PI / x;
        double p = qh * x;
        double remainder = (INV_SQRT_PI - p) - productError(qh, x, p);
        return qh + (remainder + nl) / x;
    }

    /**
     * The rounding error {@code a·b − p} of {@code p = a·b}, exactly (Dekker's algorithm, without
     * relying on a hardware fused multiply-add). Valid while {@code a·(2²⁷ + 1)},
     * {@code b·(2²⁷ + 1)} do not overflow and the parts' products do not underflow.
     */
    private static double productError(double a, double b, double p) {
        double as = SPLIT * a;
        double ah = as - (as - a);
        double al = a - ah;
        double bs = SPLIT * b;
        double bh = bs - (bs - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /** x &lt; 0, including −∞. */
    private static double negative(double x) {
        if (x < OVERFLOW_BELOW) {
            return Double.POSITIVE_INFINITY;
        }
        // exp(x²) amplifies an error in x² by x² (up to 700), so x² is split into hi + lo exactly
        // (Dekker) and exp(hi + lo) = exp(hi)·(1 + lo).
        double hi = x * x;
        double lo = productError(x, x, hi);
        double e = Math.exp(hi);
        // −x ≤ 26.64 here, inside the table
        return 2 * (e + e * lo) - table(-x);
    }
}
