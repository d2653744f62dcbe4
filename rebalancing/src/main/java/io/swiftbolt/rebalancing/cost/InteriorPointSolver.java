package io.swiftbolt.rebalancing.cost;

/**
 * Primal-dual interior-point method (Mehrotra predictor-corrector) for the cost optimizer's convex
 * problem, on plain arrays. In scaled variables {@code u = v / rho} (so every box is within
 * {@code [0, 1]}) and a scaled objective {@code omega f}:
 * <pre>
 *   minimize   sum_k L_k u_k + sum_i C_i X_i^1.5          X_i = sum of the variables of symbol i
 *   subject to 0 &lt;= u_k &lt;= U_k,   sum_i s_i X_i = B,   [ g(u) = e' S e / r^2 - 1 &lt;= 0 ]
 * </pre>
 * with {@code e = w0 - t + rho sum_i s_i X_i} the active weights over all symbols. Each Newton step
 * eliminates the bound duals, the tracking-error slack and the variables of each symbol (their
 * barrier terms form a diagonal), leaving a system over the trading symbols with a border for the
 * budget: diagonal without the tracking-error constraint ({@code O(m)} per step) and dense with it
 * (one Cholesky factorization of the trading symbols' block per step, bordered by the budget and the
 * constraint's gradient; with a factor-model covariance, diagonal plus rank {@code k}, solved by the
 * Woodbury identity in {@code O(nt k^2)}). The true Hessian of the impact {@code 0.75 C X^-0.5} is
 * used, so there is no outer loop on the impact nor on the constraint's multiplier. The method stops at
 * the best iterate (by its scaled residuals) if rounding stalls it.
 *
 * <p>Not thread-safe: working arrays are fields; made per optimization.
 */
final class InteriorPointSolver {

    static final int MAX_ITERATIONS = 200;
    /** Scaled residual and complementarity tolerances at which the method stops. */
    private static final double TOL_BUDGET = 1e-11;
    private static final double TOL_CAP = 1e-11;
    private static final double TOL_DUAL = 1e-8;
    private static final double TOL_GAP = 1e-12;
    /** Fraction of the step to the boundary taken, at most; closer to 1 as the gap closes. */
    private static final double STEP_TO_BOUNDARY = 0.995;

    private final CostProblem p;
    private final int m;
    private final int nt;
    /** Trading symbols: index into the problem's symbols. */
    private final int[] sym;
    /** Variable to trading-symbol index. */
    private final int[] varT;
    private final double rho;
    private final double omega;
    private final double[] lin;
    private final double[] upper;
    private final double[] imp;
    private final double[] sgn;
    private final double budget;
    /** Trading-symbol block of the covariance, signed: {@code s_i s_j S_ij}, row-major; made with the cap. */
    private double[] covT;
    /** Factors of a factor-model covariance (0 without, or when told to use the full matrix). */
    private int factors;
    /** Signed exposures of the trading symbols {@code s_i X_i}, row-major {@code nt * factors}. */
    private final double[] vt;
    /** Specific variances of the trading symbols. */
    private final double[] deltaT;
    /** Woodbury working data: the diagonal part and the factorized {@code k x k} capacitance matrix. */
    private final double[] dprime;
    private final double[] cap;
    private final double[] wk;
    private final double radius2;

    // iterate
    final double[] u;
    private final double[] zl;
    private final double[] zu;
    private double y;
    private double lambda;
    private double slack;
    private int iterations;
    /** Whether the tracking-error term is present (as the constraint or as the objective). */
    private boolean dense;
    /** Whether the trading costs and tax are in the objective. */
    private boolean costs;
    private final double[] bestU;
    private double bestLambda;

    // work
    private final double[] x;
    private final double[] e;
    private final double[] se;
    private final double[] gamma;
    private final double[] rd;
    private final double[] dv;
    private final double[] ginv;
    private final double[] hess;
    private double[] nmat;
    private final double[] rv;
    private final double[] t;
    private final double[] pv;
    private final double[] qv;
    private final double[] gv;
    private final double[] du;
    private final double[] dzl;
    private final double[] dzu;
    private final double[] duAff;
    private final double[] dzlAff;
    private final double[] dzuAff;
    private double dy;
    private double dlam;
    private double ds;
    private double dlamAff;
    private double dsAff;
    private double rp;
    private double rg;

    /**
     * @param p   the problem, with at least one variable
     * @param radius the tracking-error cap imposed in {@link Mode#CAPPED} (annualized decimal), positive
     */
    InteriorPointSolver(CostProblem p, double radius) {
        this.p = p;
        this.m = p.m;
        int[] toT = new int[p.n];
        int count = 0;
        for (int i = 0; i < p.n; i++) {
            toT[i] = p.direction[i] != 0 ? count++ : -1;
        }
        this.nt = count;
        this.sym = new int[nt];
        for (int i = 0; i < p.n; i++) {
            if (toT[i] >= 0) {
                sym[toT[i]] = i;
            }
        }
        this.varT = new int[m];
        double maxUpper = 0;
        for (int k = 0; k < m; k++) {
            varT[k] = toT[p.varSymbol[k]];
            maxUpper = Math.max(maxUpper, p.varUpper[k]);
        }
        this.rho = maxUpper;
        double scale = 0;
        for (int k = 0; k < m; k++) {
            scale = Math.max(scale, Math.abs(p.linear[p.varSymbol[k]] + p.varTax[k]) * rho);
        }
        for (int i = 0; i < nt; i++) {
            scale = Math.max(scale, p.impact[sym[i]] * rho * Math.sqrt(rho));
        }
        this.omega = scale > 0 ? 1.0 / scale : 1.0;
        this.lin = new double[m];
        this.upper = new double[m];
        for (int k = 0; k < m; k++) {
            lin[k] = omega * rho * (p.linear[p.varSymbol[k]] + p.varTax[k]);
            upper[k] = p.varUpper[k] / rho;
        }
        this.imp = new double[nt];
        this.sgn = new double[nt];
        for (int i = 0; i < nt; i++) {
            imp[i] = omega * p.impact[sym[i]] * rho * Math.sqrt(rho);
            sgn[i] = p.direction[sym[i]];
        }
        this.budget = p.budget() / rho;
        this.radius2 = radius * radius;
        this.factors = p.factors;
        this.vt = new double[nt * factors];
        this.deltaT = new double[factors > 0 ? nt : 0];
        for (int i = 0; i < nt && factors > 0; i++) {
            for (int f = 0; f < factors; f++) {
                vt[i * factors + f] = sgn[i] * p.exposures[sym[i] * factors + f];
            }
            deltaT[i] = p.specific[sym[i]];
        }
        this.dprime = new double[factors > 0 ? nt : 0];
        this.cap = new double[factors * factors];
        this.wk = new double[factors];
        u = new double[m];
        bestU = new double[m];
        zl = new double[m];
        zu = new double[m];
        x = new double[nt];
        e = new double[p.n];
        se = new double[p.n];
        gamma = new double[nt];
        rd = new double[m];
        dv = new double[m];
        ginv = new double[nt];
        hess = new double[nt];
        rv = new double[m];
        t = new double[nt];
        pv = new double[nt];
        qv = new double[nt];
        gv = new double[nt];
        du = new double[m];
        dzl = new double[m];
        dzu = new double[m];
        duAff = new double[m];
        dzlAff = new double[m];
        dzuAff = new double[m];
    }

    /** The solution's variables in weights of V, clamped to their boxes. */
    double[] solution() {
        double[] v = new double[m];
        for (int k = 0; k < m; k++) {
            v[k] = rho * Math.max(0.0, Math.min(upper[k], u[k]));
        }
        return v;
    }

    /** Newton steps taken by the last {@link #solve(boolean)}. */
    int iterations() {
        return iterations;
    }

    /**
     * The tracking-error constraint's multiplier in weights of V per unit of {@code (w - t)' S (w - t)}
     * (0 without the constraint).
     */
    double multiplier() {
        return lambda / (omega * radius2);
    }

    /** What {@link #solve(Mode)} minimizes. */
    enum Mode {
        /** The costs, without the tracking-error cap (diagonal systems). */
        FREE,
        /** The costs subject to the tracking-error cap. */
        CAPPED,
        /** The tracking error alone (for a cap out of reach). */
        MIN_TRACKING_ERROR
    }

    /**
     * Runs the method from the centre of the boxes.
     *
     * @param mode what to minimize
     * @return true if it converged to the tolerances
     */
    boolean solve(Mode mode) {
        boolean withCap = mode == Mode.CAPPED;
        dense = mode != Mode.FREE;
        costs = mode != Mode.MIN_TRACKING_ERROR;
        if (dense && factors == 0 && covT == null) {
            covT = new double[nt * nt];
            nmat = new double[nt * nt];
            for (int i = 0; i < nt; i++) {
                for (int j = 0; j < nt; j++) {
                    covT[i * nt + j] = sgn[i] * sgn[j] * p.cov[sym[i] * p.n + sym[j]];
                }
            }
        }
        for (int k = 0; k < m; k++) {
            u[k] = 0.5 * upper[k];
            zl[k] = 1;
            zu[k] = 1;
        }
        y = 0;
        lambda = dense ? 1 : 0;
        slack = 0;
        evaluate(withCap);
        slack = withCap ? Math.max(1.0, -(rg)) : 0;
        iterations = 0;
        int comps = 2 * m + (withCap ? 1 : 0);
        double bestMerit = Double.POSITIVE_INFINITY;
        for (int it = 0; it <= MAX_ITERATIONS; it++) {
            evaluate(withCap);
            double gap = complementarity(withCap) / comps;
            double dualInf = 0;
            for (int k = 0; k < m; k++) {
                dualInf = Math.max(dualInf, Math.abs(rd[k]));
            }
            double merit = Math.max(Math.max(Math.abs(rp) / (TOL_BUDGET * Math.max(1, Math.abs(budget))),
                    Math.abs(rg) / TOL_CAP), Math.max(dualInf / TOL_DUAL, gap / TOL_GAP));
            if (!(merit < bestMerit)) {
                if (Double.isNaN(merit) || merit > 1e6 * bestMerit) {
                    break; // numerical breakdown: keep the best iterate
                }
            } else {
                bestMerit = merit;
                keep();
            }
            if (merit <= 1 || it == MAX_ITERATIONS) {
                break;
            }
            iterations++;
            if (!factor(withCap)) {
                break; // lost positive definiteness to rounding: keep the best iterate
            }
            // predictor (affine scaling)
            direction(withCap, 0.0, false);
            double alphaAff = stepLength(withCap, gap);
            double gapAff = 0;
            for (int k = 0; k < m; k++) {
                gapAff += (u[k] + alphaAff * du[k]) * (zl[k] + alphaAff * dzl[k])
                        + (upper[k] - u[k] - alphaAff * du[k]) * (zu[k] + alphaAff * dzu[k]);
            }
            if (withCap) {
                gapAff += (slack + alphaAff * ds) * (lambda + alphaAff * dlam);
            }
            gapAff /= comps;
            double sigma = Math.pow(gapAff / gap, 3);
            System.arraycopy(du, 0, duAff, 0, m);
            System.arraycopy(dzl, 0, dzlAff, 0, m);
            System.arraycopy(dzu, 0, dzuAff, 0, m);
            dlamAff = dlam;
            dsAff = ds;
            // corrector
            // the target never falls below a tenth of the tolerance: a collapsed gap only costs accuracy
            direction(withCap, Math.max(sigma * gap, 0.1 * TOL_GAP), true);
            double alpha = stepLength(withCap, gap);
            for (int k = 0; k < m; k++) {
                u[k] += alpha * du[k];
                zl[k] += alpha * dzl[k];
                zu[k] += alpha * dzu[k];
            }
            y += alpha * dy;
            if (withCap) {
                lambda += alpha * dlam;
                slack += alpha * ds;
            }
        }
        restore();
        return bestMerit <= 1;
    }

    private void keep() {
        System.arraycopy(u, 0, bestU, 0, m);
        bestLambda = lambda;
    }

    private void restore() {
        System.arraycopy(bestU, 0, u, 0, m);
        lambda = bestLambda;
    }

    private double complementarity(boolean withCap) {
        double c = 0;
        for (int k = 0; k < m; k++) {
            c += u[k] * zl[k] + (upper[k] - u[k]) * zu[k];
        }
        return withCap ? c + slack * lambda : c;
    }

    /** Residuals at the iterate: dual rd, budget rp, constraint rg = g + slack, and the gradient gamma. */
    private void evaluate(boolean withCap) {
        java.util.Arrays.fill(x, 0.0);
        for (int k = 0; k < m; k++) {
            x[varT[k]] += u[k];
        }
        rp = -budget;
        for (int i = 0; i < nt; i++) {
            rp += sgn[i] * x[i];
        }
        rg = 0;
        if (dense) {
            int n = p.n;
            for (int i = 0; i < n; i++) {
                e[i] = p.w0[i] - p.targets[i];
            }
            for (int i = 0; i < nt; i++) {
                e[sym[i]] += rho * sgn[i] * x[i];
            }
            double q = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    s += p.cov[row + j] * e[j];
                }
                se[i] = s;
                q += e[i] * s;
            }
            if (withCap) {
                rg = q / radius2 - 1 + slack;
            }
            for (int i = 0; i < nt; i++) {
                gamma[i] = 2 * rho * sgn[i] * se[sym[i]] / radius2;
            }
        }
        for (int k = 0; k < m; k++) {
            int i = varT[k];
            double g = sgn[i] * y - zl[k] + zu[k];
            if (costs) {
                g += lin[k] + 1.5 * imp[i] * Math.sqrt(x[i]);
            }
            if (dense) {
                g += lambda * gamma[i];
            }
            rd[k] = g;
        }
    }

    /** The reduced matrix over the trading symbols, factorized (dense Cholesky with the tracking-error term, else diagonal). */
    private boolean factor(boolean withCap) {
        java.util.Arrays.fill(ginv, 0.0);
        for (int k = 0; k < m; k++) {
            dv[k] = zl[k] / u[k] + zu[k] / (upper[k] - u[k]);
            ginv[varT[k]] += 1.0 / dv[k];
        }
        for (int i = 0; i < nt; i++) {
            ginv[i] = 1.0 / ginv[i];
            hess[i] = ginv[i] + (costs && imp[i] > 0 ? 0.75 * imp[i] / Math.sqrt(x[i]) : 0.0);
        }
        if (!dense) {
            return true;
        }
        double cq = lambda * 2 * rho * rho / radius2;
        if (factors > 0) {
            // N = D' + cq V V' with D' = hess + cq delta: Woodbury, capacitance I / cq + V' D'^-1 V (k x k)
            java.util.Arrays.fill(cap, 0.0);
            for (int i = 0; i < nt; i++) {
                dprime[i] = hess[i] + cq * deltaT[i];
                int ri = i * factors;
                for (int a = 0; a < factors; a++) {
                    double va = vt[ri + a] / dprime[i];
                    for (int b = 0; b <= a; b++) {
                        cap[a * factors + b] += va * vt[ri + b];
                    }
                }
            }
            for (int a = 0; a < factors; a++) {
                cap[a * factors + a] += 1.0 / cq;
            }
            return cq > 0 && cholesky(cap, factors);
        }
        for (int i = 0; i < nt; i++) {
            int row = i * nt;
            for (int j = 0; j <= i; j++) {
                nmat[row + j] = cq * covT[row + j];
            }
            nmat[row + i] += hess[i];
        }
        return cholesky(nmat, nt);
    }

    /**
     * The Newton direction for complementarity targets {@code tau} (with the second-order terms of the
     * predictor when {@code corrector}), into du, dzl, dzu, dy, dlam, ds.
     */
    private void direction(boolean withCap, double tau, boolean corrector) {
        java.util.Arrays.fill(t, 0.0);
        for (int k = 0; k < m; k++) {
            double cl = tau - u[k] * zl[k] - (corrector ? duAff[k] * dzlAff[k] : 0.0);
            double cu = tau - (upper[k] - u[k]) * zu[k] + (corrector ? duAff[k] * dzuAff[k] : 0.0);
            double r = -rd[k] + cl / u[k] - cu / (upper[k] - u[k]);
            rv[k] = r;
            t[varT[k]] += r / dv[k];
        }
        for (int i = 0; i < nt; i++) {
            pv[i] = ginv[i] * t[i];
            qv[i] = sgn[i];
        }
        double cs = 0;
        if (withCap) {
            // The budget and the tracking-error constraint border the factorized matrix: a 2 x 2 Schur
            // complement, with the constraint's -slack/lambda kept apart rather than divided into the matrix.
            cs = tau - slack * lambda - (corrector ? dsAff * dlamAff : 0.0);
            System.arraycopy(gamma, 0, gv, 0, nt);
            solveN(pv);
            solveN(qv);
            solveN(gv);
        } else if (dense) {
            solveN(pv);
            solveN(qv);
        } else {
            for (int i = 0; i < nt; i++) {
                pv[i] /= hess[i];
                qv[i] /= hess[i];
            }
        }
        double aP = 0;
        double aQ = 0;
        double aG = 0;
        double gP = 0;
        double gG = 0;
        for (int i = 0; i < nt; i++) {
            aP += sgn[i] * pv[i];
            aQ += sgn[i] * qv[i];
            if (withCap) {
                aG += sgn[i] * gv[i];
                gP += gamma[i] * pv[i];
                gG += gamma[i] * gv[i];
            }
        }
        if (withCap) {
            double b1 = aP + rp;
            double b2 = gP + rg + cs / lambda;
            double c22 = gG + slack / lambda;
            double det = aQ * c22 - aG * aG;
            dy = (b1 * c22 - aG * b2) / det;
            dlam = (aQ * b2 - aG * b1) / det;
            ds = (cs - slack * dlam) / lambda;
            for (int i = 0; i < nt; i++) {
                pv[i] -= qv[i] * dy + gv[i] * dlam; // pv is now the step of the symbol trades
            }
        } else {
            dy = (aP + rp) / aQ;
            dlam = 0;
            ds = 0;
            for (int i = 0; i < nt; i++) {
                pv[i] -= qv[i] * dy;
            }
        }
        for (int k = 0; k < m; k++) {
            int i = varT[k];
            double step = (rv[k] - ginv[i] * (t[i] - pv[i])) / dv[k];
            du[k] = step;
            double cl = tau - u[k] * zl[k] - (corrector ? duAff[k] * dzlAff[k] : 0.0);
            double cu = tau - (upper[k] - u[k]) * zu[k] + (corrector ? duAff[k] * dzuAff[k] : 0.0);
            dzl[k] = (cl - zl[k] * step) / u[k];
            dzu[k] = (cu + zu[k] * step) / (upper[k] - u[k]);
        }
    }

    /** Solves the factorized reduced system in place (dense Cholesky or Woodbury on the factors). */
    private void solveN(double[] b) {
        if (factors == 0) {
            choleskySolve(nmat, nt, b);
            return;
        }
        java.util.Arrays.fill(wk, 0.0);
        for (int i = 0; i < nt; i++) {
            b[i] /= dprime[i];
            int ri = i * factors;
            for (int a = 0; a < factors; a++) {
                wk[a] += vt[ri + a] * b[i];
            }
        }
        choleskySolve(cap, factors, wk);
        for (int i = 0; i < nt; i++) {
            int ri = i * factors;
            double s = 0;
            for (int a = 0; a < factors; a++) {
                s += vt[ri + a] * wk[a];
            }
            b[i] -= s / dprime[i];
        }
    }

    /** From now on, solve with the full covariance matrix even if it is a factor model. */
    void useFullMatrix() {
        factors = 0;
    }

    /**
     * The largest step up to 1 keeping every bound, dual and the slack strictly positive: a fraction
     * {@code max(0.995, 1 - gap)} of the step to the boundary.
     */
    private double stepLength(boolean withCap, double gap) {
        double eta = Math.max(STEP_TO_BOUNDARY, 1 - gap);
        double a = 1.0 / eta;
        for (int k = 0; k < m; k++) {
            if (du[k] < 0) {
                a = Math.min(a, -u[k] / du[k]);
            } else if (du[k] > 0) {
                a = Math.min(a, (upper[k] - u[k]) / du[k]);
            }
            if (dzl[k] < 0) {
                a = Math.min(a, -zl[k] / dzl[k]);
            }
            if (dzu[k] < 0) {
                a = Math.min(a, -zu[k] / dzu[k]);
            }
        }
        if (withCap) {
            if (dlam < 0) {
                a = Math.min(a, -lambda / dlam);
            }
            if (ds < 0) {
                a = Math.min(a, -slack / ds);
            }
        }
        return Math.min(1.0, eta * a);
    }

    /**
     * In-place lower Cholesky factor of the symmetric positive-definite {@code a} (lower triangle read).
     *
     * @return false if a pivot is not positive (the matrix is not numerically positive definite)
     */
    static boolean cholesky(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = a[rj + j];
            for (int k = 0; k < j; k++) {
                d -= a[rj + k] * a[rj + k];
            }
            if (!(d > 0)) {
                return false;
            }
            double ljj = Math.sqrt(d);
            a[rj + j] = ljj;
            double inv = 1.0 / ljj;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double s0 = a[ri + j];
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                int k = 0;
                for (; k + 3 < j; k += 4) {
                    s0 -= a[ri + k] * a[rj + k];
                    s1 -= a[ri + k + 1] * a[rj + k + 1];
                    s2 -= a[ri + k + 2] * a[rj + k + 2];
                    s3 -= a[ri + k + 3] * a[rj + k + 3];
                }
                for (; k < j; k++) {
                    s0 -= a[ri + k] * a[rj + k];
                }
                a[ri + j] = (s0 + s1 + s2 + s3) * inv;
            }
        }
        return true;
    }

    /** Solves {@code L L' z = b} in place with the factor of {@link #cholesky}. */
    static void choleskySolve(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            int ri = i * n;
            for (int k = 0; k < i; k++) {
                s -= l[ri + k] * b[k];
            }
            b[i] = s / l[ri + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }
}
