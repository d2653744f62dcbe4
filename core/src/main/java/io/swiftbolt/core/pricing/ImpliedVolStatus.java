package io.swiftbolt.core.pricing;

/**
 * The outcome of an implied-volatility solve. Only {@link #OK} carries a volatility; the others
 * say why none exists.
 */
public enum ImpliedVolStatus {
    /** A volatility was found. */
    OK("ok"),
    /** The price is below the discounted intrinsic value. */
    BELOW_INTRINSIC("below_intrinsic"),
    /** The price is at or above the upper bound (discounted spot for a call, strike for a put). */
    ABOVE_UPPER_BOUND("above_upper_bound"),
    /** The price carries no volatility information in double precision. */
    NOT_IDENTIFIABLE("not_identifiable");

    private final String code;

    ImpliedVolStatus(String code) {
        this.code = code;
    }

    /**
     * The lower-case code used in CSV output, e.g. {@code below_intrinsic}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Maps a kernel result of {@link ImpliedVolKernels} to a status.
     *
     * @param kernelResult a volatility (positive) or a negative status code
     * @return the status
     */
    public static ImpliedVolStatus ofKernelResult(double kernelResult) {
        if (kernelResult > 0) {
            return OK;
        }
        if (kernelResult == ImpliedVolKernels.BELOW_INTRINSIC) {
            return BELOW_INTRINSIC;
        }
        if (kernelResult == ImpliedVolKernels.ABOVE_UPPER_BOUND) {
            return ABOVE_UPPER_BOUND;
        }
        return NOT_IDENTIFIABLE;
    }
}
