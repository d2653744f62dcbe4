package io.swiftbolt.discovery.overfit;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A deflated Sharpe ratio with its inputs (see {@link DeflatedSharpe}); Sharpe ratios per period.
 *
 * @param probability       the DSR: probability that the true Sharpe ratio exceeds {@code benchmark}, in {@code [0, 1]}
 * @param sharpe            the selected strategy's per-period Sharpe ratio
 * @param benchmark         {@code SR0}, the expected maximum per-period Sharpe ratio of the trials
 * @param trials            the number of trials {@code N}
 * @param trialsVariance    the variance of the trials' per-period Sharpe ratios
 * @param moments           the selected strategy's return moments
 */
public record DeflatedSharpeRatio(double probability, double sharpe, double benchmark, long trials,
                                  double trialsVariance, ReturnMoments moments) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is out of range or null
     */
    public DeflatedSharpeRatio {
        ArgChecks.inRange(probability, 0.0, 1.0, "probability");
        ArgChecks.finite(sharpe, "sharpe");
        ArgChecks.notNegative(benchmark, "benchmark");
        ArgChecks.check(trials >= 1, "trials", trials, "must be at least 1");
        ArgChecks.notNegative(trialsVariance, "trialsVariance");
        ArgChecks.notNull(moments, "moments");
    }

    /**
     * The benchmark annualized: {@code benchmark * sqrt(periodsPerYear)}.
     *
     * @param periodsPerYear e.g. 252
     * @return the annualized expected maximum Sharpe ratio
     * @throws IllegalArgumentException if {@code periodsPerYear} is not positive
     */
    public double annualizedBenchmark(double periodsPerYear) {
        return benchmark * Math.sqrt(ArgChecks.positive(periodsPerYear, "periodsPerYear"));
    }
}
