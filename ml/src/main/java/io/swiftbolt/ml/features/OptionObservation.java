package io.swiftbolt.ml.features;

import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.util.ArgChecks;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One day's observation of the option tracked by an {@link OptionSeries} (typically the
 * at-the-money option of the front expiry), plus the day's total call and put volumes.
 *
 * @param date        the trading date; must match a bar date of the underlying series
 * @param right       call or put
 * @param strike      the strike, positive, in the underlying's price units
 * @param expiry      the expiry date, after {@code date}; time to expiry is ACT/365
 * @param price       the option's price (e.g. the mid) per unit of underlying, zero or positive
 * @param impliedVol  the implied volatility as a decimal (0.2 is 20 %) if the source provides
 *                    one; if empty, it is solved from {@code price} with core's implied-vol
 *                    solver under the engineer's rate and dividend yield
 * @param callVolume  the day's call volume (contracts), zero or positive
 * @param putVolume   the day's put volume (contracts), zero or positive
 */
public record OptionObservation(LocalDate date, OptionRight right, double strike, LocalDate expiry, double price,
                                OptionalDouble impliedVol, double callVolume, double putVolume) {

    /**
     * Validates the observation.
     *
     * @throws IllegalArgumentException if a field is null, not finite, out of range, or the expiry
     *                                  is not after the date
     */
    public OptionObservation {
        ArgChecks.notNull(date, "date");
        ArgChecks.notNull(right, "right");
        ArgChecks.positive(strike, "strike");
        ArgChecks.notNull(expiry, "expiry");
        ArgChecks.check(expiry.isAfter(date), "expiry", expiry, "must be after date = " + date);
        ArgChecks.notNegative(price, "price");
        ArgChecks.notNull(impliedVol, "impliedVol");
        if (impliedVol.isPresent()) {
            ArgChecks.positive(impliedVol.getAsDouble(), "impliedVol");
        }
        ArgChecks.notNegative(callVolume, "callVolume");
        ArgChecks.notNegative(putVolume, "putVolume");
    }

    /**
     * Years to expiry, ACT/365: {@code (expiry − date) / 365}.
     *
     * @return the time to expiry in years, positive
     */
    public double yearsToExpiry() {
        return (expiry.toEpochDay() - date.toEpochDay()) / 365.0;
    }
}
