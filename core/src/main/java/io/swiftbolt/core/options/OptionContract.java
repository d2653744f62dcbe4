package io.swiftbolt.core.options;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A listed European-style option contract: underlying symbol, right, strike and expiry date.
 *
 * <p>Time to expiry follows ACT/365: {@code (expiry − valuation date in days) / 365}.
 *
 * @param underlying the underlying's symbol, not blank
 * @param right      call or put
 * @param strike     the strike, in the underlying's currency, positive and finite
 * @param expiry     the expiry date
 * @param multiplier units of underlying per contract (100 for US equity options), positive
 */
public record OptionContract(String underlying, OptionRight right, double strike, LocalDate expiry, int multiplier) {

    /** The standard US equity option multiplier. */
    public static final int STANDARD_MULTIPLIER = 100;

    /** Days in the ACT/365 year. */
    public static final double DAYS_PER_YEAR = 365.0;

    /**
     * Validates the contract.
     *
     * @throws IllegalArgumentException naming the first bad argument
     */
    public OptionContract {
        ArgChecks.notBlank(underlying, "underlying");
        ArgChecks.notNull(right, "right");
        ArgChecks.positive(strike, "strike");
        ArgChecks.notNull(expiry, "expiry");
        ArgChecks.positive(multiplier, "multiplier");
    }

    /**
     * A contract with the standard multiplier of 100.
     *
     * @param underlying the underlying's symbol
     * @param right      call or put
     * @param strike     the strike
     * @param expiry     the expiry date
     * @return the contract
     */
    public static OptionContract of(String underlying, OptionRight right, double strike, LocalDate expiry) {
        return new OptionContract(underlying, right, strike, expiry, STANDARD_MULTIPLIER);
    }

    /**
     * Time to expiry in years, ACT/365, from a valuation date.
     *
     * @param valuationDate the date of valuation
     * @return (expiry − valuationDate) in days / 365; zero or negative once expired
     * @throws IllegalArgumentException if {@code valuationDate} is null
     */
    public double yearsToExpiry(LocalDate valuationDate) {
        ArgChecks.notNull(valuationDate, "valuationDate");
        return ChronoUnit.DAYS.between(valuationDate, expiry) / DAYS_PER_YEAR;
    }
}
