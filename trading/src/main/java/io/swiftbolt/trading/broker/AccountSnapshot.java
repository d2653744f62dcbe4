package io.swiftbolt.trading.broker;

import io.swiftbolt.trading.order.Money;

/**
 * An account at one moment. Every amount is {@link Money} units (1/10,000 of a currency unit),
 * exact.
 *
 * <p>Identities (exact, checked by the property tests):
 * {@code equity = cash + marketValue} and
 * {@code equity = initialCash + realizedPnl + unrealizedPnl − fees}.
 *
 * @param initialCash   the starting cash
 * @param cash          cash now, after every fill, fee and settlement (negative for a debit)
 * @param marketValue   Σ position × mark × multiplier (shorts negative); a position without a
 *                      mark counts at its cost basis
 * @param equity        cash + market value
 * @param realizedPnl   profit and loss closed out, before fees
 * @param unrealizedPnl market value − cost basis of the open positions
 * @param fees          commissions paid
 * @param reservedCash  cash set aside for open buy orders
 * @param buyingPower   cash − reserved cash − the value of short positions
 */
public record AccountSnapshot(long initialCash, long cash, long marketValue, long equity, long realizedPnl,
                              long unrealizedPnl, long fees, long reservedCash, long buyingPower)
        implements BrokerAccount {

    /**
     * Equity in currency units (for analytics and display).
     *
     * @return the equity as a double
     */
    public double equityAmount() {
        return Money.toDouble(equity);
    }
}
