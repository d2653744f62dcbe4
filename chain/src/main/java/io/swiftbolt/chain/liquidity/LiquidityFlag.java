package io.swiftbolt.chain.liquidity;

/**
 * Quote problems the liquidity analysis flags. Each of them scores 0 on the spread component.
 */
public enum LiquidityFlag {
    /** No bid (bid 0). */
    NO_BID("no_bid", 1),
    /** No ask (ask 0). */
    NO_ASK("no_ask", 2),
    /** Bid above ask. (A chain read from a file never holds one: such rows are rejected.) */
    CROSSED("crossed", 4),
    /** Relative spread at or beyond the analyzer's cap. */
    WIDE_SPREAD("wide_spread", 8);

    private final String code;
    private final int bit;

    LiquidityFlag(String code, int bit) {
        this.code = code;
        this.bit = bit;
    }

    /**
     * The lower-case code used in files, e.g. {@code no_bid}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The flag's bit in the kernel's {@code int} flag masks ({@link LiquidityAnalyzer#scores}).
     *
     * @return a power of two
     */
    public int bit() {
        return bit;
    }
}
