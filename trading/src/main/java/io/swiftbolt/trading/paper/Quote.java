package io.swiftbolt.trading.paper;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.order.Money;

/**
 * A top-of-book quote: best bid and ask with the sizes available there. Prices in currency units
 * per share; sizes in shares or contracts. A side with size 0 has no liquidity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol  the instrument
 * @param bid     best bid, positive and finite
 * @param bidSize shares or contracts bid, zero or more
 * @param ask     best ask, positive, finite, at least the bid
 * @param askSize shares or contracts offered, zero or more
 */
public record Quote(String symbol, double bid, long bidSize, double ask, long askSize) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first bad argument
     */
    public Quote {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.check(Money.isValidPrice(bid), "bid", bid, "must be positive and finite");
        ArgChecks.check(Money.isValidPrice(ask), "ask", ask, "must be positive and finite");
        ArgChecks.check(ask >= bid, "ask", ask, "must be at least the bid " + bid);
        ArgChecks.check(bidSize >= 0, "bidSize", bidSize, "must be zero or positive");
        ArgChecks.check(askSize >= 0, "askSize", askSize, "must be zero or positive");
    }
}
