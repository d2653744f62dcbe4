package io.swiftbolt.trading.broker;

import io.swiftbolt.trading.order.Money;

/**
 * A position at one moment. Amounts are {@link Money} units.
 *
 * @param symbol        the instrument
 * @param quantity      shares or contracts, positive long, negative short
 * @param multiplier    units of underlying per contract (1 for shares)
 * @param costBasis     Σ signed cost of the open quantity (negative for a short: the proceeds)
 * @param markPrice     the price per share it is valued at, or 0 when there is no mark (then
 *                      it is valued at cost)
 * @param marketValue   quantity × mark × multiplier, or the cost basis without a mark
 * @param unrealizedPnl market value − cost basis
 * @param realizedPnl   P&amp;L closed out on this symbol so far, before fees
 */
public record Position(String symbol, long quantity, int multiplier, long costBasis, long markPrice,
                       long marketValue, long unrealizedPnl, long realizedPnl)
        implements BrokerPosition {

    /**
     * The average cost per share (per share of underlying for options) in currency units.
     *
     * @return cost basis / (quantity × multiplier), or 0 when flat
     */
    public double averageCost() {
        return quantity == 0 ? 0.0 : Money.toDouble(costBasis) / ((double) quantity * multiplier);
    }
}
