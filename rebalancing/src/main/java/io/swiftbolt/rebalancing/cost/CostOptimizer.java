package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.tax.TaxRules;
import java.util.Map;

/**
 * Transaction-cost and tax optimization of a rebalance under an ex-ante tracking-error cap, solved
 * exactly (to about 1e-12) by a primal-dual interior-point method written for this problem. Immutable
 * and thread-safe; configure with {@link #builder()}.
 *
 * <h2>Problem</h2>
 * In weights of the portfolio value {@code V}, with current weights {@code w0}, targets {@code t}
 * and {@code d = t - w0}, each symbol may only move toward its target: a buy of {@code x_i in [0, d_i]}
 * when {@code d_i > 0}, a sale of {@code x_i in [0, -d_i]} when {@code d_i < 0}, the sale split over
 * its lots as {@code x_i = sum_l y_l}, {@code 0 <= y_l <= lot weight}. Minimize
 * <pre>
 *   sum_i [ (commissionPerShare / p_i + halfSpread_i) x_i + c_i x_i^1.5 ]  +  sum_l tau_l y_l
 *   subject to  (w - t)' S (w - t) &lt;= cap^2   and   sum_buys x - sum_sales x = cash weight
 * </pre>
 * where {@code w = w0 + signed x}, {@code c_i = impactCoefficient * sigma_i * sqrt(V / (p_i ADV_i))}
 * (so {@code c_i x^1.5 V} is the {@link CostModel} impact in currency units) and
 * {@code tau_l = rate(term_l) * (1 - basis_l / p_i)} is the tax per unit of weight sold from lot
 * {@code l} (negative for a loss: a credit against the plan's other gains). Moving only toward the
 * target rules out round trips (and so wash sales inside the plan); loss lots that would be wash
 * sales, and purchases of a symbol sold at a loss in the last 30 days, are excluded.
 *
 * <h2>Method</h2>
 * The problem is convex (the impact {@code x^1.5} is convex, the cap a convex quadratic constraint)
 * and solved as it stands, without majorizing the impact or searching a penalty weight:
 * <ol>
 * <li>Without the cap the problem is separable but for the budget: an interior-point method
 *     (Mehrotra predictor-corrector) whose Newton systems are diagonal plus the budget's border,
 *     {@code O(lots)} per step. If its optimum meets the cap, it is the answer
 *     ({@link OptimizationStatus#OPTIMAL_BELOW_CAP}).</li>
 * <li>Otherwise the cap binds: the same method with the constraint, whose Newton systems need one
 *     dense Cholesky factorization of the trading symbols' block ({@code lambda S} plus diagonal
 *     barrier and impact curvature terms), bordered by the budget and the constraint's gradient; with
 *     a factor-model covariance ({@link CovarianceMatrix#ofFactors}) the block is diagonal plus rank
 *     {@code k} and is solved by the Woodbury identity in {@code O(n k^2)} (falling back to the full
 *     factorization if that does not converge). The
 *     cap is imposed 1e-10 (relative) tighter, so the plan's tracking error is at most the cap and
 *     within about 1e-12 of it ({@link OptimizationStatus#OPTIMAL_AT_CAP}).</li>
 * <li>If no plan within the limits reaches the cap, the plan of smallest tracking error
 *     ({@link OptimizationStatus#CAP_UNREACHABLE}).</li>
 * </ol>
 * The same problem can be solved with ojAlgo 57.1.0, a maintained library, instead
 * ({@link Builder#solver solver}{@code (}{@link CostSolver#OJALGO}{@code )}: sequential QPs by
 * majorization-minimization of the impact and a search on a tracking-error penalty; the
 * optimizer's first implementation, 100 to 1,000 times slower). The tests check the two against
 * each other on seeded random problems, and both against brute-force grids. Losses count as tax credits without the netting floor at zero; the plan's
 * reported tax is recomputed with the exact netting rules of {@link TaxRules}. Trades are in
 * fractional shares. A fixed fee per ticket would be non-convex and is not modelled.
 */
public final class CostOptimizer {

    /** Slack allowed in the budget (weights of V) when deciding that it leaves a single plan. */
    private static final double BUDGET_TOLERANCE = 1e-13;
    /** The cap is imposed 1e-10 (relative) tighter, so rounding in the plan cannot push it above. */
    private static final double CAP_MARGIN = 1e-10;
    private static final double TE_TOLERANCE = 1e-9;

    private final CostModel costModel;
    private final double trackingErrorCap;
    private final TaxRules rules;
    private final CostSolver solver;

    private CostOptimizer(Builder b) {
        this.costModel = b.costModel;
        this.trackingErrorCap = b.trackingErrorCap;
        this.rules = b.rules;
        this.solver = b.solver;
    }

    /**
     * A builder with the defaults: {@link CostModel#DEFAULT}, a 1 % tracking-error cap, 37 %/20 % tax.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tracking-error cap in use.
     *
     * @return the annualized cap as a decimal
     */
    public double trackingErrorCap() {
        return trackingErrorCap;
    }

    /**
     * Optimizes the move from the holdings toward the targets of {@code original}.
     *
     * @param holdings   the holdings the original plan was made from
     * @param prices     the prices it was made with
     * @param original   the plan to improve on; its targets and as-of date are used
     * @param covariance annualized covariance covering every symbol of the plan
     * @param liquidity  trading conditions for every symbol of the plan
     * @return the optimized plan beside the original, with costs
     * @throws IllegalArgumentException if a symbol has no covariance row, no liquidity entry or no price,
     *                                  or if the trades allowed (toward the targets, wash-sale limits)
     *                                  cannot balance the budget
     */
    public CostOptimizedPlan optimize(Holdings holdings, Prices prices, RebalancePlan original,
                                      CovarianceMatrix covariance, Map<String, Liquidity> liquidity) {
        ArgChecks.notNull(holdings, "holdings");
        ArgChecks.notNull(prices, "prices");
        ArgChecks.notNull(original, "original");
        ArgChecks.notNull(covariance, "covariance");
        ArgChecks.notNull(liquidity, "liquidity");
        CostProblem pr = CostProblem.of(holdings, prices, original, covariance, liquidity, costModel, rules);
        Outcome o = solve(pr);
        RebalancePlan plan = pr.plan(o.v, rules);
        return new CostOptimizedPlan(plan, costModel.planCost(plan.trades(), liquidity), original,
                costModel.planCost(original.trades(), liquidity), trackingErrorCap, o.multiplier, o.iterations,
                o.status);
    }

    /** The solution, the constraint's multiplier, the Newton steps taken and the status. */
    record Outcome(double[] v, double multiplier, int iterations, OptimizationStatus status) {
    }

    Outcome solve(CostProblem pr) {
        double buys = 0;
        double sales = 0;
        for (int k = 0; k < pr.m; k++) {
            if (pr.direction[pr.varSymbol[k]] > 0) {
                buys += pr.varUpper[k];
            } else {
                sales += pr.varUpper[k];
            }
        }
        double b = pr.budget();
        if (b > buys + BUDGET_TOLERANCE || b < -sales - BUDGET_TOLERANCE) {
            throw new IllegalArgumentException("the trades allowed (toward the targets, within the wash-sale limits) "
                    + "cannot balance the budget: cash weight " + b + " outside [" + -sales + ", " + buys + "]");
        }
        if (pr.m == 0 || b >= buys - BUDGET_TOLERANCE || b <= -sales + BUDGET_TOLERANCE) {
            // The budget leaves a single plan: every purchase in full and no sale, or the reverse.
            double[] v = new double[pr.m];
            boolean buyAll = pr.m > 0 && b >= buys - BUDGET_TOLERANCE;
            for (int k = 0; k < pr.m; k++) {
                v[k] = (pr.direction[pr.varSymbol[k]] > 0) == buyAll ? pr.varUpper[k] : 0.0;
            }
            return new Outcome(v, 0.0, 0, pr.trackingError(v) <= trackingErrorCap
                    ? OptimizationStatus.OPTIMAL_BELOW_CAP : OptimizationStatus.CAP_UNREACHABLE);
        }
        if (trackingErrorCap == 0) {
            double[] full = pr.varUpper.clone();
            boolean balanced = Math.abs(buys - sales - b) <= BUDGET_TOLERANCE;
            if (balanced && pr.trackingError(full) <= TE_TOLERANCE) {
                return new Outcome(full, 0.0, 0, OptimizationStatus.OPTIMAL_AT_CAP);
            }
        }
        if (solver == CostSolver.OJALGO) {
            OjAlgoSolver.Result r = new OjAlgoSolver(pr, trackingErrorCap).solve();
            return new Outcome(r.v(), r.lambda(), r.qps(), r.unreachable() ? OptimizationStatus.CAP_UNREACHABLE
                    : r.atCap() ? OptimizationStatus.OPTIMAL_AT_CAP : OptimizationStatus.OPTIMAL_BELOW_CAP);
        }
        InteriorPointSolver ip = new InteriorPointSolver(pr, trackingErrorCap * (1 - CAP_MARGIN));
        boolean freeConverged = ip.solve(InteriorPointSolver.Mode.FREE);
        double[] free = ip.solution();
        int steps = ip.iterations();
        if (freeConverged && pr.trackingError(free) <= trackingErrorCap) {
            return new Outcome(free, 0.0, steps, OptimizationStatus.OPTIMAL_BELOW_CAP);
        }
        if (trackingErrorCap == 0) {
            return new Outcome(free, 0.0, steps, OptimizationStatus.CAP_UNREACHABLE);
        }
        boolean converged = ip.solve(InteriorPointSolver.Mode.CAPPED);
        steps += ip.iterations();
        if (!converged && pr.factors > 0) {
            // the factor (Woodbury) solves may lose accuracy where the full factorization does not
            ip.useFullMatrix();
            converged = ip.solve(InteriorPointSolver.Mode.CAPPED);
            steps += ip.iterations();
        }
        double[] v = ip.solution();
        double te = pr.trackingError(v);
        if (converged && te <= trackingErrorCap) {
            // below the cap only if step 1 stopped short of its tolerances and the cap turns out slack
            return new Outcome(v, ip.multiplier(), steps, te >= trackingErrorCap - TE_TOLERANCE
                    ? OptimizationStatus.OPTIMAL_AT_CAP : OptimizationStatus.OPTIMAL_BELOW_CAP);
        }
        // No plan within the limits reaches the cap (the method finds no feasible point): the plan
        // with the smallest tracking error instead.
        ip.solve(InteriorPointSolver.Mode.MIN_TRACKING_ERROR);
        steps += ip.iterations();
        return new Outcome(ip.solution(), 0.0, steps, OptimizationStatus.CAP_UNREACHABLE);
    }

    /** Builds a {@link CostOptimizer}. Not thread-safe; the optimizer it builds is. */
    public static final class Builder {
        private CostModel costModel = CostModel.DEFAULT;
        private double trackingErrorCap = 0.01;
        private TaxRules rules = TaxRules.defaults();
        private CostSolver solver = CostSolver.INTERIOR_POINT;

        private Builder() {
        }

        /**
         * Sets the solver (default {@link CostSolver#INTERIOR_POINT}; {@link CostSolver#OJALGO} for
         * ojAlgo's QP solver, slower).
         *
         * @param solver the solver
         * @return this builder
         */
        public Builder solver(CostSolver solver) {
            this.solver = ArgChecks.notNull(solver, "solver");
            return this;
        }

        /**
         * Sets the cost model.
         *
         * @param model the model
         * @return this builder
         */
        public Builder costModel(CostModel model) {
            this.costModel = ArgChecks.notNull(model, "model");
            return this;
        }

        /**
         * Sets the ex-ante tracking-error cap to the targets (default 0.01 = 1 % a year).
         *
         * @param cap annualized decimal, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder trackingErrorCap(double cap) {
            this.trackingErrorCap = ArgChecks.notNegative(cap, "trackingErrorCap");
            return this;
        }

        /**
         * Sets the tax rules (default 37 % / 20 %).
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder taxRules(TaxRules rules) {
            this.rules = ArgChecks.notNull(rules, "rules");
            return this;
        }

        /**
         * Builds the optimizer.
         *
         * @return the immutable optimizer
         */
        public CostOptimizer build() {
            return new CostOptimizer(this);
        }
    }
}
