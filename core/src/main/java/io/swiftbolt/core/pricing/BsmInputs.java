package io.swiftbolt.core.pricing;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;

/**
 * Everything the Black-Scholes-Merton model needs about one option except its volatility: the
 * right, spot, strike, time to expiry and the two continuous rates.
 *
 * <p>Units: {@code timeToExpiry} in years (ACT/365 when derived from dates, see
 * {@link #of(OptionContract, LocalDate, double, double, double)}); {@code rate} and
 * {@code dividendYield} are continuously compounded decimals (0.05 = 5 %), negative values
 * allowed.
 *
 * @param right         call or put
 * @param spot          underlying price, positive
 * @param strike        strike, positive
 * @param timeToExpiry  years to expiry, in (0, 100]
 * @param rate          risk-free rate, in [−10, 10], with |rate × timeToExpiry| ≤ 100
 * @param dividendYield dividend (carry) yield, in [−10, 10], with |dividendYield × timeToExpiry| ≤ 100
 */
public record BsmInputs(OptionRight right, double spot, double strike, double timeToExpiry, double rate,
                        double dividendYield) {

    /** The longest time to expiry accepted, in years. */
    public static final double MAX_YEARS = 100;
    /** The largest absolute rate or yield accepted (decimal). */
    public static final double MAX_ABS_RATE = 10;
    /** The largest absolute rate × years (or yield × years) accepted. */
    public static final double MAX_ABS_RATE_TIMES_YEARS = 100;

    /**
     * Validates the inputs.
     *
     * @throws IllegalArgumentException naming the first bad argument and its value
     */
    public BsmInputs {
        ArgChecks.notNull(right, "right");
        ArgChecks.positive(spot, "spot");
        ArgChecks.positive(strike, "strike");
        ArgChecks.positive(timeToExpiry, "timeToExpiry");
        ArgChecks.inRange(timeToExpiry, 0, MAX_YEARS, "timeToExpiry");
        ArgChecks.inRange(rate, -MAX_ABS_RATE, MAX_ABS_RATE, "rate");
        ArgChecks.inRange(dividendYield, -MAX_ABS_RATE, MAX_ABS_RATE, "dividendYield");
        // Keep the discount factors e^(−rT), e^(−qT) far from overflow and underflow.
        ArgChecks.check(Math.abs(rate * timeToExpiry) <= MAX_ABS_RATE_TIMES_YEARS, "rate",
                rate + " with timeToExpiry " + timeToExpiry, "times timeToExpiry must be within ±" + MAX_ABS_RATE_TIMES_YEARS);
        ArgChecks.check(Math.abs(dividendYield * timeToExpiry) <= MAX_ABS_RATE_TIMES_YEARS, "dividendYield",
                dividendYield + " with timeToExpiry " + timeToExpiry,
                "times timeToExpiry must be within ±" + MAX_ABS_RATE_TIMES_YEARS);
    }

    /**
     * Inputs for a listed contract valued on a date, time to expiry ACT/365.
     *
     * @param contract      the contract
     * @param valuationDate the valuation date, before the expiry
     * @param spot          underlying price
     * @param rate          risk-free rate
     * @param dividendYield dividend yield
     * @return the inputs
     * @throws IllegalArgumentException if the contract has expired on {@code valuationDate} or an
     *                                  argument is invalid
     */
    public static BsmInputs of(OptionContract contract, LocalDate valuationDate, double spot, double rate,
                               double dividendYield) {
        ArgChecks.notNull(contract, "contract");
        double years = contract.yearsToExpiry(valuationDate);
        if (years <= 0) {
            throw new IllegalArgumentException("valuationDate must be before the expiry " + contract.expiry()
                    + ", was " + valuationDate);
        }
        return new BsmInputs(contract.right(), spot, contract.strike(), years, rate, dividendYield);
    }

    /** @return whether the option is a call */
    boolean call() {
        return right.isCall();
    }
}
