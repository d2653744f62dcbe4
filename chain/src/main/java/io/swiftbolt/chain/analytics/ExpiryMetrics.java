package io.swiftbolt.chain.analytics;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The headline numbers of one expiry, or of all expiries pooled. Undefined values are empty, never
 * NaN.
 *
 * @param expiry         the expiry; empty for the pooled row
 * @param contracts      the number of contracts
 * @param maxPain        max pain (strike), empty when there is no open interest
 * @param ratios         put/call totals and ratios
 * @param atmVol         at-the-money implied volatility (decimal), see {@link OptionsChainAnalyzer};
 *                       always empty for the pooled row
 * @param riskReversal25 25-delta risk reversal σ(25Δ call) − σ(25Δ put), decimal; empty pooled
 * @param butterfly25    25-delta butterfly (σ(25Δ call) + σ(25Δ put))/2 − σ(ATM), decimal; empty pooled
 * @param gammaExposure  dealer gamma exposure of the expiry in currency per 1 % move (see
 *                       {@link GammaExposure}); empty without market data
 */
public record ExpiryMetrics(Optional<LocalDate> expiry, int contracts, OptionalDouble maxPain, PutCallRatios ratios,
                            OptionalDouble atmVol, OptionalDouble riskReversal25, OptionalDouble butterfly25,
                            OptionalDouble gammaExposure) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException naming a null component or a negative count
     */
    public ExpiryMetrics {
        ArgChecks.notNull(expiry, "expiry");
        ArgChecks.notNegative(contracts, "contracts");
        ArgChecks.notNull(maxPain, "maxPain");
        ArgChecks.notNull(ratios, "ratios");
        ArgChecks.notNull(atmVol, "atmVol");
        ArgChecks.notNull(riskReversal25, "riskReversal25");
        ArgChecks.notNull(butterfly25, "butterfly25");
        ArgChecks.notNull(gammaExposure, "gammaExposure");
    }
}
