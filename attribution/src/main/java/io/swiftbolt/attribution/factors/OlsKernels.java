package io.swiftbolt.attribution.factors;

/**
 * Static ordinary-least-squares kernels on row-major {@code double[]} matrices: the QR fit, the
 * classical and Newey-West covariance pieces and the sandwich product.
 *
 * <p>Matrices are row-major: element {@code (i, j)} of an {@code n x p} matrix is
 * {@code a[i * p + j]}. Nothing is validated here (that is {@link FactorAnalyzer}'s job); results
 * go into caller-supplied arrays. {@link #fit} allocates three work arrays per call (a
 * column-major copy of X, a copy of y and R), never per element. Stateless and
 * thread-safe as long as callers do not share output arrays.
 */
public final class OlsKernels {

    private OlsKernels() {
    }

    /**
     * Least squares {@code min ||y - X beta||} by Householder QR ({@code X = Q R}), with
     * {@code (X'X)^-1 = R^-1 R^-T} and the residuals.
     *
     * <p>Collinearity is detected column by column: column {@code j} is rejected when
     * {@code |R_jj| <= tolerance * ||x_j||}, i.e. when the sine of the angle between {@code x_j}
     * and the span of the columns before it is at most {@code tolerance}. A zero column is always
     * rejected. Nothing is written to the outputs in that case.
     *
     * @param x          the design matrix, row-major {@code n x p}, length exactly {@code n * p}
     * @param y          the responses, length exactly {@code n}
     * @param n          the number of observations, at least {@code p}
     * @param p          the number of regressors (columns)
     * @param tolerance  the collinearity tolerance, e.g. 1e-10
     * @param beta       out: the coefficients, length at least {@code p}
     * @param xtxInverse out: {@code (X'X)^-1}, row-major {@code p x p}
     * @param residuals  out: {@code y - X beta}, length at least {@code n}
     * @return -1 on success, else the index of the first column found collinear with the ones
     *         before it
     */
    public static int fit(double[] x, double[] y, int n, int p, double tolerance, double[] beta,
                          double[] xtxInverse, double[] residuals) {
        // Column-major working copy of X and a copy of y; the Householder reflections
        // H_j = I - v v' / (v'v / 2) are applied to both in place, leaving R and Q'y.
        double[] a = new double[n * p];
        double[] qty = java.util.Arrays.copyOf(y, n);
        double[] rd = new double[p * p];
        for (int i = 0; i < n; i++) {
            int row = i * p;
            for (int j = 0; j < p; j++) {
                a[j * n + i] = x[row + j];
            }
        }
        for (int j = 0; j < p; j++) {
            int col = j * n;
            double columnNorm = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * p + j];
                columnNorm += v * v;
            }
            columnNorm = Math.sqrt(columnNorm);
            double tail = 0;
            for (int i = j; i < n; i++) {
                tail += a[col + i] * a[col + i];
            }
            double norm = Math.sqrt(tail);
            // |R_jj| is the part of x_j orthogonal to the columns before it.
            if (!(norm > tolerance * columnNorm) || columnNorm == 0) {
                return j;
            }
            double ajj = a[col + j];
            double alpha = ajj > 0 ? -norm : norm;
            double v0 = ajj - alpha;
            a[col + j] = v0;
            // v'v = v0^2 + (tail - ajj^2) = 2 norm (norm + |ajj|): no cancellation.
            double scale = 1.0 / (norm * (norm + Math.abs(ajj)));
            for (int k = j + 1; k < p; k++) {
                int other = k * n;
                double dot = 0;
                for (int i = j; i < n; i++) {
                    dot += a[col + i] * a[other + i];
                }
                double f = dot * scale;
                for (int i = j; i < n; i++) {
                    a[other + i] -= f * a[col + i];
                }
                rd[j * p + k] = a[other + j];
            }
            double dot = 0;
            for (int i = j; i < n; i++) {
                dot += a[col + i] * qty[i];
            }
            double f = dot * scale;
            for (int i = j; i < n; i++) {
                qty[i] -= f * a[col + i];
            }
            rd[j * p + j] = alpha;
        }
        // R beta = (Q'y)[0..p) by back substitution.
        for (int j = p - 1; j >= 0; j--) {
            double sum = qty[j];
            for (int k = j + 1; k < p; k++) {
                sum -= rd[j * p + k] * beta[k];
            }
            beta[j] = sum / rd[j * p + j];
        }
        // R^-1 in place of R (upper triangular back substitution), then (X'X)^-1 = R^-1 R^-T.
        invertUpperTriangular(rd, p);
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double s = 0;
                for (int k = j; k < p; k++) {
                    s += rd[i * p + k] * rd[j * p + k];
                }
                xtxInverse[i * p + j] = s;
                xtxInverse[j * p + i] = s;
            }
        }
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            int row = i * p;
            for (int j = 0; j < p; j++) {
                fitted += x[row + j] * beta[j];
            }
            residuals[i] = y[i] - fitted;
        }
        return -1;
    }

    /**
     * Inverts an upper-triangular {@code p x p} row-major matrix in place (the lower triangle is
     * ignored and left as is). The diagonal must be non-zero.
     *
     * @param r the matrix, overwritten by its inverse
     * @param p the order
     */
    public static void invertUpperTriangular(double[] r, int p) {
        for (int j = p - 1; j >= 0; j--) {
            double d = 1 / r[j * p + j];
            r[j * p + j] = d;
            for (int i = j - 1; i >= 0; i--) {
                // Row i of the inverse at column j: -(sum_{k=i+1..j} R_ik Rinv_kj) / R_ii.
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += r[i * p + k] * r[k * p + j];
                }
                r[i * p + j] = -s / r[i * p + i];
            }
        }
    }

    /**
     * The Newey-West (Bartlett kernel) long-run covariance of the score {@code u_t = x_t e_t}:
     * {@code S = sum_t u_t u_t' + sum_{j=1..L} w_j sum_{t>=j} (u_t u_{t-j}' + u_{t-j} u_t')}
     * with {@code w_j = 1 - j / (L + 1)}. No scaling by {@code n} and no small-sample factor
     * (statsmodels' {@code S_hac_simple}); {@code lags = 0} gives White's (HC0) middle matrix.
     *
     * @param x         the design matrix, row-major {@code n x p}
     * @param residuals the residuals, length at least {@code n}
     * @param n         the number of observations
     * @param p         the number of regressors
     * @param lags      the highest lag {@code L}, zero or positive
     * @param meat      out: {@code S}, row-major {@code p x p}
     */
    public static void neweyWestMeat(double[] x, double[] residuals, int n, int p, int lags, double[] meat) {
        java.util.Arrays.fill(meat, 0, p * p, 0.0);
        for (int t = 0; t < n; t++) {
            double et = residuals[t];
            int rt = t * p;
            for (int a = 0; a < p; a++) {
                double ua = x[rt + a] * et;
                for (int b = a; b < p; b++) {
                    meat[a * p + b] += ua * x[rt + b] * et;
                }
            }
        }
        for (int j = 1; j <= lags && j < n; j++) {
            double w = 1 - j / (lags + 1.0);
            for (int t = j; t < n; t++) {
                double et = residuals[t];
                double es = residuals[t - j];
                int rt = t * p;
                int rs = (t - j) * p;
                for (int a = 0; a < p; a++) {
                    double uta = w * x[rt + a] * et;
                    double usa = w * x[rs + a] * es;
                    for (int b = a; b < p; b++) {
                        meat[a * p + b] += uta * x[rs + b] * es + usa * x[rt + b] * et;
                    }
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                meat[a * p + b] = meat[b * p + a];
            }
        }
    }

    /**
     * The sandwich {@code B M B} of symmetric {@code p x p} matrices (row-major).
     *
     * @param bread the outer matrix {@code B}, symmetric
     * @param meat  the inner matrix {@code M}
     * @param p     the order
     * @param work  scratch of length at least {@code p * p}
     * @param out   out: {@code B M B}, may not alias the inputs
     */
    public static void sandwich(double[] bread, double[] meat, int p, double[] work, double[] out) {
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < p; k++) {
                    s += bread[i * p + k] * meat[k * p + j];
                }
                work[i * p + j] = s;
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < p; k++) {
                    s += work[i * p + k] * bread[k * p + j];
                }
                out[i * p + j] = s;
            }
        }
    }

    /**
     * The quadratic form {@code b' A^-1 b} for a symmetric positive-definite {@code q x q} matrix
     * {@code A} (row-major), by Cholesky decomposition in {@code work}.
     *
     * @param a    the matrix, not modified
     * @param b    the vector, length at least {@code q}
     * @param q    the order, positive
     * @param work scratch of length at least {@code q * q + q}
     * @return the form (zero or positive), or -1 if {@code A} is not positive definite
     */
    public static double inverseQuadraticForm(double[] a, double[] b, int q, double[] work) {
        // Lower Cholesky factor L (A = L L') in work[0 .. q*q), then z = L^-1 b in work[q*q ..).
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * q + j];
                for (int k = 0; k < j; k++) {
                    s -= work[i * q + k] * work[j * q + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return -1;
                    }
                    work[i * q + i] = Math.sqrt(s);
                } else {
                    work[i * q + j] = s / work[j * q + j];
                }
            }
        }
        int z = q * q;
        double form = 0;
        for (int i = 0; i < q; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= work[i * q + k] * work[z + k];
            }
            double zi = s / work[i * q + i];
            work[z + i] = zi;
            form += zi * zi;
        }
        return form;
    }
}
