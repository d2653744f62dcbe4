package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One term of a factor regression: the intercept {@value FactorRegression#ALPHA} or a factor.
 *
 * <p>Units are those of the returns regressed, per period (monthly returns give a monthly alpha).
 * When a standard error is exactly 0 (a perfect fit) the t statistic is infinite with the
 * coefficient's sign and the p-value 0, or both are 0 and 1 for a zero coefficient.
 *
 * @param term          the term's name
 * @param coefficient   the estimate: alpha per period, or the factor's beta
 * @param standardError the standard error of the estimate, zero or positive
 * @param tStatistic    {@code coefficient / standardError} (a z statistic under Newey-West)
 * @param pValue        the two-sided p-value of the statistic, in {@code [0, 1]}
 * @param contribution  the term's part of the mean return: alpha itself, or
 *                      {@code beta * mean(factor)}; over all terms they add up to the mean of the
 *                      returns regressed
 */
public record TermEstimate(String term, double coefficient, double standardError, double tStatistic,
                           double pValue, double contribution) {

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException if the name is blank, a number is NaN (the t statistic may
     *                                  be infinite), the standard error negative or the p-value
     *                                  outside {@code [0, 1]}
     */
    public TermEstimate {
        ArgChecks.notBlank(term, "term");
        ArgChecks.finite(coefficient, "coefficient");
        ArgChecks.notNegative(standardError, "standardError");
        ArgChecks.check(!Double.isNaN(tStatistic), "tStatistic", tStatistic, "must not be NaN");
        ArgChecks.inRange(pValue, 0, 1, "pValue");
        ArgChecks.finite(contribution, "contribution");
    }
}
