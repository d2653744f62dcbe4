package io.swiftbolt.chain.analytics;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;

/**
 * One point of the ATM implied-volatility term structure.
 *
 * @param expiry the expiry
 * @param years  time to expiry, ACT/365, positive
 * @param atmVol the at-the-money implied volatility (decimal, annualized), positive
 */
public record TermStructurePoint(LocalDate expiry, double years, double atmVol) {

    /**
     * Validates the point.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    public TermStructurePoint {
        ArgChecks.notNull(expiry, "expiry");
        ArgChecks.positive(years, "years");
        ArgChecks.positive(atmVol, "atmVol");
    }

    /**
     * Total implied variance {@code atmVol² · years}; non-decreasing in {@code years} when the term
     * structure is free of calendar arbitrage.
     *
     * @return the total variance
     */
    public double totalVariance() {
        return atmVol * atmVol * years;
    }
}
