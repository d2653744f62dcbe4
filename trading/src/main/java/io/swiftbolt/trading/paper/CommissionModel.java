package io.swiftbolt.trading.paper;

import io.swiftbolt.trading.order.Instrument;

/**
 * The commission of one fill. Implementations must be deterministic and thread-safe; see
 * {@link Commissions} for the standard ones.
 */
@FunctionalInterface
public interface CommissionModel {

    /**
     * The commission for a fill.
     *
     * @param instrument the instrument
     * @param quantity   shares or contracts filled, positive
     * @param price      fill price per share, {@link io.swiftbolt.trading.order.Money} units
     * @return the commission, units, zero or positive
     */
    long commission(Instrument instrument, long quantity, long price);
}
