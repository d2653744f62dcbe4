package io.swiftbolt.trading.broker;

import io.swiftbolt.core.util.ArgChecks;
import java.time.Instant;

/**
 * The latest top of book and last trade of a symbol. Prices in currency units per share; sizes in
 * shares or contracts. A price the source does not have is {@code NaN} (documented, never silent):
 * test with {@link #hasBidAsk()} and {@link #hasLast()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol  the symbol
 * @param bid     best bid, or NaN
 * @param bidSize shares or contracts bid, zero or more
 * @param ask     best ask, or NaN
 * @param askSize shares or contracts offered, zero or more
 * @param last    the last trade's price, or NaN
 * @param time    when the newest of these was observed
 */
public record LatestQuote(String symbol, double bid, long bidSize, double ask, long askSize, double last,
                          Instant time) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first bad argument
     */
    public LatestQuote {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.notNull(time, "time");
        ArgChecks.check(Double.isNaN(bid) || bid >= 0 && bid < Double.POSITIVE_INFINITY, "bid", bid,
                "must be NaN or finite and not negative");
        ArgChecks.check(Double.isNaN(ask) || ask >= 0 && ask < Double.POSITIVE_INFINITY, "ask", ask,
                "must be NaN or finite and not negative");
        ArgChecks.check(Double.isNaN(last) || last > 0 && last < Double.POSITIVE_INFINITY, "last", last,
                "must be NaN or finite and positive");
        ArgChecks.check(bidSize >= 0, "bidSize", bidSize, "must not be negative");
        ArgChecks.check(askSize >= 0, "askSize", askSize, "must not be negative");
    }

    /**
     * Whether both bid and ask are known.
     *
     * @return true if neither is NaN
     */
    public boolean hasBidAsk() {
        return !Double.isNaN(bid) && !Double.isNaN(ask);
    }

    /**
     * Whether a last trade is known.
     *
     * @return true if {@code last} is not NaN
     */
    public boolean hasLast() {
        return !Double.isNaN(last);
    }
}
