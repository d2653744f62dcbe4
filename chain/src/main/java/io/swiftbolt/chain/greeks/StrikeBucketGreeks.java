package io.swiftbolt.chain.greeks;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The Greeks of the positions whose strike lies in {@code [lowerStrike, upperStrike)}.
 *
 * @param lowerStrike the bucket's lower bound, inclusive: {@code floor(K / width) · width}
 * @param upperStrike the upper bound, exclusive: {@code lowerStrike + width}
 * @param positions   the number of positions
 * @param totals      their summed Greeks
 */
public record StrikeBucketGreeks(double lowerStrike, double upperStrike, int positions, GreeksTotals totals) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException naming the bad component
     */
    public StrikeBucketGreeks {
        ArgChecks.notNegative(lowerStrike, "lowerStrike");
        ArgChecks.check(upperStrike > lowerStrike, "upperStrike", upperStrike, "must exceed lowerStrike " + lowerStrike);
        ArgChecks.positive(positions, "positions");
        ArgChecks.notNull(totals, "totals");
    }
}
