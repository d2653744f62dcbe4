package io.swiftbolt.trading.alpaca;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.broker.BrokerAccount;

/**
 * An Alpaca account ({@code GET /v2/account}). Amounts are exact
 * {@link io.swiftbolt.trading.order.Money} units, converted from Alpaca's decimal strings.
 * The account number is not kept.
 *
 * @param status           Alpaca's account status, e.g. {@code ACTIVE}
 * @param currency         the currency, e.g. {@code USD}
 * @param cash             cash
 * @param equity           equity
 * @param buyingPower      buying power
 * @param longMarketValue  value of the long positions
 * @param shortMarketValue value of the short positions (negative or 0)
 * @param tradingBlocked   whether Alpaca blocks trading on the account
 */
public record AlpacaAccount(String status, String currency, long cash, long equity, long buyingPower,
                            long longMarketValue, long shortMarketValue, boolean tradingBlocked)
        implements BrokerAccount {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a text field is null
     */
    public AlpacaAccount {
        ArgChecks.notNull(status, "status");
        ArgChecks.notNull(currency, "currency");
    }
}
