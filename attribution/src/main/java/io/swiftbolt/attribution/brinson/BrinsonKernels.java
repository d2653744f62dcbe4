package io.swiftbolt.attribution.brinson;

/**
 * Static Brinson kernels on {@code double[]} for hot loops: grouping securities into sectors,
 * single-period effects and the Carino and Menchero linking coefficients. All returns are simple
 * returns as decimals; weights are fractions that the caller has already normalized.
 *
 * <p>Nothing is validated here (that is the job of {@link BrinsonAttribution}); nothing is
 * allocated: results go into caller-supplied arrays. Stateless and thread-safe as long as
 * callers do not share output arrays.
 */
public final class BrinsonKernels {

    private BrinsonKernels() {
    }

    /**
     * Groups {@code n} rows into sectors: sector weights are sums, sector returns are
     * weight-averaged, and one-sided sectors are filled in as {@link SectorCoverage} describes
     * (benchmark-only: {@code rp = rb}; portfolio-only: {@code rb} is the portfolio-weighted
     * average of the rows' {@code rb}; neither: both 0).
     *
     * @param sectorOf      the sector index of each row, in {@code [0, sectors)}
     * @param wp            the rows' portfolio weights, zero or positive
     * @param wb            the rows' benchmark weights, zero or positive
     * @param rp            the rows' portfolio returns
     * @param rb            the rows' benchmark returns
     * @param n             the number of rows to read
     * @param sectors       the number of sectors
     * @param sectorWp      out: sector portfolio weights, length at least {@code sectors}
     * @param sectorWb      out: sector benchmark weights
     * @param sectorRp      out: sector portfolio returns
     * @param sectorRb      out: sector benchmark returns
     */
    public static void groupBySector(int[] sectorOf, double[] wp, double[] wb, double[] rp, double[] rb, int n,
                                     int sectors, double[] sectorWp, double[] sectorWb, double[] sectorRp,
                                     double[] sectorRb) {
        for (int s = 0; s < sectors; s++) {
            sectorWp[s] = 0;
            sectorWb[s] = 0;
            sectorRp[s] = 0;
            sectorRb[s] = 0;
        }
        for (int i = 0; i < n; i++) {
            int s = sectorOf[i];
            sectorWp[s] += wp[i];
            sectorWb[s] += wb[i];
            sectorRp[s] += wp[i] * rp[i];
            sectorRb[s] += wb[i] * rb[i];
        }
        boolean portfolioOnly = false;
        for (int s = 0; s < sectors; s++) {
            if (sectorWb[s] == 0 && sectorWp[s] > 0) {
                portfolioOnly = true;
            }
        }
        if (portfolioOnly) {
            // Rows of portfolio-only sectors added nothing to sectorRb (wb = 0): reuse it for the
            // portfolio-weighted benchmark return the caller supplied.
            for (int i = 0; i < n; i++) {
                int s = sectorOf[i];
                if (sectorWb[s] == 0) {
                    sectorRb[s] += wp[i] * rb[i];
                }
            }
        }
        for (int s = 0; s < sectors; s++) {
            double p = sectorWp[s];
            double b = sectorWb[s];
            if (p > 0 && b > 0) {
                sectorRp[s] /= p;
                sectorRb[s] /= b;
            } else if (b > 0) {
                sectorRb[s] /= b;
                sectorRp[s] = sectorRb[s];
            } else if (p > 0) {
                sectorRp[s] /= p;
                sectorRb[s] /= p;
            } else {
                sectorRp[s] = 0;
                sectorRb[s] = 0;
            }
        }
    }

    /**
     * Single-period effects of {@code n} sectors (see {@link BrinsonMethod} for the formulas).
     *
     * @param method      BHB or Brinson-Fachler
     * @param wp          sector portfolio weights, summing to 1
     * @param wb          sector benchmark weights, summing to 1
     * @param rp          sector portfolio returns
     * @param rb          sector benchmark returns
     * @param n           the number of sectors
     * @param allocation  out: allocation effects, length at least {@code n}
     * @param selection   out: selection effects
     * @param interaction out: interaction effects
     * @return the benchmark's total return {@code Rb = sum(wb * rb)}
     */
    public static double effects(BrinsonMethod method, double[] wp, double[] wb, double[] rp, double[] rb, int n,
                                 double[] allocation, double[] selection, double[] interaction) {
        double benchmark = 0;
        for (int s = 0; s < n; s++) {
            benchmark += wb[s] * rb[s];
        }
        double base = method == BrinsonMethod.BRINSON_FACHLER ? benchmark : 0.0;
        for (int s = 0; s < n; s++) {
            double active = wp[s] - wb[s];
            double excess = rp[s] - rb[s];
            allocation[s] = active * (rb[s] - base);
            selection[s] = wb[s] * excess;
            interaction[s] = active * excess;
        }
        return benchmark;
    }

    /**
     * The compounded return {@code prod(1 + r_t) - 1} of {@code periods} simple returns.
     *
     * @param returns the period returns, each above -1
     * @param periods the number of periods to read
     * @return the compounded return
     */
    public static double compound(double[] returns, int periods) {
        double growth = 1;
        for (int t = 0; t < periods; t++) {
            growth *= 1 + returns[t];
        }
        return growth - 1;
    }

    /**
     * Carino's coefficients {@code c_t = k_t / k} (see {@link LinkingMethod#CARINO}).
     *
     * @param portfolio    the portfolio's period returns, each above -1
     * @param benchmark    the benchmark's period returns, each above -1
     * @param periods      the number of periods, positive
     * @param coefficients out: the coefficients, length at least {@code periods}
     */
    public static void carinoCoefficients(double[] portfolio, double[] benchmark, int periods,
                                          double[] coefficients) {
        double k = logRatioSlope(compound(portfolio, periods), compound(benchmark, periods));
        for (int t = 0; t < periods; t++) {
            coefficients[t] = logRatioSlope(portfolio[t], benchmark[t]) / k;
        }
    }

    /**
     * Menchero's coefficients {@code c_t = M + alpha_t} (see {@link LinkingMethod#MENCHERO}).
     *
     * @param portfolio    the portfolio's period returns, each above -1
     * @param benchmark    the benchmark's period returns, each above -1
     * @param periods      the number of periods, positive
     * @param coefficients out: the coefficients, length at least {@code periods}
     */
    public static void mencheroCoefficients(double[] portfolio, double[] benchmark, int periods,
                                            double[] coefficients) {
        double rp = compound(portfolio, periods);
        double rb = compound(benchmark, periods);
        double active = rp - rb;
        double m;
        if (active == 0) {
            m = Math.pow(1 + rp, (periods - 1.0) / periods);
        } else {
            // (1+Rp)^(1/T) - (1+Rb)^(1/T) = (1+Rb)^(1/T) * expm1(ln((1+Rp)/(1+Rb)) / T), without
            // the cancellation of subtracting two nearly equal roots.
            double logRatio = Math.log1p(active / (1 + rb));
            double rootGap = Math.exp(Math.log1p(rb) / periods) * Math.expm1(logRatio / periods);
            m = active / (periods * rootGap);
        }
        double sum = 0;
        double sumSq = 0;
        for (int t = 0; t < periods; t++) {
            double a = portfolio[t] - benchmark[t];
            sum += a;
            sumSq += a * a;
        }
        double scale = sumSq == 0 ? 0 : (active - m * sum) / sumSq;
        for (int t = 0; t < periods; t++) {
            coefficients[t] = m + scale * (portfolio[t] - benchmark[t]);
        }
    }

    /**
     * Links period effects: {@code linked[j] = sum_t coefficients[t] * effects[t * width + j]}.
     *
     * @param effects      the period effects, row-major {@code periods x width}
     * @param periods      the number of periods
     * @param width        the number of effects per period (e.g. 3 per sector)
     * @param coefficients the linking coefficients, one per period
     * @param linked       out: the linked effects, length at least {@code width}
     */
    public static void link(double[] effects, int periods, int width, double[] coefficients, double[] linked) {
        for (int j = 0; j < width; j++) {
            linked[j] = 0;
        }
        for (int t = 0; t < periods; t++) {
            double c = coefficients[t];
            int row = t * width;
            for (int j = 0; j < width; j++) {
                linked[j] += c * effects[row + j];
            }
        }
    }

    /**
     * {@code (ln(1 + a) - ln(1 + b)) / (a - b)}, or its limit {@code 1 / (1 + b)} when
     * {@code a == b}; accurate when {@code a} and {@code b} are close.
     */
    static double logRatioSlope(double a, double b) {
        double d = a - b;
        if (d == 0) {
            return 1 / (1 + b);
        }
        return Math.log1p(d / (1 + b)) / d;
    }
}
