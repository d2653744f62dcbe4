package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.tax.TaxRules;
import io.swiftbolt.rebalancing.tax.TaxSummary;
import io.swiftbolt.rebalancing.tax.TaxTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The result of a rebalance: trades, their expected tax, turnover, weights before and after, and the
 * distance to the targets. Amounts are in currency units, weights and rates are decimals of the
 * portfolio value {@code V} (securities plus cash, which does not change with trading). This is an
 * analytic proposal in {@code double}, not a ledger: amounts are exact to floating-point rounding
 * (about 1e-12 of {@code V}).
 *
 * @param asOf                the trade date
 * @param trades              purchases and lot sales; sales first, by symbol, in lot-selling order
 * @param tax                 the realized gains and losses netted into the expected tax
 * @param portfolioValue      {@code V}, positive
 * @param cashBefore          the cash before trading
 * @param cashAfter           the cash after trading: {@code cashBefore + sales - purchases} (taxes and
 *                            costs are not deducted)
 * @param weightsBefore       the weights before trading, by symbol (every held or targeted symbol)
 * @param weightsAfter        the weights after trading, by symbol
 * @param targets             the target weights, by symbol (0 for a held symbol without target)
 * @param turnover            one-way turnover {@code (buys + sells) / (2 V)}
 * @param activeShare         {@code 1/2 * sum |w_after - t|} over the symbols plus the cash weight/2
 * @param trackingErrorBefore the ex-ante tracking error of the weights before trading to the targets
 *                            (annualized, from the covariance given), or empty without a covariance
 * @param trackingError       the ex-ante tracking error after trading, or empty without a covariance
 * @param breaches            positions left outside their band, each with a reason; empty when every
 *                            weight is inside its band
 */
public record RebalancePlan(LocalDate asOf, List<Trade> trades, TaxSummary tax, double portfolioValue,
                            double cashBefore, double cashAfter, Map<String, Double> weightsBefore,
                            Map<String, Double> weightsAfter, Map<String, Double> targets, double turnover,
                            double activeShare, OptionalDouble trackingErrorBefore, OptionalDouble trackingError,
                            List<BandBreach> breaches) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is null or a number is not finite
     */
    public RebalancePlan {
        ArgChecks.notNull(asOf, "asOf");
        trades = List.copyOf(ArgChecks.notNull(trades, "trades"));
        ArgChecks.notNull(tax, "tax");
        ArgChecks.positive(portfolioValue, "portfolioValue");
        ArgChecks.finite(cashBefore, "cashBefore");
        ArgChecks.finite(cashAfter, "cashAfter");
        weightsBefore = Collections.unmodifiableMap(new TreeMap<>(ArgChecks.notNull(weightsBefore, "weightsBefore")));
        weightsAfter = Collections.unmodifiableMap(new TreeMap<>(ArgChecks.notNull(weightsAfter, "weightsAfter")));
        targets = Collections.unmodifiableMap(new TreeMap<>(ArgChecks.notNull(targets, "targets")));
        ArgChecks.notNegative(turnover, "turnover");
        ArgChecks.notNegative(activeShare, "activeShare");
        ArgChecks.notNull(trackingErrorBefore, "trackingErrorBefore");
        ArgChecks.notNull(trackingError, "trackingError");
        breaches = List.copyOf(ArgChecks.notNull(breaches, "breaches"));
    }

    /**
     * Whether every weight ended inside its band.
     *
     * @return true if there are no breaches
     */
    public boolean withinBands() {
        return breaches.isEmpty();
    }

    /**
     * The total value bought, currency units.
     *
     * @return the sum of purchase values
     */
    public double buyValue() {
        return sum(Side.BUY);
    }

    /**
     * The total value sold, currency units.
     *
     * @return the sum of sale values
     */
    public double sellValue() {
        return sum(Side.SELL);
    }

    private double sum(Side side) {
        double s = 0;
        for (Trade t : trades) {
            if (t.side() == side) {
                s += t.value();
            }
        }
        return s;
    }

    /**
     * Assembles a plan from trade lines whose {@code tax} is not yet allocated: nets the realized
     * gains (flagged wash-sale losses disallowed when {@code disallowFlaggedLosses}), allocates the
     * tax to the gain lines, and computes weights, turnover, active share and tracking error. Used by
     * both engines; inputs are assumed validated by the caller.
     *
     * @param asOf                  the trade date
     * @param symbols               the symbols, sorted
     * @param prices                price per symbol
     * @param sharesBefore          shares held per symbol before trading
     * @param targets               target weight per symbol
     * @param cashBefore            cash before trading
     * @param lines                 the trades (any tax component is replaced)
     * @param rules                 the tax rules
     * @param disallowFlaggedLosses whether flagged wash-sale losses are left out of the netting
     * @param covariance            the covariance sub-matrix for {@code symbols}, row-major, or null
     * @param breaches              the band breaches found by the caller
     * @return the plan
     */
    public static RebalancePlan assemble(LocalDate asOf, List<String> symbols, double[] prices, double[] sharesBefore,
                                         double[] targets, double cashBefore, List<Trade> lines, TaxRules rules,
                                         boolean disallowFlaggedLosses, double[] covariance,
                                         List<BandBreach> breaches) {
        int n = symbols.size();
        double stG = 0;
        double stL = 0;
        double ltG = 0;
        double ltL = 0;
        double disallowed = 0;
        double weightSum = 0;
        double[] sharesAfter = sharesBefore.clone();
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            index.put(symbols.get(i), i);
        }
        double cash = cashBefore;
        double buys = 0;
        double sells = 0;
        for (Trade t : lines) {
            int i = index.get(t.symbol());
            if (t.side() == Side.BUY) {
                sharesAfter[i] += t.shares();
                cash -= t.value();
                buys += t.value();
                continue;
            }
            sharesAfter[i] -= t.shares();
            cash += t.value();
            sells += t.value();
            double g = t.realizedGain();
            if (g < 0 && t.washSale() && disallowFlaggedLosses) {
                disallowed -= g;
            } else if (t.term() == TaxTerm.SHORT_TERM) {
                stG += Math.max(g, 0);
                stL += Math.max(-g, 0);
            } else {
                ltG += Math.max(g, 0);
                ltL += Math.max(-g, 0);
            }
            if (g > 0) {
                weightSum += g * rules.rate(t.term());
            }
        }
        TaxSummary tax = rules.net(stG, stL, ltG, ltL, disallowed);
        List<Trade> trades = new ArrayList<>(lines.size());
        for (Trade t : lines) {
            double share = t.side() == Side.SELL && t.realizedGain() > 0 && weightSum > 0
                    ? tax.tax() * (t.realizedGain() * rules.rate(t.term()) / weightSum) : 0.0;
            trades.add(t.withTax(share));
        }
        double value = cashBefore;
        for (int i = 0; i < n; i++) {
            value += sharesBefore[i] * prices[i];
        }
        double[] w0 = new double[n];
        double[] w1 = new double[n];
        Map<String, Double> before = new TreeMap<>();
        Map<String, Double> after = new TreeMap<>();
        Map<String, Double> tgt = new TreeMap<>();
        double active = 0;
        for (int i = 0; i < n; i++) {
            w0[i] = sharesBefore[i] * prices[i] / value;
            w1[i] = Math.max(0.0, sharesAfter[i]) * prices[i] / value;
            before.put(symbols.get(i), w0[i]);
            after.put(symbols.get(i), w1[i]);
            tgt.put(symbols.get(i), targets[i]);
            active += Math.abs(w1[i] - targets[i]);
        }
        active += Math.abs(cash / value);
        OptionalDouble teBefore = covariance == null ? OptionalDouble.empty()
                : OptionalDouble.of(PortfolioMath.trackingError(w0, targets, covariance));
        OptionalDouble teAfter = covariance == null ? OptionalDouble.empty()
                : OptionalDouble.of(PortfolioMath.trackingError(w1, targets, covariance));
        return new RebalancePlan(asOf, trades, tax, value, cashBefore, cash, before, after, tgt,
                PortfolioMath.turnover(buys, sells, value), active / 2, teBefore, teAfter, breaches);
    }
}
