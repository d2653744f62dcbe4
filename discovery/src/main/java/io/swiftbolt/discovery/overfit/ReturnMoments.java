package io.swiftbolt.discovery.overfit;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The first four moments of a return series, as the Sharpe-ratio statistics need them.
 *
 * <p>{@code standardDeviation} is the sample one (divisor {@code n - 1}), as in the Sharpe ratio;
 * skewness and kurtosis are the moment estimators {@code m3 / m2^1.5} and {@code m4 / m2^2} with
 * central moments {@code mk = sum((r - mean)^k) / n}. Kurtosis is non-excess (3 for a normal
 * distribution). For a series whose values are all equal, skewness is 0 and kurtosis 3 by
 * convention (they are undefined).
 *
 * @param count             the number of returns, at least 2
 * @param mean              the mean return per period
 * @param standardDeviation the sample standard deviation per period
 * @param skewness          the skewness
 * @param kurtosis          the non-excess kurtosis, at least 1
 */
public record ReturnMoments(long count, double mean, double standardDeviation, double skewness, double kurtosis) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public ReturnMoments {
        ArgChecks.check(count >= 2, "count", count, "must be at least 2");
        ArgChecks.finite(mean, "mean");
        ArgChecks.notNegative(standardDeviation, "standardDeviation");
        ArgChecks.finite(skewness, "skewness");
        ArgChecks.check(kurtosis >= 1 - 1e-9 && Double.isFinite(kurtosis), "kurtosis", kurtosis, "must be finite and at least 1");
    }

    /**
     * The moments of returns (two passes).
     *
     * @param returns per-period returns, at least 2, all finite
     * @return the moments
     * @throws IllegalArgumentException if null, shorter than 2 or holding a non-finite value
     */
    public static ReturnMoments of(double[] returns) {
        ArgChecks.allFinite(returns, "returns");
        int n = returns.length;
        ArgChecks.check(n >= 2, "returns", n + " values", "must hold at least 2 values");
        double sum = 0;
        for (double r : returns) {
            sum += r;
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double r : returns) {
            double d = r - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        double sd = Math.sqrt(m2 / (n - 1));
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 == 0) {
            return new ReturnMoments(n, mean, 0.0, 0.0, 3.0);
        }
        return new ReturnMoments(n, mean, sd, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2));
    }
}
