package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Trading conditions of one symbol for the cost model.
 *
 * @param symbol             the symbol
 * @param averageDailyVolume the average daily volume in shares, positive
 * @param halfSpread         half the bid-ask spread as a decimal of the price (0.0005 = 5 bp), {@code >= 0}
 * @param dailyVolatility    the daily volatility of returns as a decimal (0.02 = 2 % a day), {@code >= 0};
 *                           from an annualized variance {@code s2}, {@code sqrt(s2 / 252)}
 */
public record Liquidity(String symbol, double averageDailyVolume, double halfSpread, double dailyVolatility) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the symbol is blank, the volume not positive, or the spread or
     *                                  volatility negative or not finite
     */
    public Liquidity {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.positive(averageDailyVolume, "averageDailyVolume of " + symbol);
        ArgChecks.notNegative(halfSpread, "halfSpread of " + symbol);
        ArgChecks.notNegative(dailyVolatility, "dailyVolatility of " + symbol);
    }
}
