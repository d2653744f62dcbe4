package io.swiftbolt.core.math;

import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * The standard normal distribution: density, cumulative distribution and its inverse, accurate in
 * relative terms far into both tails.
 *
 * <p>Tail probabilities are computed from the scaled complementary error function
 * {@code erfcx(z) = exp(z²)·erfc(z)} ({@link ScaledErfc}, within 1.5 ulp), never as
 * {@code 1 − Φ(x)}, so {@code cdf(-37)} is correct to the last digits instead of cancelling to
 * zero. {@link #tailFactor(double)} exposes the underlying factor so that pricing kernels can share
 * one {@code exp} between a density and two tail probabilities.
 *
 * <p>All methods are static, allocation-free and thread-safe. They are kernels: arguments are not
 * validated; a NaN argument gives NaN.
 */
public final class NormalDistribution {

    /** √(2π). */
    public static final double SQRT_2PI = 2.5066282746310002;
    /** 1/√(2π). */
    public static final double INV_SQRT_2PI = 0.3989422804014327;
    /** 1/√2. */
    private static final double INV_SQRT2 = 0.7071067811865476;
    /** √2. */
    private static final double SQRT2 = 1.4142135623730951;
    /**
     * Below t/m = 0.01 the seventh-order series is exact to double precision (its truncation is
     * about (t/m)⁸) and the direct difference would lose more than two digits.
     */
    private static final double SERIES_LIMIT = 0.01;
    /**
     * The upward derivative recurrence amplifies rounding by about m per order, so the t³ term
     * carries a relative error near ε·m⁴·t²; the series is used only while that stays below about
     * 1e-13 (t·m² &lt; 30), where the direct difference loses no more than that either.
     */
    private static final double SERIES_GROWTH_LIMIT = 30;

    private NormalDistribution() {
    }

    /**
     * The standard normal density φ(x) = exp(−x²/2)/√(2π).
     *
     * @param x the point
     * @return φ(x)
     */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Elementary.exp(-0.5 * x * x);
    }

    /**
     * The standard normal cumulative distribution Φ(x), with full relative accuracy for negative
     * {@code x} (the left tail) down to the underflow of double precision (about x = −38.5).
     *
     * @param x the point
     * @return Φ(x) in [0, 1]
     */
    public static double cdf(double x) {
        if (x < 0) {
            return Elementary.exp(-0.5 * x * x) * tailFactor(-x);
        }
        return 1.0 - Elementary.exp(-0.5 * x * x) * tailFactor(x);
    }

    /**
     * The upper tail 1 − Φ(x) = Φ(−x), with full relative accuracy for positive {@code x}.
     *
     * @param x the point
     * @return Φ(−x) in [0, 1]
     */
    public static double complementaryCdf(double x) {
        return cdf(-x);
    }

    /**
     * The tail factor {@code g(u) = erfcx(u/√2)/2}, such that {@code Φ(−u) = exp(−u²/2)·g(u)}.
     * It equals the Mills ratio divided by √(2π): {@code g(u) = Φ(−u)/(√(2π)·φ(u))}. It is smooth,
     * decreasing and never underflows for {@code u ≥ 0} (it behaves like {@code 1/(u√(2π))} for
     * large {@code u}), which is what lets callers subtract two tail probabilities that share a
     * common exponential without cancellation.
     *
     * @param u the point; intended for {@code u ≥ 0} (for negative {@code u} it overflows near
     *          u = −38)
     * @return g(u)
     */
    public static double tailFactor(double u) {
        return 0.5 * ScaledErfc.value(u * INV_SQRT2);
    }

    /**
     * The difference of tail factors {@code g(m − t) − g(m + t)} for {@code m ≥ t ≥ 0}, accurate in
     * relative terms even when {@code t} is tiny compared with {@code m}, where subtracting the two
     * values would cancel (an out-of-the-money option with little total volatility). There it sums
     * the odd terms of the Taylor series of {@code g} about {@code m} to seventh order, with the
     * derivatives from the recurrence {@code g' = m·g − 1/√(2π)},
     * {@code g⁽ⁿ⁺¹⁾ = n·g⁽ⁿ⁻¹⁾ + m·g⁽ⁿ⁾}; elsewhere it subtracts directly.
     *
     * @param m the midpoint, {@code m ≥ t}
     * @param t the half-width, {@code t ≥ 0}
     * @return {@code g(m − t) − g(m + t)}, positive for {@code t > 0}
     */
    public static double tailFactorDifference(double m, double t) {
        if (!differenceNeedsSeries(m, t)) {
            return tailFactor(m - t) - tailFactor(m + t);
        }
        return seriesDifference(m, t);
    }

    /**
     * As {@link #tailFactorDifference(double, double)} when the caller has already computed
     * {@code gLow = g(m − t)} and {@code gHigh = g(m + t)}: returns {@code gLow − gHigh} where that
     * is accurate and the series otherwise, saving two evaluations in pricing kernels.
     *
     * @param m     the midpoint, {@code m ≥ t}
     * @param t     the half-width, {@code t ≥ 0}
     * @param gLow  {@code g(m − t)}
     * @param gHigh {@code g(m + t)}
     * @return {@code g(m − t) − g(m + t)}
     */
    public static double tailFactorDifference(double m, double t, double gLow, double gHigh) {
        if (!differenceNeedsSeries(m, t)) {
            return gLow - gHigh;
        }
        return seriesDifference(m, t);
    }

    /**
     * Whether {@link #tailFactorDifference(double, double)} sums the series for these arguments
     * (where subtracting two tail factors would lose more than about two digits) rather than
     * subtracting.
     *
     * @param m the midpoint, {@code m ≥ t}
     * @param t the half-width, {@code t ≥ 0}
     * @return true where the series is used
     */
    public static boolean differenceNeedsSeries(double m, double t) {
        return !(t >= SERIES_LIMIT * m || t * m * m >= SERIES_GROWTH_LIMIT);
    }

    private static double seriesDifference(double m, double t) {
        return seriesDifference(m, t, tailFactor(m));
    }

    /**
     * The series of {@link #tailFactorDifference(double, double)} around {@code m}, given
     * {@code g0 = g(m)} computed by the caller (by any accurate method): {@code g(m − t) − g(m + t)}
     * to seventh order in {@code t}. Accurate where {@link #differenceNeedsSeries} is true.
     *
     * @param m  the midpoint
     * @param t  the half-width
     * @param g0 the tail factor at {@code m}
     * @return {@code g(m − t) − g(m + t)}
     */
    public static double seriesDifference(double m, double t, double g0) {
        double g1 = m * g0 - INV_SQRT_2PI;
        double g2 = g0 + m * g1;
        double g3 = 2 * g1 + m * g2;
        double g4 = 3 * g2 + m * g3;
        double g5 = 4 * g3 + m * g4;
        double g6 = 5 * g4 + m * g5;
        double g7 = 6 * g5 + m * g6;
        double t2 = t * t;
        return -2 * t * (g1 + t2 * (g3 * (1.0 / 6) + t2 * (g5 * (1.0 / 120) + t2 * g7 * (1.0 / 5040))));
    }

    /**
     * The inverse of the standard normal cumulative distribution, Φ⁻¹(p).
     *
     * @param p a probability in [0, 1]
     * @return x with Φ(x) = p; −∞ for 0 and +∞ for 1; NaN outside [0, 1]
     */
    public static double inverseCdf(double p) {
        return -SQRT2 * InverseErfc.value(2 * p);
    }
}
