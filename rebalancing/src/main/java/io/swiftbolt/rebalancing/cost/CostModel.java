package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.Trade;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost of one order (all lines of one symbol and side in a plan): for an order of {@code q}
 * shares at price {@code p}, value {@code v = q p},
 * <pre>
 *   cost = commissionPerShare * q  +  halfSpread * v  +  impactCoefficient * sigma * sqrt(q / ADV) * v
 * </pre>
 * with {@code sigma} the daily volatility and {@code ADV} the average daily volume in shares (the
 * square-root impact law). As a function of the order value the first two terms are linear and the
 * impact is {@code c * v^1.5} with {@code c = impactCoefficient * sigma / sqrt(p ADV)}: convex, but
 * neither linear nor quadratic, which is why {@link CostOptimizer} needs a convex treatment.
 *
 * @param commissionPerShare the commission in currency units per share, {@code >= 0} (e.g. 0.005)
 * @param impactCoefficient  the dimensionless impact coefficient, {@code >= 0} (e.g. 0.1 to 1)
 */
public record CostModel(double commissionPerShare, double impactCoefficient) {

    /** A default: 0.5 cent a share and impact coefficient 0.1. */
    public static final CostModel DEFAULT = new CostModel(0.005, 0.1);

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is negative or not finite
     */
    public CostModel {
        ArgChecks.notNegative(commissionPerShare, "commissionPerShare");
        ArgChecks.notNegative(impactCoefficient, "impactCoefficient");
    }

    /**
     * The kernel: cost of an order of {@code shares} at {@code price}, by component, added into
     * {@code out[0..2]} (commission, spread, impact).
     *
     * @param shares             shares traded, {@code >= 0}
     * @param price              price per share
     * @param averageDailyVolume ADV in shares
     * @param halfSpread         half-spread as a decimal of the price
     * @param dailyVolatility    daily volatility as a decimal
     * @param commissionPerShare commission per share
     * @param impactCoefficient  impact coefficient
     * @param out                accumulator of length 3
     */
    public static void addOrderCost(double shares, double price, double averageDailyVolume, double halfSpread,
                                    double dailyVolatility, double commissionPerShare, double impactCoefficient,
                                    double[] out) {
        double v = shares * price;
        out[0] += commissionPerShare * shares;
        out[1] += halfSpread * v;
        out[2] += impactCoefficient * dailyVolatility * Math.sqrt(shares / averageDailyVolume) * v;
    }

    /**
     * The cost of one order.
     *
     * @param shares    shares traded, {@code >= 0}
     * @param price     price per share, positive
     * @param liquidity the symbol's trading conditions
     * @return the cost by component
     * @throws IllegalArgumentException if the shares are negative or the price not positive
     */
    public CostBreakdown orderCost(double shares, double price, Liquidity liquidity) {
        ArgChecks.notNegative(shares, "shares");
        ArgChecks.positive(price, "price");
        ArgChecks.notNull(liquidity, "liquidity");
        double[] c = new double[3];
        addOrderCost(shares, price, liquidity.averageDailyVolume(), liquidity.halfSpread(),
                liquidity.dailyVolatility(), commissionPerShare, impactCoefficient, c);
        return new CostBreakdown(c[0], c[1], c[2]);
    }

    /**
     * The cost of a plan's trades: lines are summed into one order per symbol and side first.
     *
     * @param trades    the plan's lines
     * @param liquidity trading conditions for every symbol traded
     * @return the cost by component
     * @throws IllegalArgumentException if a traded symbol has no liquidity entry
     */
    public CostBreakdown planCost(List<Trade> trades, Map<String, Liquidity> liquidity) {
        Map<String, double[]> orders = new TreeMap<>();
        for (Trade t : ArgChecks.notNull(trades, "trades")) {
            double[] o = orders.computeIfAbsent(t.symbol() + "|" + t.side(), k -> new double[2]);
            o[0] += t.shares();
            o[1] = t.price();
        }
        double[] c = new double[3];
        for (Map.Entry<String, double[]> e : orders.entrySet()) {
            String symbol = e.getKey().substring(0, e.getKey().indexOf('|'));
            Liquidity l = liquidity.get(symbol);
            if (l == null) {
                throw new IllegalArgumentException("symbol " + symbol + " has no volume/liquidity entry");
            }
            addOrderCost(e.getValue()[0], e.getValue()[1], l.averageDailyVolume(), l.halfSpread(), l.dailyVolatility(),
                    commissionPerShare, impactCoefficient, c);
        }
        return new CostBreakdown(c[0], c[1], c[2]);
    }
}
