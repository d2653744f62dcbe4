package io.swiftbolt.attribution.factors;

/**
 * The covariance of the coefficient estimates behind the standard errors of a
 * {@link FactorRegression}.
 */
public enum CovarianceType {
    /**
     * Classical OLS: {@code s^2 (X'X)^-1} with {@code s^2 = SSR / (n - p)}; t statistics and
     * p-values from Student's t with {@code n - p} degrees of freedom, F from the classical
     * {@code (ESS / q) / (SSR / (n - p))} (as statsmodels' {@code nonrobust}).
     */
    CLASSICAL,
    /**
     * Newey-West heteroskedasticity and autocorrelation consistent (HAC):
     * {@code (X'X)^-1 S (X'X)^-1} with Bartlett weights {@code 1 - j / (L + 1)} for lags
     * {@code j = 1..L}, by default without small-sample factor; z statistics with normal p-values
     * and a Wald F over the factor coefficients with an {@code F(q, n - p)} p-value (as
     * statsmodels' {@code cov_type='HAC'} with its defaults).
     */
    NEWEY_WEST
}
