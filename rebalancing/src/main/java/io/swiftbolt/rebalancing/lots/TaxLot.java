package io.swiftbolt.rebalancing.lots;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;

/**
 * One tax lot: shares of a symbol bought together at one cost basis on one date.
 *
 * @param id                a name unique within a {@link Holdings}, used to pick specific lots; not blank
 * @param symbol            the symbol; not blank
 * @param shares            the number of shares held, positive (fractional shares allowed)
 * @param costBasisPerShare the cost basis per share in currency units, zero or positive
 * @param acquired          the acquisition (trade) date; the holding period starts the day after
 */
public record TaxLot(String id, String symbol, double shares, double costBasisPerShare, LocalDate acquired) {

    /**
     * Validates the lot.
     *
     * @throws IllegalArgumentException if a text is blank, the shares are not positive (e.g. negative
     *                                  shares), the basis is negative or the date is null
     */
    public TaxLot {
        ArgChecks.notBlank(id, "id");
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.positive(shares, "shares of lot " + id);
        ArgChecks.notNegative(costBasisPerShare, "costBasisPerShare of lot " + id);
        ArgChecks.notNull(acquired, "acquired");
    }

    /**
     * The gain (positive) or loss (negative) per share if sold at {@code price}.
     *
     * @param price the sale price per share
     * @return {@code price - costBasisPerShare} in currency units per share
     */
    public double gainPerShare(double price) {
        return price - costBasisPerShare;
    }

    /**
     * The total cost basis, {@code shares * costBasisPerShare}, in currency units.
     *
     * @return the cost basis
     */
    public double costBasis() {
        return shares * costBasisPerShare;
    }
}
