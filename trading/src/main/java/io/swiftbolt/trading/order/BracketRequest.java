package io.swiftbolt.trading.order;

import io.swiftbolt.core.util.ArgChecks;

/**
 * A bracket: an entry order plus two exits that become active only once the entry is completely
 * filled: a take-profit LIMIT and a stop-loss STOP, both GTC, on the opposite side for the entry's
 * quantity, one-cancels-other between themselves. The exits get the client order ids
 * {@code <entry id>-tp} and {@code <entry id>-sl}.
 *
 * <p>If the entry ends without being completely filled (cancelled, expired, rejected), both exits
 * are cancelled with reason {@code PARENT_NOT_FILLED}; a partial position that the entry built is
 * then left unprotected, and the account shows it.
 *
 * @param entry           the entry order
 * @param takeProfitPrice the take-profit limit price (above the entry for a buy), currency per share
 * @param stopLossPrice   the stop-loss trigger price (below the entry for a buy), currency per share
 */
public record BracketRequest(OrderRequest entry, double takeProfitPrice, double stopLossPrice) {

    /**
     * Checks for null.
     *
     * @throws IllegalArgumentException if {@code entry} is null
     */
    public BracketRequest {
        ArgChecks.notNull(entry, "entry");
    }

    /**
     * The take-profit exit's request.
     *
     * @return a GTC limit order on the opposite side
     */
    public OrderRequest takeProfit() {
        return OrderRequest.limit(entry.clientOrderId() + "-tp", entry.symbol(), entry.side().opposite(),
                entry.quantity(), takeProfitPrice, TimeInForce.GTC);
    }

    /**
     * The stop-loss exit's request.
     *
     * @return a GTC stop order on the opposite side
     */
    public OrderRequest stopLoss() {
        return OrderRequest.stop(entry.clientOrderId() + "-sl", entry.symbol(), entry.side().opposite(),
                entry.quantity(), stopLossPrice, TimeInForce.GTC);
    }
}
