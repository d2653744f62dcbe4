package io.swiftbolt.trading.paper;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.Money;

/**
 * Standard {@link CommissionModel}s. Thread-safe.
 */
public final class Commissions {

    private static final CommissionModel ZERO = (i, q, p) -> 0L;

    private Commissions() {
    }

    /**
     * No commission.
     *
     * @return the model
     */
    public static CommissionModel zero() {
        return ZERO;
    }

    /**
     * A fixed amount per share and per option contract, e.g. {@code perUnit(0.005, 0.65)}.
     *
     * @param perShare    currency units per share, zero or positive
     * @param perContract currency units per option contract, zero or positive
     * @return the model
     * @throws IllegalArgumentException if a rate is negative or not finite
     */
    public static CommissionModel perUnit(double perShare, double perContract) {
        long share = Money.toUnits(ArgChecks.notNegative(perShare, "perShare"));
        long contract = Money.toUnits(ArgChecks.notNegative(perContract, "perContract"));
        return (instrument, quantity, price) -> quantity * (instrument instanceof Instrument.Option ? contract : share);
    }

    /**
     * A fraction of the fill's notional, in basis points, rounded half up to a unit.
     *
     * @param basisPoints the rate, e.g. 1 for 0.01 %, zero or positive, at most 1000
     * @return the model
     * @throws IllegalArgumentException if the rate is out of range
     */
    public static CommissionModel basisPoints(double basisPoints) {
        ArgChecks.inRange(basisPoints, 0, 1000, "basisPoints");
        return (instrument, quantity, price) -> (long) Math.floor(
                (double) quantity * price * instrument.multiplier() * basisPoints / 10_000.0 + 0.5);
    }
}
