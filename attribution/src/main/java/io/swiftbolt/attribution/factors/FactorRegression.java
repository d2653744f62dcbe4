package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * The result of an OLS factor regression {@code r_t = alpha + sum_j beta_j f_jt + e_t}: the
 * estimates with their standard errors, t statistics and p-values, and the fit's summary
 * statistics.
 *
 * <p>Definitions ({@code n} observations, {@code p} terms including alpha, {@code q = p - 1}
 * factors, {@code SSR} the residual sum of squares, {@code TSS} the total sum of squares about
 * the mean): {@code rSquared = 1 - SSR / TSS}; {@code adjustedRSquared =
 * 1 - (n - 1) / (n - p) * SSR / TSS}; {@code residualStd = sqrt(SSR / (n - p))} (the standard
 * error of the regression); {@code fStatistic} tests that every beta is zero (see
 * {@link CovarianceType} for its form), infinite for a perfect fit. These match statsmodels'
 * {@code rsquared}, {@code rsquared_adj}, {@code sqrt(scale)}, {@code fvalue} and
 * {@code f_pvalue}.
 *
 * @param terms                    alpha first, then the factors in input order
 * @param covarianceType           the covariance behind the standard errors
 * @param lags                     the Newey-West lags, 0 for {@link CovarianceType#CLASSICAL}
 * @param observations             the number of observations {@code n}
 * @param residualDegreesOfFreedom {@code n - p}, positive
 * @param rSquared                 the coefficient of determination
 * @param adjustedRSquared         R-squared adjusted for the degrees of freedom
 * @param residualStd              {@code sqrt(SSR / (n - p))}, per period
 * @param fStatistic               the F statistic, zero or positive, possibly infinite
 * @param fPValue                  the F statistic's p-value, in {@code [0, 1]}
 * @param periodsPerYear           the annualization factor for {@link #alphaAnnualized()}
 */
public record FactorRegression(List<TermEstimate> terms, CovarianceType covarianceType, int lags,
                               int observations, int residualDegreesOfFreedom, double rSquared,
                               double adjustedRSquared, double residualStd, double fStatistic, double fPValue,
                               double periodsPerYear) {

    /** The intercept's term name: {@value}. */
    public static final String ALPHA = "alpha";

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a list or type is null, there are fewer than two terms
     *                                  or the first is not alpha, a count is out of range or a
     *                                  statistic is NaN or out of its range
     */
    public FactorRegression {
        ArgChecks.notNull(terms, "terms");
        terms = List.copyOf(terms);
        ArgChecks.check(terms.size() >= 2 && ALPHA.equals(terms.get(0).term()), "terms", terms,
                "must start with alpha and hold at least one factor");
        ArgChecks.notNull(covarianceType, "covarianceType");
        ArgChecks.notNegative(lags, "lags");
        ArgChecks.positive(residualDegreesOfFreedom, "residualDegreesOfFreedom");
        ArgChecks.check(observations == residualDegreesOfFreedom + terms.size(), "observations", observations,
                "must equal residualDegreesOfFreedom + number of terms");
        ArgChecks.finite(rSquared, "rSquared");
        ArgChecks.finite(adjustedRSquared, "adjustedRSquared");
        ArgChecks.notNegative(residualStd, "residualStd");
        ArgChecks.check(fStatistic >= 0, "fStatistic", fStatistic, "must be zero or positive");
        ArgChecks.inRange(fPValue, 0, 1, "fPValue");
        ArgChecks.positive(periodsPerYear, "periodsPerYear");
    }

    /**
     * The intercept's estimate.
     *
     * @return the alpha term
     */
    public TermEstimate alphaTerm() {
        return terms.get(0);
    }

    /**
     * Alpha per period, in the units of the returns regressed.
     *
     * @return alpha, a decimal per period
     */
    public double alpha() {
        return terms.get(0).coefficient();
    }

    /**
     * Alpha annualized arithmetically: {@code alpha * periodsPerYear} (12 for monthly returns).
     *
     * @return alpha per year, a decimal
     */
    public double alphaAnnualized() {
        return alpha() * periodsPerYear;
    }

    /**
     * The factors' estimates, in input order (without alpha).
     *
     * @return an immutable list
     */
    public List<TermEstimate> factors() {
        return terms.subList(1, terms.size());
    }

    /**
     * A term by name.
     *
     * @param name {@value #ALPHA} or a factor's name
     * @return the term
     * @throws IllegalArgumentException if there is no such term
     */
    public TermEstimate term(String name) {
        for (TermEstimate t : terms) {
            if (t.term().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("term must be one of " + terms.stream().map(TermEstimate::term).toList()
                + ", was \"" + name + "\"");
    }

    /**
     * The coefficients, alpha first.
     *
     * @return a new array
     */
    public double[] coefficients() {
        double[] out = new double[terms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = terms.get(i).coefficient();
        }
        return out;
    }

    /**
     * The mean of the returns regressed, the sum of the terms' contributions.
     *
     * @return the mean return per period
     */
    public double meanReturn() {
        double s = 0;
        for (TermEstimate t : terms) {
            s += t.contribution();
        }
        return s;
    }
}
