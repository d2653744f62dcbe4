package io.swiftbolt.chain.liquidity;

/**
 * A contract's liquidity band by score: Excellent (≥ 80), Good (≥ 60), Fair (≥ 40), Poor (&lt; 40).
 */
public enum LiquidityRating {
    /** Score 80 or more. */
    EXCELLENT("Excellent"),
    /** Score 60 to below 80. */
    GOOD("Good"),
    /** Score 40 to below 60. */
    FAIR("Fair"),
    /** Score below 40. */
    POOR("Poor");

    private final String label;

    LiquidityRating(String label) {
        this.label = label;
    }

    /**
     * The display label, e.g. {@code "Excellent"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The rating of a score.
     *
     * @param score the score, 0 to 100
     * @return the band
     * @throws IllegalArgumentException if {@code score} is NaN or outside [0, 100]
     */
    public static LiquidityRating of(double score) {
        io.swiftbolt.core.util.ArgChecks.inRange(score, 0, 100, "score");
        if (score >= 80) {
            return EXCELLENT;
        }
        if (score >= 60) {
            return GOOD;
        }
        return score >= 40 ? FAIR : POOR;
    }
}
