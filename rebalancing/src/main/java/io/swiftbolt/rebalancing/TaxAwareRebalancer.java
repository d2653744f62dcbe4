package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelector;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import io.swiftbolt.rebalancing.lots.TaxLot;
import io.swiftbolt.rebalancing.tax.TaxRules;
import io.swiftbolt.rebalancing.tax.TaxTerm;
import io.swiftbolt.rebalancing.tax.WashSaleMode;
import io.swiftbolt.rebalancing.tax.WashSales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lot-level, tax-aware band rebalancing. Immutable and thread-safe; configure with {@link #builder()}.
 *
 * <pre>{@code
 * TaxAwareRebalancer r = TaxAwareRebalancer.builder()
 *         .lotSelector(LotSelectors.hifo())
 *         .tolerance(Tolerance.absolute(0.05))
 *         .build();
 * RebalancePlan plan = r.rebalance(holdings, prices, targets, LocalDate.of(2024, 6, 28));
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * Weights are of the portfolio value {@code V} = securities plus cash; cash has target 0.
 * <ol>
 * <li>If every weight is inside its band ({@link Tolerance}) the plan has no trades.</li>
 * <li>Each position outside its band is traded to its target.</li>
 * <li>If those purchases need more cash than there is, the in-band overweight positions are trimmed
 *     toward their targets in proportion to their excess (the excess always covers the shortfall,
 *     as targets sum to 1). Surplus cash is spent on in-band underweight positions in proportion to
 *     their shortfall. Both moves go toward the target, so they never leave the band.</li>
 * <li>Sales take lots in the order of the {@link LotSelector}; never more than held. With whole
 *     shares (the default) a sale is rounded up and a purchase down, so the cash never goes
 *     negative; each ends less than one share from its goal.</li>
 * <li>With a tax budget, every sale is scaled by one factor, found by bisection, so that the netted
 *     tax stays within the budget (the factor is the largest found with tax at most the budget; tax
 *     can fall as well as rise with the sale size under FIFO, so it need not be the largest
 *     overall).</li>
 * <li>Purchases are limited by the cash after the sales (top-ups give way first).</li>
 * </ol>
 * With fractional shares, no tax budget, no minimum trade size and no wash-sale avoidance every
 * weight ends inside its band; with whole shares it does when each price is below the band's
 * half-width times {@code V}. A weight left outside is reported as a {@link BandBreach} with its
 * reason, never as an exception.
 *
 * <h2>Wash sales</h2>
 * See {@link WashSales}: a loss sale of a lot is a wash sale when another lot of the symbol was
 * acquired within the 30 days up to the as-of date; a purchase is one when the holdings record a
 * loss sale of the symbol within the 30 days before. {@link WashSaleMode#FLAG} flags the lines and
 * disallows the flagged losses in the netting; {@link WashSaleMode#AVOID} leaves those loss lots and
 * purchases out.
 */
public final class TaxAwareRebalancer {

    private static final double EPS = 1e-12;
    private static final double BAND_SLACK = 1e-9;

    private final TaxRules rules;
    private final LotSelector selector;
    private final Tolerance tolerance;
    private final WashSaleMode washSaleMode;
    private final boolean fractionalShares;
    private final double minTradeValue;
    private final double taxBudget;

    private TaxAwareRebalancer(Builder b) {
        this.rules = b.rules;
        this.selector = b.selector;
        this.tolerance = b.tolerance;
        this.washSaleMode = b.washSaleMode;
        this.fractionalShares = b.fractionalShares;
        this.minTradeValue = b.minTradeValue;
        this.taxBudget = b.taxBudget;
    }

    /**
     * A builder with the defaults: 37 %/20 % tax rates, FIFO, an absolute 5-point band, wash sales
     * flagged, whole shares, no minimum trade size, no tax budget.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tax rules in use.
     *
     * @return the rules
     */
    public TaxRules taxRules() {
        return rules;
    }

    /**
     * The band in use.
     *
     * @return the tolerance
     */
    public Tolerance tolerance() {
        return tolerance;
    }

    /**
     * The lot order in use.
     *
     * @return the selector
     */
    public LotSelector lotSelector() {
        return selector;
    }

    /**
     * The wash-sale mode in use.
     *
     * @return the mode
     */
    public WashSaleMode washSaleMode() {
        return washSaleMode;
    }

    /**
     * Plans a rebalance without a covariance matrix (the plan's tracking errors are empty).
     *
     * @param holdings the lots and cash
     * @param prices   a price for every held and every targeted symbol
     * @param targets  the target weights (summing to 1)
     * @param asOf     the trade date; no lot may be acquired after it
     * @return the plan
     * @throws IllegalArgumentException on bad input: a target or held symbol with no price, a lot
     *                                  acquired after {@code asOf}, a portfolio worth nothing
     */
    public RebalancePlan rebalance(Holdings holdings, Prices prices, TargetWeights targets, LocalDate asOf) {
        return rebalance(holdings, prices, targets, asOf, null);
    }

    /**
     * Plans a rebalance and reports the ex-ante tracking error to the targets from {@code covariance}.
     *
     * @param holdings   the lots and cash
     * @param prices     a price for every held and every targeted symbol
     * @param targets    the target weights (summing to 1)
     * @param asOf       the trade date; no lot may be acquired after it
     * @param covariance the annualized covariance covering every symbol, or null
     * @return the plan
     * @throws IllegalArgumentException on bad input, as {@link #rebalance(Holdings, Prices, TargetWeights,
     *                                  LocalDate)}, or a symbol missing from the covariance
     */
    public RebalancePlan rebalance(Holdings holdings, Prices prices, TargetWeights targets, LocalDate asOf,
                                   CovarianceMatrix covariance) {
        Universe u = Universe.of(holdings, prices, targets, asOf, covariance);
        int n = u.n();
        double value = u.value();
        double[] w0 = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] outside = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            w0[i] = u.shares[i] * u.prices[i] / value;
            lo[i] = tolerance.lower(u.targets[i]);
            hi[i] = tolerance.upper(u.targets[i]);
            outside[i] = w0[i] < lo[i] - BAND_SLACK || w0[i] > hi[i] + BAND_SLACK;
            any |= outside[i];
        }
        if (!any) {
            return RebalancePlan.assemble(asOf, u.symbols, u.prices, u.shares, u.targets, holdings.cash(), List.of(),
                    rules, washSaleMode == WashSaleMode.FLAG, u.covariance, List.of());
        }
        double[] dv = goals(u, w0, outside, holdings.cash());
        List<Set<BreachReason>> reasons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            reasons.add(EnumSet.noneOf(BreachReason.class));
        }
        List<Trade> sales = sales(holdings, u, dv, 1.0, asOf, reasons);
        if (Double.isFinite(taxBudget) && taxOf(sales, u, holdings.cash(), asOf) > taxBudget) {
            double feasible = 0;
            double infeasible = 1;
            for (int k = 0; k < 60 && infeasible - feasible > 1e-12; k++) {
                double mid = 0.5 * (feasible + infeasible);
                if (taxOf(sales(holdings, u, dv, mid, asOf, null), u, holdings.cash(), asOf) <= taxBudget) {
                    feasible = mid;
                } else {
                    infeasible = mid;
                }
            }
            for (int i = 0; i < n; i++) {
                reasons.get(i).clear();
            }
            sales = sales(holdings, u, dv, feasible, asOf, reasons);
            for (int i = 0; i < n; i++) {
                if (dv[i] < 0) {
                    reasons.get(i).add(BreachReason.TAX_BUDGET);
                }
            }
        }
        double proceeds = 0;
        for (Trade t : sales) {
            proceeds += t.value();
        }
        List<Trade> lines = new ArrayList<>(sales);
        lines.addAll(purchases(holdings, u, dv, outside, holdings.cash() + proceeds, asOf, reasons));
        RebalancePlan draft = RebalancePlan.assemble(asOf, u.symbols, u.prices, u.shares, u.targets, holdings.cash(),
                lines, rules, washSaleMode == WashSaleMode.FLAG, u.covariance, List.of());
        List<BandBreach> breaches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double w = draft.weightsAfter().get(u.symbols.get(i));
            if (w < lo[i] - BAND_SLACK || w > hi[i] + BAND_SLACK) {
                Set<BreachReason> r = reasons.get(i);
                BreachReason reason = r.isEmpty() ? BreachReason.ROUNDING : r.iterator().next();
                breaches.add(new BandBreach(u.symbols.get(i), w, lo[i], hi[i], reason));
            }
        }
        return new RebalancePlan(asOf, draft.trades(), draft.tax(), draft.portfolioValue(), draft.cashBefore(),
                draft.cashAfter(), draft.weightsBefore(), draft.weightsAfter(), draft.targets(), draft.turnover(),
                draft.activeShare(), draft.trackingErrorBefore(), draft.trackingError(), breaches);
    }

    /** The value to trade per symbol (positive buys), steps 2 and 3 of the class comment. */
    private static double[] goals(Universe u, double[] w0, boolean[] outside, double cash) {
        int n = u.n();
        double value = u.value();
        double[] dv = new double[n];
        double net = 0;
        for (int i = 0; i < n; i++) {
            if (outside[i]) {
                dv[i] = (u.targets[i] - w0[i]) * value;
                net += dv[i];
            }
        }
        double cashLeft = cash - net;
        double excess = 0;
        double deficit = 0;
        for (int i = 0; i < n; i++) {
            if (!outside[i]) {
                double d = (u.targets[i] - w0[i]) * value;
                if (d < 0) {
                    excess -= d;
                } else {
                    deficit += d;
                }
            }
        }
        if (cashLeft < 0 && excess > 0) {
            double f = Math.min(1.0, -cashLeft / excess);
            for (int i = 0; i < n; i++) {
                double d = (u.targets[i] - w0[i]) * value;
                if (!outside[i] && d < 0) {
                    dv[i] = f * d;
                }
            }
        } else if (cashLeft > 0 && deficit > 0) {
            double f = Math.min(1.0, cashLeft / deficit);
            for (int i = 0; i < n; i++) {
                double d = (u.targets[i] - w0[i]) * value;
                if (!outside[i] && d > 0) {
                    dv[i] = f * d;
                }
            }
        }
        return dv;
    }

    /** The lot sales for the sell goals scaled by {@code scale}; records reasons when given. */
    private List<Trade> sales(Holdings h, Universe u, double[] dv, double scale, LocalDate asOf,
                              List<Set<BreachReason>> reasons) {
        List<Trade> out = new ArrayList<>();
        for (int i = 0; i < u.n(); i++) {
            if (dv[i] >= 0) {
                continue;
            }
            String symbol = u.symbols.get(i);
            double price = u.prices[i];
            double goal = scale * -dv[i] / price;
            if (!fractionalShares) {
                goal = Math.ceil(goal - 1e-9);
            }
            if (goal <= EPS) {
                continue;
            }
            List<TaxLot> lots = h.lots(symbol);
            List<Trade> mine = new ArrayList<>();
            double remaining = goal;
            boolean skippedForWash = false;
            for (TaxLot lot : selector.order(lots, price, asOf, rules)) {
                if (remaining <= EPS) {
                    break;
                }
                boolean loss = lot.gainPerShare(price) < 0;
                boolean wash = loss && washSaleMode != WashSaleMode.IGNORE && replacementBought(lots, lot, asOf);
                if (wash && washSaleMode == WashSaleMode.AVOID) {
                    skippedForWash = true;
                    continue;
                }
                double q = Math.min(remaining, lot.shares());
                remaining -= q;
                TaxTerm term = rules.term(lot.acquired(), asOf);
                mine.add(new Trade(symbol, Side.SELL, q, price, lot.id(), lot.acquired(), lot.costBasisPerShare(),
                        q * lot.gainPerShare(price), term, 0.0, wash));
            }
            double sold = goal - Math.max(0.0, remaining);
            if (reasons != null && remaining > EPS) {
                reasons.get(i).add(skippedForWash ? BreachReason.WASH_SALE : BreachReason.LOTS_UNAVAILABLE);
            }
            if (sold * price < minTradeValue) {
                if (reasons != null) {
                    reasons.get(i).add(BreachReason.MIN_TRADE_SIZE);
                }
                continue;
            }
            out.addAll(mine);
        }
        return out;
    }

    private static boolean replacementBought(List<TaxLot> lots, TaxLot sold, LocalDate asOf) {
        for (TaxLot other : lots) {
            if (other != sold && !other.acquired().isAfter(asOf) && WashSales.inWindow(asOf, other.acquired())) {
                return true;
            }
        }
        return false;
    }

    private double taxOf(List<Trade> sales, Universe u, double cash, LocalDate asOf) {
        return RebalancePlan.assemble(asOf, u.symbols, u.prices, u.shares, u.targets, cash, sales, rules,
                washSaleMode == WashSaleMode.FLAG, null, List.of()).tax().tax();
    }

    private List<Trade> purchases(Holdings h, Universe u, double[] dv, boolean[] outside, double available,
                                  LocalDate asOf, List<Set<BreachReason>> reasons) {
        int n = u.n();
        boolean[] washBuy = new boolean[n];
        double core = 0;
        double topUp = 0;
        for (int i = 0; i < n; i++) {
            if (dv[i] <= 0) {
                continue;
            }
            washBuy[i] = washSaleMode != WashSaleMode.IGNORE && h.soldAtLossWithinWashWindow(u.symbols.get(i), asOf);
            if (washBuy[i] && washSaleMode == WashSaleMode.AVOID) {
                reasons.get(i).add(BreachReason.WASH_SALE);
                continue;
            }
            if (outside[i]) {
                core += dv[i];
            } else {
                topUp += dv[i];
            }
        }
        double coreScale = core > available ? available / core : 1.0;
        double topScale = core + topUp > available && topUp > 0 ? Math.max(0.0, available - core) / topUp : 1.0;
        List<Trade> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dv[i] <= 0 || (washBuy[i] && washSaleMode == WashSaleMode.AVOID)) {
                continue;
            }
            if (outside[i] && coreScale < 1.0) {
                reasons.get(i).add(BreachReason.INSUFFICIENT_CASH);
            }
            double want = dv[i] * (outside[i] ? coreScale : topScale);
            double shares = want / u.prices[i];
            if (!fractionalShares) {
                shares = Math.floor(shares + 1e-9);
                if (shares * u.prices[i] > want + 1e-9 * Math.max(1.0, want)) {
                    shares -= 1; // never spend more than the goal
                }
            }
            if (shares <= EPS) {
                continue;
            }
            if (shares * u.prices[i] < minTradeValue) {
                reasons.get(i).add(BreachReason.MIN_TRADE_SIZE);
                continue;
            }
            out.add(Trade.buy(u.symbols.get(i), shares, u.prices[i], washBuy[i]));
        }
        return out;
    }

    /** The validated, sorted universe of one rebalance: every held or targeted symbol. */
    static final class Universe {
        final List<String> symbols;
        final double[] prices;
        final double[] shares;
        final double[] targets;
        final double[] covariance;
        private final double value;

        private Universe(List<String> symbols, double[] prices, double[] shares, double[] targets,
                         double[] covariance, double value) {
            this.symbols = symbols;
            this.prices = prices;
            this.shares = shares;
            this.targets = targets;
            this.covariance = covariance;
            this.value = value;
        }

        static Universe of(Holdings holdings, Prices prices, TargetWeights targets, LocalDate asOf,
                           CovarianceMatrix covariance) {
            ArgChecks.notNull(holdings, "holdings");
            ArgChecks.notNull(prices, "prices");
            ArgChecks.notNull(targets, "targets");
            ArgChecks.notNull(asOf, "asOf");
            for (String s : targets.bySymbol().keySet()) {
                if (!prices.has(s)) {
                    throw new IllegalArgumentException("target symbol " + s + " has no price");
                }
            }
            for (TaxLot lot : holdings.lots()) {
                if (!prices.has(lot.symbol())) {
                    throw new IllegalArgumentException("held symbol " + lot.symbol() + " has no price");
                }
                ArgChecks.check(!lot.acquired().isAfter(asOf), "acquired date of lot " + lot.id(), lot.acquired(),
                        "must not be after the as-of date " + asOf);
            }
            TreeSet<String> all = new TreeSet<>(holdings.symbols());
            all.addAll(targets.bySymbol().keySet());
            List<String> symbols = List.copyOf(all);
            int n = symbols.size();
            double[] p = new double[n];
            double[] q = new double[n];
            double[] t = new double[n];
            double value = holdings.cash();
            for (int i = 0; i < n; i++) {
                String s = symbols.get(i);
                p[i] = prices.price(s);
                q[i] = holdings.shares(s);
                t[i] = targets.weight(s);
                value += p[i] * q[i];
            }
            ArgChecks.check(value > 0, "portfolio value", value, "must be positive");
            double[] cov = covariance == null ? null : covariance.subMatrix(symbols);
            return new Universe(symbols, p, q, t, cov, value);
        }

        int n() {
            return symbols.size();
        }

        double value() {
            return value;
        }
    }

    /** Builds a {@link TaxAwareRebalancer}. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private TaxRules rules = TaxRules.defaults();
        private LotSelector selector = LotSelectors.fifo();
        private Tolerance tolerance = Tolerance.DEFAULT;
        private WashSaleMode washSaleMode = WashSaleMode.FLAG;
        private boolean fractionalShares;
        private double minTradeValue;
        private double taxBudget = Double.POSITIVE_INFINITY;

        private Builder() {
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
         * Sets the lot order (default FIFO).
         *
         * @param selector the selector, e.g. {@link LotSelectors#hifo()}
         * @return this builder
         */
        public Builder lotSelector(LotSelector selector) {
            this.selector = ArgChecks.notNull(selector, "selector");
            return this;
        }

        /**
         * Sets the band (default absolute 5 points).
         *
         * @param tolerance the band
         * @return this builder
         */
        public Builder tolerance(Tolerance tolerance) {
            this.tolerance = ArgChecks.notNull(tolerance, "tolerance");
            return this;
        }

        /**
         * Sets the wash-sale handling (default {@link WashSaleMode#FLAG}).
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder washSaleMode(WashSaleMode mode) {
            this.washSaleMode = ArgChecks.notNull(mode, "mode");
            return this;
        }

        /**
         * Allows fractional shares (default: whole shares only).
         *
         * @param fractional whether trades may be in fractions of a share
         * @return this builder
         */
        public Builder fractionalShares(boolean fractional) {
            this.fractionalShares = fractional;
            return this;
        }

        /**
         * Sets the minimum trade value per symbol and side; smaller trades are dropped (default 0).
         *
         * @param value currency units, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder minTradeValue(double value) {
            this.minTradeValue = ArgChecks.notNegative(value, "minTradeValue");
            return this;
        }

        /**
         * Caps the expected tax of a plan (default: no cap).
         *
         * @param budget currency units, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder taxBudget(double budget) {
            this.taxBudget = ArgChecks.notNegative(budget, "taxBudget");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the immutable engine
         */
        public TaxAwareRebalancer build() {
            return new TaxAwareRebalancer(this);
        }
    }
}
