package io.swiftbolt.chain.liquidity;

import io.swiftbolt.core.util.ArgChecks;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The liquidity score of one contract of a chain.
 *
 * @param index                  the contract's index in the chain
 * @param contractId             the contract's id
 * @param score                  the total score, 0 to 100
 * @param rating                 the band of {@code score}
 * @param relativeSpread         {@code (ask − bid)/mid} for a two-sided, uncrossed quote; else empty
 * @param volumePercentile       the volume percentile within the chain, 0 to 1 (0 for no volume)
 * @param openInterestPercentile the open-interest percentile within the chain, 0 to 1 (0 for none)
 * @param flags                  quote problems; unmodifiable
 */
public record ContractLiquidity(int index, String contractId, double score, LiquidityRating rating,
                                OptionalDouble relativeSpread, double volumePercentile,
                                double openInterestPercentile, Set<LiquidityFlag> flags) {

    /**
     * Validates and copies the flags.
     *
     * @throws IllegalArgumentException naming the bad component
     */
    public ContractLiquidity {
        ArgChecks.notNegative(index, "index");
        ArgChecks.notBlank(contractId, "contractId");
        ArgChecks.inRange(score, 0, 100, "score");
        ArgChecks.notNull(rating, "rating");
        ArgChecks.check(rating == LiquidityRating.of(score), "rating", rating, "must match score " + score);
        ArgChecks.notNull(relativeSpread, "relativeSpread");
        ArgChecks.inRange(volumePercentile, 0, 1, "volumePercentile");
        ArgChecks.inRange(openInterestPercentile, 0, 1, "openInterestPercentile");
        flags = Set.copyOf(ArgChecks.notNull(flags, "flags"));
    }
}
