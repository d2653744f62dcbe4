package io.swiftbolt.trading.broker;

/**
 * What every broker reports about an account. Amounts are exact {@link io.swiftbolt.trading.order.Money}
 * units (1/10,000 of the account currency). Implementations are immutable values.
 */
public interface BrokerAccount {

    /**
     * Cash, negative for a debit.
     *
     * @return units
     */
    long cash();

    /**
     * Cash plus the market value of the positions.
     *
     * @return units
     */
    long equity();

    /**
     * What the account may still spend on new buys, as the broker computes it.
     *
     * @return units
     */
    long buyingPower();
}
