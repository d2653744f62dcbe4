package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.util.ArgChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Multi-factor regression of portfolio returns on factor returns by ordinary least squares with
 * an intercept: {@code r_t = alpha + sum_j beta_j f_jt + e_t}.
 *
 * <pre>{@code
 * FactorAnalyzer analyzer = FactorAnalyzer.builder().periodsPerYear(12).neweyWest(3).build();
 * RegressionData data = FamaFrench.monthly().align(MonthlyReturns.of(BundledData.sp500()),
 *         List.of("MktRF", "SMB", "HML", "Mom"), "RF");
 * FactorRegression fit = analyzer.fit(data);
 * double alphaPerYear = fit.alphaAnnualized();
 * }</pre>
 *
 * <p>Returns and factor returns are simple returns per period as decimals; pass excess returns
 * (over the risk-free rate) for a CAPM-style alpha. The fit uses a Householder QR decomposition,
 * so it is as accurate as the data allow; it reproduces statsmodels' {@code OLS} (tested to
 * 1e-10 on coefficients and 1e-8 on standard errors, see {@link FactorRegression} and
 * {@link CovarianceType} for the definitions).
 *
 * <p><b>Errors.</b> Fewer observations than terms plus one, collinear regressors (a factor that
 * is constant, repeated or a linear combination of others, to within
 * {@link Builder#collinearityTolerance}) and returns that do not vary are rejected with an
 * {@link IllegalArgumentException} naming the problem.
 *
 * <p>Immutable and thread-safe.
 */
public final class FactorAnalyzer {

    /** The default collinearity tolerance: {@value}. */
    public static final double DEFAULT_COLLINEARITY_TOLERANCE = 1e-10;

    private final double periodsPerYear;
    private final CovarianceType covarianceType;
    private final int lags;
    private final boolean smallSampleCorrection;
    private final double collinearityTolerance;

    private FactorAnalyzer(Builder b) {
        this.periodsPerYear = b.periodsPerYear;
        this.covarianceType = b.covarianceType;
        this.lags = b.lags;
        this.smallSampleCorrection = b.smallSampleCorrection;
        this.collinearityTolerance = b.collinearityTolerance;
    }

    /**
     * A builder with the defaults: 12 periods per year, classical standard errors, collinearity
     * tolerance {@value #DEFAULT_COLLINEARITY_TOLERANCE}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The annualization factor.
     *
     * @return periods per year
     */
    public double periodsPerYear() {
        return periodsPerYear;
    }

    /**
     * The covariance behind the standard errors.
     *
     * @return the covariance type
     */
    public CovarianceType covarianceType() {
        return covarianceType;
    }

    /**
     * Fits aligned data (see {@link MonthlyFactors#align}).
     *
     * @param data the returns and factors
     * @return the regression
     * @throws IllegalArgumentException as {@link #fit(double[], FactorReturns)}
     */
    public FactorRegression fit(RegressionData data) {
        ArgChecks.notNull(data, "data");
        return fit(data.returns(), data.factors());
    }

    /**
     * Fits {@code returns} on {@code factors} with an intercept.
     *
     * @param returns the returns per period (usually excess returns), decimals, finite
     * @param factors the factor returns over the same periods
     * @return the regression: alpha first, then the factors in order
     * @throws IllegalArgumentException if an argument is null or has a non-finite value, the
     *                                  lengths differ, there are not more observations than terms
     *                                  ({@code n <= p}), the returns are all equal, the regressors
     *                                  are collinear, or the Newey-West covariance of the betas is
     *                                  not positive definite
     */
    public FactorRegression fit(double[] returns, FactorReturns factors) {
        ArgChecks.allFinite(returns, "returns");
        ArgChecks.notNull(factors, "factors");
        int n = returns.length;
        ArgChecks.sameLength(factors.length(), n, "factors (periods)");
        int k = factors.count();
        int p = k + 1;
        ArgChecks.check(n > p, "observations", n, "must exceed the number of regressors p = " + p
                + " (alpha and " + k + " factors): fewer observations than regressors leave no degrees of freedom");
        double[] x = new double[n * p];
        double[] means = new double[p];
        means[0] = 1;
        for (int i = 0; i < n; i++) {
            x[i * p] = 1;
        }
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = factors.get(j, i);
                x[i * p + j + 1] = v;
                sum += v;
            }
            means[j + 1] = sum / n;
        }
        return fit(x, returns, n, p, factors.names(), means);
    }

    /**
     * Rolling-window regressions: fit {@code i} uses the periods {@code [i, i + window)}, for
     * {@code i = 0 .. n - window}, giving exposures that move through time.
     *
     * @param returns the returns per period, decimals, finite
     * @param factors the factor returns over the same periods
     * @param window  the window length, more than the number of terms and at most {@code n}
     * @return {@code n - window + 1} regressions, in time order
     * @throws IllegalArgumentException as {@link #fit(double[], FactorReturns)} for any window, or
     *                                  if {@code window} is out of range
     */
    public List<FactorRegression> rolling(double[] returns, FactorReturns factors, int window) {
        ArgChecks.allFinite(returns, "returns");
        ArgChecks.notNull(factors, "factors");
        ArgChecks.sameLength(factors.length(), returns.length, "factors (periods)");
        ArgChecks.inRange(window, factors.count() + 2, returns.length, "window");
        List<FactorRegression> out = new ArrayList<>(returns.length - window + 1);
        for (int i = 0; i + window <= returns.length; i++) {
            try {
                out.add(fit(Arrays.copyOfRange(returns, i, i + window), factors.slice(i, i + window)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("window [" + i + ", " + (i + window) + "): " + e.getMessage(), e);
            }
        }
        return out;
    }

    private FactorRegression fit(double[] x, double[] y, int n, int p, List<String> names, double[] means) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double tss = 0;
        for (double v : y) {
            tss += (v - mean) * (v - mean);
        }
        ArgChecks.check(tss > 0, "returns", "all " + y[0], "must vary: the total sum of squares is zero");
        double[] beta = new double[p];
        double[] bread = new double[p * p];
        double[] resid = new double[n];
        int bad = OlsKernels.fit(x, y, n, p, collinearityTolerance, beta, bread, resid);
        if (bad >= 0) {
            String what = bad == 0 ? "the intercept" : "factor \"" + names.get(bad - 1) + "\"";
            throw new IllegalArgumentException("factors must not be collinear: " + what
                    + " is constant, repeated or a linear combination of "
                    + (bad <= 1 ? "the intercept" : "the intercept and " + names.subList(0, bad - 1))
                    + " (tolerance " + collinearityTolerance + ")");
        }
        double ssr = 0;
        for (double e : resid) {
            ssr += e * e;
        }
        int df = n - p;
        int q = p - 1;
        double[] cov = new double[p * p];
        if (covarianceType == CovarianceType.CLASSICAL) {
            double s2 = ssr / df;
            for (int i = 0; i < cov.length; i++) {
                cov[i] = s2 * bread[i];
            }
        } else {
            double[] meat = new double[p * p];
            OlsKernels.neweyWestMeat(x, resid, n, p, lags, meat);
            OlsKernels.sandwich(bread, meat, p, new double[p * p], cov);
            if (smallSampleCorrection) {
                double c = n / (double) df;
                for (int i = 0; i < cov.length; i++) {
                    cov[i] *= c;
                }
            }
        }
        double fStat;
        if (ssr == 0) {
            fStat = Double.POSITIVE_INFINITY;
        } else if (covarianceType == CovarianceType.CLASSICAL) {
            fStat = ((tss - ssr) / q) / (ssr / df);
        } else {
            double[] sub = new double[q * q];
            double[] b = new double[q];
            for (int i = 0; i < q; i++) {
                b[i] = beta[i + 1];
                for (int j = 0; j < q; j++) {
                    sub[i * q + j] = cov[(i + 1) * p + j + 1];
                }
            }
            double wald = OlsKernels.inverseQuadraticForm(sub, b, q, new double[q * q + q]);
            ArgChecks.check(wald >= 0, "Newey-West covariance", "singular",
                    "of the betas must be positive definite (use fewer lags or classical errors)");
            fStat = wald / q;
        }
        TDistribution t = covarianceType == CovarianceType.CLASSICAL ? TDistribution.of(df) : null;
        NormalDistribution z = t == null ? NormalDistribution.of(0, 1) : null;
        List<TermEstimate> terms = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(Math.max(0, cov[j * p + j]));
            double stat;
            double pValue;
            if (se == 0) {
                stat = beta[j] == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, beta[j]);
                pValue = beta[j] == 0 ? 1 : 0;
            } else {
                stat = beta[j] / se;
                double tail = t != null ? t.survivalProbability(Math.abs(stat))
                        : z.survivalProbability(Math.abs(stat));
                pValue = Math.min(1, 2 * tail);
            }
            terms.add(new TermEstimate(j == 0 ? FactorRegression.ALPHA : names.get(j - 1), beta[j], se, stat, pValue,
                    beta[j] * means[j]));
        }
        double fP = Double.isInfinite(fStat) ? 0 : FDistribution.of(q, df).survivalProbability(fStat);
        double r2 = 1 - ssr / tss;
        double adj = 1 - (n - 1.0) / df * (ssr / tss);
        return new FactorRegression(terms, covarianceType, covarianceType == CovarianceType.CLASSICAL ? 0 : lags,
                n, df, r2, adj, Math.sqrt(ssr / df), fStat, fP, periodsPerYear);
    }

    /**
     * Configures a {@link FactorAnalyzer}. Not thread-safe; the analyzer it builds is.
     */
    public static final class Builder {
        private double periodsPerYear = 12;
        private CovarianceType covarianceType = CovarianceType.CLASSICAL;
        private int lags;
        private boolean smallSampleCorrection;
        private double collinearityTolerance = DEFAULT_COLLINEARITY_TOLERANCE;

        private Builder() {
        }

        /**
         * Periods per year, for {@link FactorRegression#alphaAnnualized()}; default 12 (monthly).
         *
         * @param periodsPerYear e.g. 12 for monthly, 252 for daily returns; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder periodsPerYear(double periodsPerYear) {
            this.periodsPerYear = ArgChecks.positive(periodsPerYear, "periodsPerYear");
            return this;
        }

        /**
         * Classical OLS standard errors (the default).
         *
         * @return this builder
         */
        public Builder classical() {
            this.covarianceType = CovarianceType.CLASSICAL;
            this.lags = 0;
            return this;
        }

        /**
         * Newey-West (HAC) standard errors with Bartlett weights up to {@code lags} lags; 0 gives
         * White's heteroskedasticity-robust (HC0) errors.
         *
         * @param lags the highest lag, zero or positive
         * @return this builder
         * @throws IllegalArgumentException if {@code lags} is negative
         */
        public Builder neweyWest(int lags) {
            this.lags = ArgChecks.notNegative(lags, "lags");
            this.covarianceType = CovarianceType.NEWEY_WEST;
            return this;
        }

        /**
         * Whether Newey-West covariances are scaled by {@code n / (n - p)}; default false, as
         * statsmodels' {@code cov_type='HAC'} (its {@code use_correction=False}).
         *
         * @param correction true to scale
         * @return this builder
         */
        public Builder smallSampleCorrection(boolean correction) {
            this.smallSampleCorrection = correction;
            return this;
        }

        /**
         * The collinearity tolerance: a regressor whose sine of angle to the span of the
         * regressors before it is at most this is rejected; default
         * {@value FactorAnalyzer#DEFAULT_COLLINEARITY_TOLERANCE}.
         *
         * @param tolerance in {@code [0, 1)}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder collinearityTolerance(double tolerance) {
            ArgChecks.check(tolerance >= 0 && tolerance < 1, "collinearityTolerance", tolerance, "must be in [0, 1)");
            this.collinearityTolerance = tolerance;
            return this;
        }

        /**
         * Builds the analyzer.
         *
         * @return a new immutable analyzer
         */
        public FactorAnalyzer build() {
            return new FactorAnalyzer(this);
        }
    }
}
