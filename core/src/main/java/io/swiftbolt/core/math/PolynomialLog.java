package io.swiftbolt.core.math;

import static io.swiftbolt.core.math.PolynomialLogCoefficients.C0;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C1;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C10;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C11;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C2;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C3;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C4;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C5;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C6;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C7;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C8;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.C9;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.X_MAX;
import static io.swiftbolt.core.math.PolynomialLogCoefficients.X_MIN;

/**
 * The natural logarithm by one branch-free polynomial on {@code 0.5 ≤ x ≤ 2.5}: the form pricing
 * kernels use for the log-moneyness {@code ln(S/K)} of a chain's strikes over arrays, because a
 * loop of it has no table lookup, no bit manipulation and no branch, so the JIT compiles it to
 * SIMD instructions (C2 on JDK 17 does). {@link Elementary#log(double)} computes the same function
 * from tables, one value at a time, within 0.5 ulp.
 *
 * <p>Method. {@code u = x − 1} is exact on the range; {@code z = u/(x + 1)} is formed with one
 * division and corrected by the exact remainders of {@code x + 1} (Fast2Sum) and of the division
 * (one fma), so {@code z + z_lo} carries the quotient to about twice double precision. Then
 * {@code ln x = 2 atanh z = 2z + (2 z_lo + 2z·w·p(w))}, {@code w = z²}, where {@code p} is the
 * degree-11 Chebyshev interpolant of {@code (atanh(√w)/√w − 1)/w} on {@code [0, (3/7)²]},
 * evaluated by Estrin's scheme with {@link Math#fma}. The constants are in
 * {@link PolynomialLogCoefficients}, written by
 * {@code core/src/test/resources/reference/log/generate_polynomial_log.py}. Outside the range
 * (and for NaN) the value is {@link Elementary#log(double)}'s.
 *
 * <p>Accuracy, against mpmath at 50 digits on the samples of {@code polynomial_log_samples.csv}
 * beside that script (dense near 1, where {@code ln x} is small): at most 0.744 ulp of the result
 * ({@code PolynomialLogTest} bounds it at 1 ulp); the polynomial's own error with its
 * coefficients rounded to double is 4.2e-18 relative, the rest is the final rounding and the
 * small correction terms' rounding.
 *
 * <p>It relies on {@link Math#fma} being a hardware instruction (x86-64 with FMA3, AArch64); on a
 * processor without one the JVM emulates it, correctly but far more slowly.
 *
 * <p>All methods are static, allocation-free and thread-safe.
 */
public final class PolynomialLog {

    /** The smallest argument the polynomial covers; below it the table-based value is used. */
    public static final double POLYNOMIAL_MIN = X_MIN;
    /** The largest argument the polynomial covers; above it the table-based value is used. */
    public static final double POLYNOMIAL_MAX = X_MAX;

    private PolynomialLog() {
    }

    /**
     * The natural logarithm {@code ln x}.
     *
     * @param x the argument, any double
     * @return ln x; outside [0.5, 2.5] as {@link Elementary#log(double)} (NaN for negatives and NaN,
     *         −∞ for zero)
     */
    public static double value(double x) {
        if (x >= X_MIN && x <= X_MAX) {
            return polynomial(x);
        }
        return Elementary.log(x);
    }

    /**
     * {@code out[i] = value(x[i])} for {@code i < n}: one loop of the polynomial, which the JIT
     * vectorises, then a pass that replaces the values of arguments outside [0.5, 2.5]. Results are
     * bit for bit those of {@link #value(double)}. No allocation.
     *
     * @param n   how many values, {@code 0 ≤ n ≤} both lengths
     * @param x   the arguments
     * @param out written; a different array from {@code x}
     * @throws IllegalArgumentException if {@code n} is negative or longer than an array, or
     *                                  {@code out} is {@code x}
     */
    public static void values(int n, double[] x, double[] out) {
        BatchArguments.check(n, x, out, "x");
        for (int i = 0; i < n; i++) {
            out[i] = polynomial(x[i]);
        }
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (!(v >= X_MIN && v <= X_MAX)) {
                out[i] = Elementary.log(v);
            }
        }
    }

    /** {@code ln x} for {@code 0.5 ≤ x ≤ 2.5}; see the class comment. */
    private static double polynomial(double x) {
        double u = x - 1;
        double b = u + 2;                              // x + 1, rounded
        double bl = u - (b - 2);                       // its rounding error, exact (|u| ≤ 2)
        double inv = 1.0 / b;
        double z = u * inv;
        double zl = (Math.fma(-z, b, u) - z * bl) * inv;
        double w = z * z;
        double w2 = w * w;
        double w4 = w2 * w2;
        double w8 = w4 * w4;
        double p = Math.fma(Math.fma(Math.fma(Math.fma(C11, w, C10), w, C9), w, C8), w8,
                Math.fma(Math.fma(Math.fma(C7, w, C6), w2, Math.fma(C5, w, C4)), w4,
                        Math.fma(Math.fma(C3, w, C2), w2, Math.fma(C1, w, C0))));
        double z2 = 2 * z;
        return z2 + Math.fma(z2 * w, p, 2 * zl);
    }
}
