package io.swiftbolt.chain.greeks;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * The Greeks of a book of option positions: in total, by expiry and by strike bucket.
 *
 * @param total          all positions
 * @param byExpiry       per expiry, ascending; unmodifiable
 * @param byStrikeBucket per strike bucket holding positions, ascending; unmodifiable
 */
public record PortfolioGreeks(GreeksTotals total, List<ExpiryGreeks> byExpiry, List<StrikeBucketGreeks> byStrikeBucket) {

    /**
     * Validates and copies the lists.
     *
     * @throws IllegalArgumentException naming a null component
     */
    public PortfolioGreeks {
        ArgChecks.notNull(total, "total");
        byExpiry = List.copyOf(ArgChecks.notNull(byExpiry, "byExpiry"));
        byStrikeBucket = List.copyOf(ArgChecks.notNull(byStrikeBucket, "byStrikeBucket"));
    }
}
