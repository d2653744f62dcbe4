package io.swiftbolt.trading.paper;

import io.swiftbolt.trading.order.Side;
import java.time.Instant;

/**
 * One line of the transaction history: a fill (one leg of a multi-leg fill each) or an expiry
 * settlement. Amounts are {@link io.swiftbolt.trading.order.Money} units.
 *
 * @param sequence   the sequence number of the event it came from
 * @param time       when
 * @param orderId    the order, or 0 for a settlement
 * @param symbol     the instrument
 * @param side       the side (SELL when a long position is settled)
 * @param quantity   shares or contracts, positive
 * @param price      price per share, units
 * @param fee        commission, units
 * @param cashChange the change of cash, units (−notional − fee for a buy)
 * @param settlement whether this is an expiry settlement rather than a fill
 */
public record Transaction(long sequence, Instant time, long orderId, String symbol, Side side, long quantity,
                          long price, long fee, long cashChange, boolean settlement) {
}
