package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.PortfolioMath;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.Side;
import io.swiftbolt.rebalancing.Trade;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import io.swiftbolt.rebalancing.lots.TaxLot;
import io.swiftbolt.rebalancing.tax.TaxRules;
import io.swiftbolt.rebalancing.tax.WashSales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cost optimizer's problem in weights of the portfolio value {@code V}, as plain arrays (see
 * {@link CostOptimizer} for the model). Every trade is a sum of box-bounded variables: a purchase is one
 * variable {@code v in [0, bound]}, a sale one variable per sellable lot {@code v in [0, lot weight]} in
 * minimum-tax order. The trade of symbol {@code i} is {@code x_i = sum of its variables}, signed by
 * {@code direction[i]}. Not thread-safe; made per optimization.
 */
final class CostProblem {

    /** Trades and lots smaller than this (in weights of V) are left out. */
    static final double MIN_TRADE_WEIGHT = 1e-12;

    final LocalDate asOf;
    final List<String> symbols;
    final double[] price;
    final double[] shares0;
    final double[] targets;
    final double[] w0;
    final double cash;
    final double value;
    /** Annualized covariance of all the plan's symbols, row-major {@code n * n}. */
    final double[] cov;
    /** Number of factors when the covariance is a factor model, else 0. */
    final int factors;
    /** Factor exposures of the plan's symbols, row-major {@code n * factors}, or null. */
    final double[] exposures;
    /** Specific variances of the plan's symbols, or null. */
    final double[] specific;
    final int n;
    /** +1 buy, -1 sale, 0 no trade. */
    final double[] direction;
    /** Commission and half-spread per unit of weight traded. */
    final double[] linear;
    /** Impact coefficient {@code c_i}: the impact of a trade {@code x} is {@code c_i x^1.5} (weights of V). */
    final double[] impact;
    /** Number of box variables. */
    final int m;
    /** The symbol of each variable. */
    final int[] varSymbol;
    /** Upper bound of each variable (weights of V); the lower bound is 0. */
    final double[] varUpper;
    /** Tax per unit of weight sold (0 for a purchase, negative for a loss). */
    final double[] varTax;
    /** The lot of each sale variable; null for a purchase. */
    final TaxLot[] varLot;

    private CostProblem(RebalancePlan original, Prices prices, Holdings holdings, CovarianceMatrix covariance,
                        Map<String, Liquidity> liquidity, CostModel model, TaxRules rules) {
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
        this.factors = covariance.factorCount();
        this.exposures = factors > 0 ? covariance.subExposures(symbols) : null;
        this.specific = factors > 0 ? covariance.subSpecificVariances(symbols) : null;
        this.direction = new double[n];
        this.linear = new double[n];
        this.impact = new double[n];
        for (int i = 0; i < n; i++) {
            String s = symbols.get(i);
            price[i] = prices.price(s);
            shares0[i] = holdings.shares(s);
            targets[i] = original.targets().get(s);
            w0[i] = shares0[i] * price[i] / value;
        }
        List<Integer> sym = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> tax = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = symbols.get(i);
            double d = targets[i] - w0[i];
            if (Math.abs(d) <= MIN_TRADE_WEIGHT) {
                continue;
            }
            Liquidity l = liquidity.get(s);
            if (l == null) {
                throw new IllegalArgumentException("symbol " + s + " has no volume/liquidity entry");
            }
            linear[i] = model.commissionPerShare() / price[i] + l.halfSpread();
            impact[i] = model.impactCoefficient() * l.dailyVolatility()
                    * Math.sqrt(value / (price[i] * l.averageDailyVolume()));
            if (d > 0) {
                if (!holdings.soldAtLossWithinWashWindow(s, asOf)) {
                    direction[i] = 1;
                    sym.add(i);
                    upper.add(d);
                    tax.add(0.0);
                    lots.add(null);
                }
                continue;
            }
            // Lots in minimum-tax order, each bounded by what is still needed: the optimum takes them in
            // this order anyway (linear tax), and the sale's cap -d is then implied by the lot bounds.
            double needed = -d;
            List<TaxLot> symbolLots = holdings.lots(s);
            for (TaxLot lot : LotSelectors.minTax().order(symbolLots, price[i], asOf, rules)) {
                boolean loss = lot.gainPerShare(price[i]) < 0;
                boolean wash = loss && replacementBought(symbolLots, lot, asOf);
                double cap = wash ? 0.0 : Math.min(needed, lot.shares() * price[i] / value);
                if (cap <= MIN_TRADE_WEIGHT) {
                    continue;
                }
                needed -= cap;
                direction[i] = -1;
                sym.add(i);
                upper.add(cap);
                tax.add(rules.rate(rules.term(lot.acquired(), asOf)) * (1.0 - lot.costBasisPerShare() / price[i]));
                lots.add(lot);
            }
        }
        this.m = sym.size();
        this.varSymbol = new int[m];
        this.varUpper = new double[m];
        this.varTax = new double[m];
        this.varLot = lots.toArray(new TaxLot[0]);
        for (int k = 0; k < m; k++) {
            varSymbol[k] = sym.get(k);
            varUpper[k] = upper.get(k);
            varTax[k] = tax.get(k);
        }
    }

    /**
     * The problem of moving {@code holdings} toward the targets of {@code original}.
     *
     * @throws IllegalArgumentException if a trading symbol has no liquidity entry, no price or no
     *                                  covariance row
     */
    static CostProblem of(Holdings holdings, Prices prices, RebalancePlan original, CovarianceMatrix covariance,
                          Map<String, Liquidity> liquidity, CostModel model, TaxRules rules) {
        return new CostProblem(original, prices, holdings, covariance, liquidity, model, rules);
    }

    /** The cash weight the budget must invest: {@code sum_i direction_i x_i = cash / V}. */
    double budget() {
        return cash / value;
    }

    /** Trades per symbol (weights of V, unsigned) from the variables. */
    double[] trades(double[] v) {
        double[] x = new double[n];
        for (int k = 0; k < m; k++) {
            x[varSymbol[k]] += v[k];
        }
        return x;
    }

    /** The model's objective (weights of V): linear cost and tax per variable plus {@code c x^1.5} per symbol. */
    double objective(double[] v) {
        double f = 0;
        for (int k = 0; k < m; k++) {
            f += (linear[varSymbol[k]] + varTax[k]) * v[k];
        }
        double[] x = trades(v);
        for (int i = 0; i < n; i++) {
            f += impact[i] * x[i] * Math.sqrt(x[i]);
        }
        return f;
    }

    /** Ex-ante tracking error after the trades {@code v} (annualized decimal). */
    double trackingError(double[] v) {
        double[] x = trades(v);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = w0[i] + direction[i] * x[i];
        }
        return PortfolioMath.trackingError(w, targets, cov);
    }

    /** The trades {@code v} as a plan: sales from lots, purchases per symbol. */
    RebalancePlan plan(double[] v, TaxRules rules) {
        List<Trade> lines = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            int i = varSymbol[k];
            if (v[k] <= MIN_TRADE_WEIGHT) {
                continue;
            }
            TaxLot lot = varLot[k];
            if (lot == null) {
                lines.add(Trade.buy(symbols.get(i), v[k] * value / price[i], price[i], false));
                continue;
            }
            double q = Math.min(lot.shares(), v[k] * value / price[i]);
            lines.add(new Trade(lot.symbol(), Side.SELL, q, price[i], lot.id(), lot.acquired(),
                    lot.costBasisPerShare(), q * lot.gainPerShare(price[i]), rules.term(lot.acquired(), asOf),
                    0.0, false));
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
}
