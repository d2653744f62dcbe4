package io.swiftbolt.chain.analytics;

import io.swiftbolt.core.util.ArgChecks;
import java.util.OptionalDouble;

/**
 * Put and call totals of one expiry (or all expiries pooled) and their put/call ratios.
 *
 * <p>Premium is {@code volume × mid × multiplier} summed over contracts with a two-sided quote
 * (contracts without a mid add nothing), in the underlying's currency. Each ratio is puts ÷ calls
 * and is undefined (empty) when the call total is zero; it is 0 when only puts are zero.
 *
 * @param callVolume       call contracts traded, ≥ 0
 * @param putVolume        put contracts traded, ≥ 0
 * @param callOpenInterest call open interest, ≥ 0
 * @param putOpenInterest  put open interest, ≥ 0
 * @param callPremium      call premium traded, currency, ≥ 0
 * @param putPremium       put premium traded, currency, ≥ 0
 */
public record PutCallRatios(double callVolume, double putVolume, double callOpenInterest, double putOpenInterest,
                            double callPremium, double putPremium) {

    /**
     * Validates the totals.
     *
     * @throws IllegalArgumentException naming the first negative or non-finite total
     */
    public PutCallRatios {
        ArgChecks.notNegative(callVolume, "callVolume");
        ArgChecks.notNegative(putVolume, "putVolume");
        ArgChecks.notNegative(callOpenInterest, "callOpenInterest");
        ArgChecks.notNegative(putOpenInterest, "putOpenInterest");
        ArgChecks.notNegative(callPremium, "callPremium");
        ArgChecks.notNegative(putPremium, "putPremium");
    }

    /**
     * Put volume ÷ call volume.
     *
     * @return the ratio, or empty when call volume is zero
     */
    public OptionalDouble volumeRatio() {
        return ratio(putVolume, callVolume);
    }

    /**
     * Put open interest ÷ call open interest.
     *
     * @return the ratio, or empty when call open interest is zero
     */
    public OptionalDouble openInterestRatio() {
        return ratio(putOpenInterest, callOpenInterest);
    }

    /**
     * Put premium ÷ call premium.
     *
     * @return the ratio, or empty when call premium is zero
     */
    public OptionalDouble premiumRatio() {
        return ratio(putPremium, callPremium);
    }

    private static OptionalDouble ratio(double numerator, double denominator) {
        return denominator > 0 ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
    }
}
