package io.swiftbolt.rebalancing.tax;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The realized gains and losses of a plan by holding period, netted into the expected tax.
 * Amounts in currency units; gains and losses are both reported as non-negative magnitudes.
 *
 * @param shortTermGains   the sum of short-term gains, {@code >= 0}
 * @param shortTermLosses  the sum of allowed short-term losses, {@code >= 0}
 * @param longTermGains    the sum of long-term gains, {@code >= 0}
 * @param longTermLosses   the sum of allowed long-term losses, {@code >= 0}
 * @param disallowedLosses losses disallowed by the wash-sale rule (left out of the netting), {@code >= 0}
 * @param tax              the expected tax after netting, {@code >= 0} (a net loss gives 0, never a refund)
 * @param lossCarryforward the net loss left after netting, carried forward, {@code >= 0}
 */
public record TaxSummary(double shortTermGains, double shortTermLosses, double longTermGains,
                         double longTermLosses, double disallowedLosses, double tax, double lossCarryforward) {

    /** No realized gains or losses. */
    public static final TaxSummary NONE = new TaxSummary(0, 0, 0, 0, 0, 0, 0);

    /**
     * Validates that every amount is finite and non-negative.
     *
     * @throws IllegalArgumentException naming the first bad component
     */
    public TaxSummary {
        ArgChecks.notNegative(shortTermGains, "shortTermGains");
        ArgChecks.notNegative(shortTermLosses, "shortTermLosses");
        ArgChecks.notNegative(longTermGains, "longTermGains");
        ArgChecks.notNegative(longTermLosses, "longTermLosses");
        ArgChecks.notNegative(disallowedLosses, "disallowedLosses");
        ArgChecks.notNegative(tax, "tax");
        ArgChecks.notNegative(lossCarryforward, "lossCarryforward");
    }

    /**
     * The net short-term result, gains minus allowed losses (negative for a net loss).
     *
     * @return the net short-term gain in currency units
     */
    public double netShortTerm() {
        return shortTermGains - shortTermLosses;
    }

    /**
     * The net long-term result, gains minus allowed losses (negative for a net loss).
     *
     * @return the net long-term gain in currency units
     */
    public double netLongTerm() {
        return longTermGains - longTermLosses;
    }
}
