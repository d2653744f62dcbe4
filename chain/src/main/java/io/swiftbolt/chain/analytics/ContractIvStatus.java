package io.swiftbolt.chain.analytics;

/**
 * Why a contract has, or lacks, an implied volatility in a {@link ChainAnalysis}.
 */
public enum ContractIvStatus {
    /** Solved from the mid of a two-sided quote. */
    SOLVED,
    /** Not solved (no two-sided quote or no solution) but the chain file supplied one, which is used. */
    VENDOR,
    /** The chain has no spot price or valuation date. */
    NO_MARKET_DATA,
    /** The contract expires on or before the valuation date. */
    EXPIRED,
    /** Bid or ask missing: no mid to invert. */
    NO_TWO_SIDED_QUOTE,
    /** The mid is below the discounted intrinsic value: no volatility exists. */
    BELOW_INTRINSIC,
    /** The mid is at or above the no-arbitrage upper bound: no volatility exists. */
    ABOVE_UPPER_BOUND,
    /** The mid carries no volatility information in double precision. */
    NOT_IDENTIFIABLE;

    /**
     * Whether a volatility is available (solved or vendor).
     *
     * @return true for {@link #SOLVED} and {@link #VENDOR}
     */
    public boolean hasVolatility() {
        return this == SOLVED || this == VENDOR;
    }
}
