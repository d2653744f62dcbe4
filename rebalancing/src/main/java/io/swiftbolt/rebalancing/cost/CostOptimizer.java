package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.PortfolioMath;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.Side;
import io.swiftbolt.rebalancing.Trade;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import io.swiftbolt.rebalancing.lots.TaxLot;
import io.swiftbolt.rebalancing.tax.LossSale;
import io.swiftbolt.rebalancing.tax.TaxRules;
import io.swiftbolt.rebalancing.tax.TaxTerm;
import io.swiftbolt.rebalancing.tax.WashSales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Transaction-cost and tax optimization of a rebalance under an ex-ante tracking-error cap, solved
 * with ojAlgo's convex QP solver. Immutable and thread-safe; configure with {@link #builder()}.
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
 * sales, and purchases of a symbol sold at a loss in the last 30 days, are excluded. The full move to
 * the targets is always feasible (tracking error 0), so the problem is never empty.
 *
 * <h2>Convex treatment</h2>
 * The model is convex but not a QP: the impact {@code x^1.5} is convex and the tracking-error cap is
 * a quadratic <em>constraint</em>, which ojAlgo's model layer does not integrate. So:
 * <ul>
 * <li><b>Impact, majorization-minimization.</b> For {@code x, m > 0},
 *     {@code x^1.5 = x sqrt(x) <= x^2 / (2 sqrt m) + x sqrt(m) / 2} (AM-GM on {@code sqrt x}), with
 *     equality at {@code x = m}. Replacing each impact term by this quadratic around the current
 *     trade {@code m} gives a convex QP whose minimizer cannot raise the true objective; repeating
 *     with {@code m} set to the new trade converges to the minimizer of the convex problem (stopped
 *     when no trade moves by more than 1e-10 of {@code V}).</li>
 * <li><b>Tracking-error cap, exact penalty with a searched multiplier.</b> For a multiplier
 *     {@code lambda >= 0} the penalized problem adds {@code lambda (w - t)' S (w - t)} to the
 *     objective; its solution's tracking error falls as {@code lambda} rises, and at the KKT
 *     multiplier it equals the cap. {@code lambda} is bracketed by powers of ten, then found by
 *     safeguarded regula falsi (Illinois) on {@code log lambda}; the plan returned is always the one
 *     from the feasible end of the bracket, so its tracking error is at most the cap and, when the
 *     cap binds, within 1e-9 of it.</li>
 * <li><b>Tax.</b> Linear per lot, so the solver sells the lots with the lowest tax per unit first
 *     (minimum-tax order). Losses count as credits without the netting floor at zero; the plan's
 *     reported tax is then recomputed with the exact netting rules of {@link TaxRules}.</li>
 * </ul>
 * Trades are in fractional shares. A fixed fee per ticket would be non-convex and is not modelled.
 */
public final class CostOptimizer {

    /** Objective scale: weights are O(1e-2) and costs O(1e-4), so work in basis points. */
    private static final double SCALE = 1e4;
    private static final double MIN_TRADE_WEIGHT = 1e-12;
    private static final double MM_TOLERANCE = 1e-10;
    private static final int MM_MAX_ITERATIONS = 60;
    private static final double TE_TOLERANCE = 1e-9;
    /**
     * A ridge on every variable (in the scaled objective): keeps each QP strictly convex where the
     * model is linear (tax and spread on the lot variables), without which ojAlgo's active-set
     * method stalled on degenerate, LP-like QPs. It adds {@code 1e-8 x^2} (x in weights of V) to the
     * objective; a QP that still does not converge is retried with a ridge 100 times larger.
     */
    private static final double RIDGE = 1e-4;
    /** Active-set iterations allowed per QP before it is retried with a 100 times larger ridge. */
    private static final int QP_ITERATIONS = 5_000;

    private final CostModel costModel;
    private final double trackingErrorCap;
    private final TaxRules rules;

    private CostOptimizer(Builder b) {
        this.costModel = b.costModel;
        this.trackingErrorCap = b.trackingErrorCap;
        this.rules = b.rules;
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
     * @throws IllegalArgumentException if a symbol has no covariance row, no liquidity entry or no price
     */
    public CostOptimizedPlan optimize(Holdings holdings, Prices prices, RebalancePlan original,
                                      CovarianceMatrix covariance, Map<String, Liquidity> liquidity) {
        ArgChecks.notNull(holdings, "holdings");
        ArgChecks.notNull(prices, "prices");
        ArgChecks.notNull(original, "original");
        ArgChecks.notNull(covariance, "covariance");
        ArgChecks.notNull(liquidity, "liquidity");
        Problem pr = Problem.of(holdings, prices, original, covariance, liquidity, costModel, rules);
        Solution sol = solve(pr);
        RebalancePlan plan = pr.plan(sol.x, sol.y, rules);
        return new CostOptimizedPlan(plan, costModel.planCost(plan.trades(), liquidity), original,
                costModel.planCost(original.trades(), liquidity), trackingErrorCap, sol.lambda, sol.solves,
                sol.status);
    }

    private Solution solve(Problem pr) {
        Solution s = new Solution(pr);
        double[] m = pr.initialPoint();
        double te = s.solveAt(0.0, m);
        double[] bestX = s.x.clone();
        double[] bestY = s.y.clone();
        if (te <= trackingErrorCap) {
            s.status = OptimizationStatus.OPTIMAL_BELOW_CAP;
            return s;
        }
        double lo = 0;
        double teLo = te;
        double hi = 1;
        double teHi = s.solveAt(hi, m);
        while (teHi > trackingErrorCap && hi < 1e16) {
            lo = hi;
            teLo = teHi;
            hi *= 10;
            teHi = s.solveAt(hi, m);
        }
        if (teHi > trackingErrorCap) {
            s.status = OptimizationStatus.CAP_UNREACHABLE;
            return s;
        }
        bestX = s.x.clone();
        bestY = s.y.clone();
        double bestLambda = hi;
        // Regula falsi (Illinois) on g(u) = te(e^u) - cap, u = log(lambda); lo may be 0 (u = -inf): bisect then.
        double uLo = lo > 0 ? Math.log(lo) : Double.NaN;
        double uHi = Math.log(hi);
        double gLo = teLo - trackingErrorCap;
        double gHi = teHi - trackingErrorCap;
        int side = 0;
        for (int k = 0; k < 100 && -gHi > TE_TOLERANCE; k++) {
            double u;
            if (Double.isNaN(uLo)) {
                u = uHi - 2.0;
            } else {
                u = uHi - gHi * (uHi - uLo) / (gHi - gLo);
                double width = uHi - uLo;
                if (!(u > uLo + 1e-3 * width && u < uHi - 1e-3 * width)) {
                    u = 0.5 * (uLo + uHi);
                }
                if (width < 1e-13) {
                    break;
                }
            }
            double g = s.solveAt(Math.exp(u), m) - trackingErrorCap;
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
                bestX = s.x.clone();
                bestY = s.y.clone();
                bestLambda = Math.exp(u);
                if (side == 1 && !Double.isNaN(uLo)) {
                    gLo *= 0.5;
                }
                side = 1;
            }
        }
        s.x = bestX;
        s.y = bestY;
        s.lambda = bestLambda;
        s.status = OptimizationStatus.OPTIMAL_AT_CAP;
        return s;
    }

    /** The optimizer's working state: the last solution and the number of QP solves. */
    private static final class Solution {
        private final Problem pr;
        double[] x;
        double[] y;
        double lambda;
        int solves;
        OptimizationStatus status;

        Solution(Problem pr) {
            this.pr = pr;
        }

        /** MM iterations at one multiplier from the point {@code m} (updated in place); the tracking error. */
        double solveAt(double lam, double[] m) {
            lambda = lam;
            double[] prev = null;
            for (int it = 0; it < MM_MAX_ITERATIONS; it++) {
                double[][] xy = pr.solveQp(lam, m);
                solves++;
                x = xy[0];
                y = xy[1];
                double move = 0;
                for (int i = 0; i < x.length; i++) {
                    move = Math.max(move, prev == null ? Double.POSITIVE_INFINITY : Math.abs(x[i] - prev[i]));
                    m[i] = Math.max(x[i], 1e-10);
                }
                prev = x;
                if (move <= MM_TOLERANCE || !pr.hasImpact()) {
                    break;
                }
            }
            return pr.trackingError(x);
        }
    }

    /** The problem in weight units over the symbols that trade. */
    static final class Problem {
        final LocalDate asOf;
        final List<String> symbols;
        final double[] price;
        final double[] shares0;
        final double[] targets;
        final double[] w0;
        final double cash;
        final double value;
        final double[] cov;
        final int n;
        final double[] direction;
        final double[] bound;
        final double[] linear;
        final double[] impact;
        final List<TaxLot> lots = new ArrayList<>();
        final List<Integer> lotSymbol = new ArrayList<>();
        final List<Double> lotBound = new ArrayList<>();
        final List<Double> lotTax = new ArrayList<>();

        private Problem(RebalancePlan original, Prices prices, Holdings holdings, CovarianceMatrix covariance) {
            this.asOf = original.asOf();
            this.symbols = List.copyOf(original.targets().keySet());
            this.n = symbols.size();
            this.price = new double[n];
            this.shares0 = new double[n];
            this.targets = new double[n];
            this.w0 = new double[n];
            this.cash = original.cashBefore();
            this.value = original.portfolioValue();
            this.cov = covariance.subMatrix(symbols);
            this.direction = new double[n];
            this.bound = new double[n];
            this.linear = new double[n];
            this.impact = new double[n];
            for (int i = 0; i < n; i++) {
                String s = symbols.get(i);
                price[i] = prices.price(s);
                shares0[i] = holdings.shares(s);
                targets[i] = original.targets().get(s);
                w0[i] = shares0[i] * price[i] / value;
            }
        }

        static Problem of(Holdings holdings, Prices prices, RebalancePlan original, CovarianceMatrix covariance,
                          Map<String, Liquidity> liquidity, CostModel model, TaxRules rules) {
            Problem p = new Problem(original, prices, holdings, covariance);
            for (int i = 0; i < p.n; i++) {
                String s = p.symbols.get(i);
                double d = p.targets[i] - p.w0[i];
                if (Math.abs(d) <= MIN_TRADE_WEIGHT) {
                    continue;
                }
                Liquidity l = liquidity.get(s);
                if (l == null) {
                    throw new IllegalArgumentException("symbol " + s + " has no volume/liquidity entry");
                }
                p.direction[i] = Math.signum(d);
                p.linear[i] = model.commissionPerShare() / p.price[i] + l.halfSpread();
                p.impact[i] = model.impactCoefficient() * l.dailyVolatility()
                        * Math.sqrt(p.value / (p.price[i] * l.averageDailyVolume()));
                if (d > 0) {
                    p.bound[i] = recentLossSale(holdings, s, p.asOf) ? 0.0 : d;
                    continue;
                }
                p.bound[i] = -d;
                // Lots in minimum-tax order, each bounded by what is still needed: the solver would take
                // them in this order anyway (linear tax), and the sale's cap -d is then implied by the
                // lot bounds instead of being a second, degenerate constraint on the same trade.
                double needed = -d;
                List<TaxLot> symbolLots = holdings.lots(s);
                for (TaxLot lot : LotSelectors.minTax().order(symbolLots, p.price[i], p.asOf, rules)) {
                    boolean loss = lot.gainPerShare(p.price[i]) < 0;
                    boolean wash = loss && replacementBought(symbolLots, lot, p.asOf);
                    double cap = wash ? 0.0 : Math.min(needed, lot.shares() * p.price[i] / p.value);
                    if (cap <= MIN_TRADE_WEIGHT) {
                        continue;
                    }
                    needed -= cap;
                    TaxTerm term = rules.term(lot.acquired(), p.asOf);
                    p.lots.add(lot);
                    p.lotSymbol.add(i);
                    p.lotBound.add(cap);
                    p.lotTax.add(rules.rate(term) * (1.0 - lot.costBasisPerShare() / p.price[i]));
                }
                p.bound[i] = -d - Math.max(0.0, needed);
            }
            return p;
        }

        boolean hasImpact() {
            for (double c : impact) {
                if (c > 0) {
                    return true;
                }
            }
            return false;
        }

        double[] initialPoint() {
            double[] m = new double[n];
            for (int i = 0; i < n; i++) {
                m[i] = Math.max(0.5 * bound[i], 1e-10);
            }
            return m;
        }

        double trackingError(double[] x) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = w0[i] + direction[i] * x[i];
            }
            return PortfolioMath.trackingError(w, targets, cov);
        }

        /** One QP: impact majorized at {@code m}, tracking error penalized with {@code lambda}. */
        double[][] solveQp(double lambda, double[] m) {
            for (double ridge = RIDGE; ridge <= 1e-1; ridge *= 100) {
                double[][] xy = solveQp(lambda, m, ridge);
                if (xy != null) {
                    return xy;
                }
            }
            throw new IllegalStateException("ojAlgo QP did not converge within " + QP_ITERATIONS
                    + " iterations, even with a ridge of 0.1 bp");
        }

        /** One QP with the given ridge; null if ojAlgo stops without an optimal solution. */
        private double[][] solveQp(double lambda, double[] m, double ridgeWeight) {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            model.options.iterations_abort = QP_ITERATIONS;
            Variable[] xv = new Variable[n];
            Expression budget = model.addExpression("budget").level(cash / value);
            for (int i = 0; i < n; i++) {
                if (direction[i] == 0) {
                    continue;
                }
                double sq = Math.sqrt(m[i]);
                xv[i] = model.addVariable("x" + i).lower(0).weight(SCALE * (linear[i] + impact[i] * sq / 2));
                if (direction[i] > 0) {
                    xv[i].upper(bound[i]);
                }
                budget.set(xv[i], direction[i]);
            }
            Expression obj = model.addExpression("objective").weight(SCALE);
            Variable[] yv = new Variable[lots.size()];
            Expression[] link = new Expression[n];
            for (int l = 0; l < lots.size(); l++) {
                int i = lotSymbol.get(l);
                yv[l] = model.addVariable("y" + l).lower(0).upper(lotBound.get(l)).weight(SCALE * lotTax.get(l));
                obj.set(yv[l], yv[l], ridgeWeight / SCALE);
                if (link[i] == null) {
                    link[i] = model.addExpression("link" + i).level(0);
                    link[i].set(xv[i], 1);
                }
                link[i].set(yv[l], -1);
            }
            for (int i = 0; i < n; i++) {
                if (direction[i] < 0 && link[i] == null) {
                    xv[i].upper(0); // nothing sellable
                }
            }
            for (int i = 0; i < n; i++) {
                if (xv[i] == null) {
                    continue;
                }
                double quad = impact[i] / (2 * Math.sqrt(m[i]));
                // a = -d + s x: the penalty's linear part is -2 lambda s_j sum_i d_i S_ij x_j.
                double lin = 0;
                for (int k = 0; k < n; k++) {
                    lin += (targets[k] - w0[k]) * cov[k * n + i];
                }
                obj.set(xv[i], -2 * lambda * direction[i] * lin);
                for (int j = 0; j < n; j++) {
                    if (xv[j] == null) {
                        continue;
                    }
                    double q = lambda * direction[i] * direction[j] * cov[i * n + j] + (i == j ? quad + ridgeWeight / SCALE : 0);
                    if (q != 0) {
                        obj.set(xv[i], xv[j], q);
                    }
                }
            }
            Optimisation.Result r = model.minimise();
            if (!r.getState().isOptimal()) {
                return null;
            }
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = xv[i] == null ? 0.0 : clamp(xv[i].getValue().doubleValue(), bound[i]);
            }
            double[] y = new double[lots.size()];
            for (int l = 0; l < lots.size(); l++) {
                y[l] = clamp(yv[l].getValue().doubleValue(), lotBound.get(l));
            }
            return new double[][] {x, y};
        }

        private static double clamp(double v, double upper) {
            return Math.max(0.0, Math.min(upper, v));
        }

        /** The trades of a solution as a plan (sales from lots, purchases per symbol). */
        RebalancePlan plan(double[] x, double[] y, TaxRules rules) {
            List<Trade> lines = new ArrayList<>();
            for (int l = 0; l < lots.size(); l++) {
                if (y[l] <= MIN_TRADE_WEIGHT) {
                    continue;
                }
                TaxLot lot = lots.get(l);
                int i = lotSymbol.get(l);
                double q = Math.min(lot.shares(), y[l] * value / price[i]);
                lines.add(new Trade(lot.symbol(), Side.SELL, q, price[i], lot.id(), lot.acquired(),
                        lot.costBasisPerShare(), q * lot.gainPerShare(price[i]), rules.term(lot.acquired(), asOf),
                        0.0, false));
            }
            for (int i = 0; i < n; i++) {
                if (direction[i] > 0 && x[i] > MIN_TRADE_WEIGHT) {
                    lines.add(Trade.buy(symbols.get(i), x[i] * value / price[i], price[i], false));
                }
            }
            return RebalancePlan.assemble(asOf, symbols, price, shares0, targets, cash, lines, rules, true, cov,
                    List.of());
        }

        private static boolean replacementBought(List<TaxLot> lots, TaxLot sold, LocalDate asOf) {
            for (TaxLot other : lots) {
                if (other != sold && WashSales.inWindow(asOf, other.acquired())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean recentLossSale(Holdings h, String symbol, LocalDate asOf) {
            for (LossSale s : h.recentLossSales()) {
                if (s.symbol().equals(symbol) && !s.sold().isAfter(asOf) && WashSales.inWindow(s.sold(), asOf)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Builds a {@link CostOptimizer}. Not thread-safe; the optimizer it builds is. */
    public static final class Builder {
        private CostModel costModel = CostModel.DEFAULT;
        private double trackingErrorCap = 0.01;
        private TaxRules rules = TaxRules.defaults();

        private Builder() {
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
