package io.swiftbolt.rebalancing.cost;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The independent reference for {@link InteriorPointSolver}: the optimizer's first implementation,
 * a sequence of convex QPs solved by ojAlgo 57.1.0's {@link ExpressionsBasedModel} (active set).
 * The impact {@code c x^1.5} is majorized by {@code c (x^2 / (2 sqrt m) + x sqrt m / 2)} around the
 * previous trade (majorization-minimization, until no trade moves by 1e-10 of V); the tracking-error
 * cap is an exact penalty {@code lambda (w - t)' S (w - t)} whose weight is bracketed by powers of ten
 * and found by Illinois regula falsi on {@code log lambda} until the tracking error is within 1e-10
 * below the cap. A ridge of {@code 1e-8 v^2} per variable keeps ojAlgo's active set from stalling on
 * LP-like QPs (a problem without impact at zero penalty is solved as a pure LP by ojAlgo's
 * simplex instead: the QP answer there was not optimal). Slow (tens of QPs of a few milliseconds each) and only for small problems.
 */
final class OjAlgoSolver {

    private static final double SCALE = 1e4;
    private static final double RIDGE = 1e-4;
    private static final double MM_TOLERANCE = 1e-10;
    private static final int MM_MAX_ITERATIONS = 200;
    private static final double TE_TOLERANCE = 1e-10;

    /**
     * The reference's solution: variables (weights of V), the penalty weight, whether the cap binds and
     * whether it is out of reach (a penalty weight of 1e16 still leaves the tracking error above it).
     */
    record Result(double[] v, double lambda, boolean atCap, boolean unreachable, int qps) {
    }

    private final CostProblem p;
    private final double cap;
    private final double[] dSigma;
    private int qps;

    OjAlgoSolver(CostProblem p, double cap) {
        this.p = p;
        this.cap = cap;
        this.dSigma = new double[p.n];
        for (int i = 0; i < p.n; i++) {
            for (int k = 0; k < p.n; k++) {
                dSigma[i] += (p.targets[k] - p.w0[k]) * p.cov[k * p.n + i];
            }
        }
    }

    Result solve() {
        double[] m = initialPoint();
        double[] v = solveAt(0, m);
        if (p.trackingError(v) <= cap) {
            return new Result(v, 0, false, false, qps);
        }
        double lo = 0;
        double teLo = p.trackingError(v);
        double hi = 1;
        double[] vHi = solveAt(hi, m);
        double teHi = p.trackingError(vHi);
        while (teHi > cap && hi < 1e16) {
            lo = hi;
            teLo = teHi;
            hi *= 10;
            vHi = solveAt(hi, m);
            teHi = p.trackingError(vHi);
        }
        if (teHi > cap) {
            return new Result(vHi, hi, false, true, qps);
        }
        double uLo = lo > 0 ? Math.log(lo) : Double.NaN;
        double uHi = Math.log(hi);
        double gLo = teLo - cap;
        double gHi = teHi - cap;
        int side = 0;
        for (int k = 0; k < 200 && -gHi > TE_TOLERANCE; k++) {
            double u;
            if (Double.isNaN(uLo)) {
                u = uHi - 2.0;
            } else {
                u = uHi - gHi * (uHi - uLo) / (gHi - gLo);
                double width = uHi - uLo;
                if (!(u > uLo + 1e-3 * width && u < uHi - 1e-3 * width)) {
                    u = 0.5 * (uLo + uHi);
                }
                if (width < 1e-14) {
                    break;
                }
            }
            double[] vu = solveAt(Math.exp(u), m);
            double g = p.trackingError(vu) - cap;
            if (g > 0) {
                uLo = u;
                gLo = g;
                if (side == -1) {
                    gHi *= 0.5;
                }
                side = -1;
            } else {
                uHi = u;
                gHi = g;
                vHi = vu;
                if (side == 1 && !Double.isNaN(uLo)) {
                    gLo *= 0.5;
                }
                side = 1;
            }
        }
        return new Result(vHi, Math.exp(uHi), true, false, qps);
    }

    /**
     * The minimum over the boxes and the budget of the Lagrangian {@code f(v) + lambda ((w - t)' S (w - t)
     * - cap^2)} at a given multiplier (weights of V): a lower bound on the optimum of the capped problem
     * (weak duality), attained by the optimum when {@code lambda} is its multiplier.
     */
    double lagrangianMinimum(double lambda) {
        double[] v = solveAt(lambda, initialPoint());
        double te = p.trackingError(v);
        return p.objective(v) + lambda * (te * te - cap * cap);
    }

    private double[] initialPoint() {
        double[] ub = new double[p.n];
        for (int k = 0; k < p.m; k++) {
            ub[p.varSymbol[k]] += p.varUpper[k];
        }
        double[] m = new double[p.n];
        for (int i = 0; i < p.n; i++) {
            m[i] = Math.max(0.5 * ub[i], 1e-10);
        }
        return m;
    }

    /** MM at one penalty weight from {@code m} (updated in place). */
    private double[] solveAt(double lambda, double[] m) {
        double[] prev = null;
        double[] v = null;
        for (int it = 0; it < MM_MAX_ITERATIONS; it++) {
            v = qp(lambda, m);
            double[] x = p.trades(v);
            double move = 0;
            for (int i = 0; i < p.n; i++) {
                move = Math.max(move, prev == null ? Double.POSITIVE_INFINITY : Math.abs(x[i] - prev[i]));
                m[i] = Math.max(x[i], 1e-10);
            }
            prev = x;
            if (move <= MM_TOLERANCE) {
                break;
            }
        }
        return v;
    }

    private double[] qp(double lambda, double[] m) {
        if (lambda == 0 && !hasImpact()) {
            double[] v = qp(0, m, 0); // a pure LP: ojAlgo's simplex, no ridge
            if (v != null) {
                return v;
            }
        }
        for (double ridge = RIDGE; ridge <= 1e-1; ridge *= 100) {
            double[] v = qp(lambda, m, ridge);
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("ojAlgo QP did not converge");
    }

    private boolean hasImpact() {
        for (double c : p.impact) {
            if (c > 0) {
                return true;
            }
        }
        return false;
    }

    private double[] qp(double lambda, double[] m, double ridge) {
        qps++;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.iterations_abort = 5_000;
        Variable[] v = new Variable[p.m];
        Expression budget = model.addExpression("budget").level(p.budget());
        Expression obj = model.addExpression("objective").weight(SCALE);
        for (int k = 0; k < p.m; k++) {
            int i = p.varSymbol[k];
            double s = p.direction[i];
            double lin = p.linear[i] + p.varTax[k] + p.impact[i] * Math.sqrt(m[i]) / 2 - 2 * lambda * s * dSigma[i];
            v[k] = model.addVariable("v" + k).lower(0).upper(p.varUpper[k]).weight(SCALE * lin);
            budget.set(v[k], s);
        }
        for (int k = 0; k < p.m; k++) {
            int i = p.varSymbol[k];
            for (int l = 0; l < p.m; l++) {
                int j = p.varSymbol[l];
                double q = lambda * p.direction[i] * p.direction[j] * p.cov[i * p.n + j]
                        + (i == j ? p.impact[i] / (2 * Math.sqrt(m[i])) : 0) + (k == l ? ridge / SCALE : 0);
                if (q != 0) {
                    obj.set(v[k], v[l], q);
                }
            }
        }
        Optimisation.Result r = model.minimise();
        if (!r.getState().isOptimal()) {
            return null;
        }
        double[] out = new double[p.m];
        for (int k = 0; k < p.m; k++) {
            out[k] = Math.max(0, Math.min(p.varUpper[k], v[k].getValue().doubleValue()));
        }
        return out;
    }
}
