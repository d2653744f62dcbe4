package io.swiftbolt.trading.alpaca;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.broker.BrokerPosition;

/**
 * An Alpaca position ({@code GET /v2/positions}). Amounts are exact
 * {@link io.swiftbolt.trading.order.Money} units; for options they include the contract multiplier.
 *
 * @param symbol        the symbol (OCC form for options)
 * @param assetClass    Alpaca's asset class, e.g. {@code us_equity}, {@code us_option}
 * @param quantity      shares or contracts, negative short
 * @param averageEntry  average entry price per share
 * @param costBasis     cost basis
 * @param markPrice     current price per share
 * @param marketValue   market value
 * @param unrealizedPnl unrealized profit and loss
 */
public record AlpacaPosition(String symbol, String assetClass, long quantity, long averageEntry, long costBasis,
                             long markPrice, long marketValue, long unrealizedPnl) implements BrokerPosition {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a text field is null or blank
     */
    public AlpacaPosition {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.notNull(assetClass, "assetClass");
    }
}
