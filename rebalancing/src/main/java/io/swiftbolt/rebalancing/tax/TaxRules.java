package io.swiftbolt.rebalancing.tax;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;

/**
 * Capital-gains rules: the holding-period day rule, the short- and long-term rates and the netting
 * of gains and losses (a simplified U.S. federal model; no state tax, no net-investment-income tax).
 *
 * <p><b>Day rule.</b> The holding period starts the day after the acquisition date and includes the
 * sale date; a lot is long-term when held <em>more than one year</em>, i.e. when the sale date is
 * strictly after the first anniversary of the acquisition date:
 * {@code sold.isAfter(acquired.plusYears(1))}. Bought 2023-03-15: sold 2024-03-15 is short-term,
 * sold 2024-03-16 is long-term. A lot bought on 29 February has its anniversary on 28 February
 * ({@link LocalDate#plusYears} clamps), so it is long-term from 1 March of the next year.
 *
 * <p><b>Netting.</b> Gains and losses are first netted within each term; a net loss in one term then
 * offsets a net gain in the other; tax is {@code shortTermRate * netShort + longTermRate * netLong}
 * over what is left positive. A net loss overall gives tax 0 and a loss carryforward (never a
 * refund), so a plan that realizes only losses owes no tax.
 *
 * @param shortTermRate the rate on net short-term gains, a decimal in {@code [0, 1]} (0.37 = 37 %)
 * @param longTermRate  the rate on net long-term gains, a decimal in {@code [0, 1]} (0.20 = 20 %)
 */
public record TaxRules(double shortTermRate, double longTermRate) {

    /** The default short-term rate, 37 %. */
    public static final double DEFAULT_SHORT_TERM_RATE = 0.37;
    /** The default long-term rate, 20 %. */
    public static final double DEFAULT_LONG_TERM_RATE = 0.20;

    /**
     * Validates the rates.
     *
     * @throws IllegalArgumentException if a rate is outside {@code [0, 1]}
     */
    public TaxRules {
        ArgChecks.inRange(shortTermRate, 0, 1, "shortTermRate");
        ArgChecks.inRange(longTermRate, 0, 1, "longTermRate");
    }

    /**
     * The default rules: 37 % short-term, 20 % long-term.
     *
     * @return the default rules
     */
    public static TaxRules defaults() {
        return new TaxRules(DEFAULT_SHORT_TERM_RATE, DEFAULT_LONG_TERM_RATE);
    }

    /**
     * The holding-period class of a lot acquired on {@code acquired} and sold on {@code sold}:
     * long-term exactly when {@code sold.isAfter(acquired.plusYears(1))}.
     *
     * @param acquired the acquisition (trade) date
     * @param sold     the sale (trade) date, not before {@code acquired}
     * @return the term
     * @throws IllegalArgumentException if a date is null or {@code sold} is before {@code acquired}
     */
    public TaxTerm term(LocalDate acquired, LocalDate sold) {
        ArgChecks.notNull(acquired, "acquired");
        ArgChecks.notNull(sold, "sold");
        ArgChecks.check(!sold.isBefore(acquired), "sold", sold, "must not be before acquired " + acquired);
        return sold.isAfter(acquired.plusYears(1)) ? TaxTerm.LONG_TERM : TaxTerm.SHORT_TERM;
    }

    /**
     * The rate of a term.
     *
     * @param term the term
     * @return the rate as a decimal
     */
    public double rate(TaxTerm term) {
        return term == TaxTerm.LONG_TERM ? longTermRate : shortTermRate;
    }

    /**
     * Nets realized gains and losses into the expected tax (see the class comment).
     *
     * @param shortTermGains   short-term gains, {@code >= 0}
     * @param shortTermLosses  allowed short-term losses as a magnitude, {@code >= 0}
     * @param longTermGains    long-term gains, {@code >= 0}
     * @param longTermLosses   allowed long-term losses as a magnitude, {@code >= 0}
     * @param disallowedLosses wash-sale losses, reported but not netted, {@code >= 0}
     * @return the summary with the tax and the loss carryforward
     * @throws IllegalArgumentException if an amount is negative or not finite
     */
    public TaxSummary net(double shortTermGains, double shortTermLosses, double longTermGains,
                          double longTermLosses, double disallowedLosses) {
        ArgChecks.notNegative(shortTermGains, "shortTermGains");
        ArgChecks.notNegative(shortTermLosses, "shortTermLosses");
        ArgChecks.notNegative(longTermGains, "longTermGains");
        ArgChecks.notNegative(longTermLosses, "longTermLosses");
        double st = shortTermGains - shortTermLosses;
        double lt = longTermGains - longTermLosses;
        return new TaxSummary(shortTermGains, shortTermLosses, longTermGains, longTermLosses,
                ArgChecks.notNegative(disallowedLosses, "disallowedLosses"),
                netTax(st, lt, shortTermRate, longTermRate), Math.max(0.0, -(st + lt)));
    }

    /**
     * The netting kernel: tax on a net short-term result {@code st} and a net long-term result
     * {@code lt} (negative for net losses), never negative.
     *
     * @param st            the net short-term gain in currency units
     * @param lt            the net long-term gain in currency units
     * @param shortTermRate the short-term rate
     * @param longTermRate  the long-term rate
     * @return the tax in currency units, {@code >= 0}
     */
    public static double netTax(double st, double lt, double shortTermRate, double longTermRate) {
        if (st >= 0 && lt >= 0) {
            return shortTermRate * st + longTermRate * lt;
        }
        if (st < 0 && lt >= 0) {
            return longTermRate * Math.max(0.0, lt + st);
        }
        if (st >= 0) {
            return shortTermRate * Math.max(0.0, st + lt);
        }
        return 0.0;
    }
}
