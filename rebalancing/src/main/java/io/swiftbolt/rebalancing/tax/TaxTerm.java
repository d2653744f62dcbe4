package io.swiftbolt.rebalancing.tax;

/**
 * The holding-period class of a realized gain or loss: short-term (held one year or less) or
 * long-term (held more than one year). See {@link TaxRules#term} for the exact day rule.
 */
public enum TaxTerm {
    /** Held one year or less: taxed at the short-term rate (37 % by default). */
    SHORT_TERM("short"),
    /** Held more than one year: taxed at the long-term rate (20 % by default). */
    LONG_TERM("long");

    private final String code;

    TaxTerm(String code) {
        this.code = code;
    }

    /**
     * The lower-case code used in CSV output: {@code "short"} or {@code "long"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
