package io.swiftbolt.chain.greeks;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;

/**
 * The Greeks of the positions expiring on one date.
 *
 * @param expiry    the expiry
 * @param positions the number of positions
 * @param totals    their summed Greeks
 */
public record ExpiryGreeks(LocalDate expiry, int positions, GreeksTotals totals) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException naming the bad component
     */
    public ExpiryGreeks {
        ArgChecks.notNull(expiry, "expiry");
        ArgChecks.positive(positions, "positions");
        ArgChecks.notNull(totals, "totals");
    }
}
