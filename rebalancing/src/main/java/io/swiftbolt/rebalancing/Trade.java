package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.tax.TaxTerm;
import java.time.LocalDate;

/**
 * One line of a plan: a purchase of a symbol, or a sale of shares from one tax lot.
 *
 * <p>For a purchase {@code lotId}, {@code lotAcquired} and {@code term} are null, the basis is the
 * price and the gain and tax are 0. For a sale the realized gain is
 * {@code shares * (price - costBasisPerShare)} (negative for a loss) and {@code tax} is this line's
 * share of the plan's netted tax: the plan's tax allocated to its gain lines in proportion to
 * {@code gain * rate}; loss lines get 0, so the lines sum to the plan's tax.
 *
 * @param symbol            the symbol
 * @param side              buy or sell
 * @param shares            the shares traded, positive
 * @param price             the price per share, currency units
 * @param lotId             the lot sold from, or null for a purchase
 * @param lotAcquired       the lot's acquisition date, or null for a purchase
 * @param costBasisPerShare the lot's basis per share (the price for a purchase)
 * @param realizedGain      the realized gain in currency units (negative for a loss, 0 for a purchase)
 * @param term              the holding-period class of the sale, or null for a purchase
 * @param tax               the line's share of the expected tax, currency units, {@code >= 0}
 * @param washSale          whether the wash-sale guard flagged this line
 */
public record Trade(String symbol, Side side, double shares, double price, String lotId, LocalDate lotAcquired,
                    double costBasisPerShare, double realizedGain, TaxTerm term, double tax, boolean washSale) {

    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException if a number is not finite, the shares or price are not
     *                                  positive, or a sale has no lot
     */
    public Trade {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.notNull(side, "side");
        ArgChecks.positive(shares, "shares");
        ArgChecks.positive(price, "price");
        ArgChecks.notNegative(costBasisPerShare, "costBasisPerShare");
        ArgChecks.finite(realizedGain, "realizedGain");
        ArgChecks.notNegative(tax, "tax");
        if (side == Side.SELL) {
            ArgChecks.notBlank(lotId, "lotId");
            ArgChecks.notNull(lotAcquired, "lotAcquired");
            ArgChecks.notNull(term, "term");
        }
    }

    /**
     * A purchase line.
     *
     * @param symbol   the symbol
     * @param shares   the shares, positive
     * @param price    the price per share
     * @param washSale whether it is flagged as a wash-sale purchase
     * @return the line
     */
    public static Trade buy(String symbol, double shares, double price, boolean washSale) {
        return new Trade(symbol, Side.BUY, shares, price, null, null, price, 0.0, null, 0.0, washSale);
    }

    /**
     * The value traded, {@code shares * price}, in currency units.
     *
     * @return the value, positive
     */
    public double value() {
        return shares * price;
    }

    /**
     * This line with another tax share.
     *
     * @param newTax the tax share, {@code >= 0}
     * @return a copy
     */
    public Trade withTax(double newTax) {
        return new Trade(symbol, side, shares, price, lotId, lotAcquired, costBasisPerShare, realizedGain, term,
                newTax, washSale);
    }
}
