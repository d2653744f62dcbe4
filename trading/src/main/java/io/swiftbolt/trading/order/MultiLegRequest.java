package io.swiftbolt.trading.order;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * An all-or-none order over several legs (an option spread, a buy-write): {@code quantity} units
 * of the combination, leg {@code i} trading {@code quantity × legs[i].ratio()} of its instrument.
 * Either every leg fills completely at once, or none does.
 *
 * <p>{@code netLimitPrice} is the worst acceptable net price per unit of the combination, in
 * currency per share before multipliers, signed as a debit: {@code Σ sign(side) × ratio × price}
 * (positive = pay, negative = receive). NaN means a market combination (fills at the opposite
 * quotes plus slippage).
 *
 * <p>Immutable and thread-safe. Business rules are checked by the order manager (reasons, not
 * exceptions); the constructor only rejects nulls.
 *
 * @param clientOrderId the client's id
 * @param legs          the legs, copied
 * @param quantity      units of the combination, must be positive to be accepted
 * @param netLimitPrice the net debit limit per unit, or NaN for market
 * @param timeInForce   the time in force
 */
public record MultiLegRequest(String clientOrderId, List<Leg> legs, long quantity, double netLimitPrice,
                              TimeInForce timeInForce) implements OrderSpec {

    /**
     * Checks for nulls and copies the legs.
     *
     * @throws IllegalArgumentException if a reference argument or a leg is null
     */
    public MultiLegRequest {
        ArgChecks.notNull(clientOrderId, "clientOrderId");
        ArgChecks.notNull(legs, "legs");
        for (int i = 0; i < legs.size(); i++) {
            ArgChecks.notNull(legs.get(i), "legs[" + i + "]");
        }
        legs = List.copyOf(legs);
        ArgChecks.notNull(timeInForce, "timeInForce");
    }

    /**
     * One leg of a multi-leg order.
     *
     * @param symbol the instrument's symbol
     * @param side   buy or sell
     * @param ratio  units of this leg per unit of the combination, must be positive to be accepted
     */
    public record Leg(String symbol, Side side, int ratio) {
        /**
         * Checks for nulls.
         *
         * @throws IllegalArgumentException if an argument is null
         */
        public Leg {
            ArgChecks.notNull(symbol, "symbol");
            ArgChecks.notNull(side, "side");
        }
    }
}
