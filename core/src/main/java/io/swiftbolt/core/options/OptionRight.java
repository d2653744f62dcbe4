package io.swiftbolt.core.options;

/**
 * The right an option gives its holder: to buy (call) or to sell (put) the underlying at the
 * strike.
 */
public enum OptionRight {
    /** The right to buy. */
    CALL,
    /** The right to sell. */
    PUT;

    /**
     * Whether this is {@link #CALL}.
     *
     * @return true for a call
     */
    public boolean isCall() {
        return this == CALL;
    }

    /**
     * The sign θ used in payoff formulas: +1 for a call, −1 for a put, so that the payoff is
     * {@code max(θ·(S − K), 0)}.
     *
     * @return +1 or −1
     */
    public int sign() {
        return this == CALL ? 1 : -1;
    }

    /**
     * The payoff at expiry per unit of underlying, {@code max(θ·(spot − strike), 0)}.
     *
     * @param spot   the underlying price at expiry
     * @param strike the strike
     * @return the intrinsic value, zero or positive
     */
    public double payoff(double spot, double strike) {
        return Math.max(sign() * (spot - strike), 0.0);
    }

    /**
     * Parses a right from text, case-insensitively: {@code C}, {@code CALL}, {@code P} or
     * {@code PUT}.
     *
     * @param text the text
     * @return the right
     * @throws IllegalArgumentException if the text is none of those
     */
    public static OptionRight parse(String text) {
        if (text != null) {
            switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
                case "C":
                case "CALL":
                    return CALL;
                case "P":
                case "PUT":
                    return PUT;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "option right must be C, P, call or put, was " + (text == null ? "null" : "\"" + text + "\""));
    }
}
