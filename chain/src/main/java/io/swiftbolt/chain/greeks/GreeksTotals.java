package io.swiftbolt.chain.greeks;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.util.ArgChecks;
import java.util.OptionalDouble;

/**
 * Summed Greeks of a set of positions, each position's Black-Scholes-Merton Greek × quantity ×
 * multiplier, in core's conventions:
 *
 * @param delta             Σ units·Δ: share-equivalents (units of underlying); spot delta
 * @param gamma             Σ units·Γ: change of {@code delta} per 1 unit of underlying price
 * @param vega              Σ units·vega: currency per 1.00 (100 points) of volatility
 * @param theta             Σ units·θ: currency per calendar year ({@link #thetaPerDay()} per day)
 * @param rho               Σ units·ρ: currency per 1.00 of rate
 * @param dollarDelta       {@code delta · S}: currency exposure to the underlying
 * @param dollarGamma       {@code gamma · S² · 0.01}: change of {@code dollarDelta} for a 1 % move in S
 * @param callDelta         the part of {@code delta} from calls
 * @param putDelta          the part of {@code delta} from puts
 * @param gammaWeightedVega Σ |Γ_p|·vega_p / Σ |Γ_p| over positions p (position gamma and vega, units
 *                          included): the book's vega seen through where its gamma sits, currency per
 *                          1.00 vol; empty when no position has gamma
 */
public record GreeksTotals(double delta, double gamma, double vega, double theta, double rho, double dollarDelta,
                           double dollarGamma, double callDelta, double putDelta, OptionalDouble gammaWeightedVega) {

    /**
     * Validates that every value is finite.
     *
     * @throws IllegalArgumentException naming the first non-finite value
     */
    public GreeksTotals {
        ArgChecks.finite(delta, "delta");
        ArgChecks.finite(gamma, "gamma");
        ArgChecks.finite(vega, "vega");
        ArgChecks.finite(theta, "theta");
        ArgChecks.finite(rho, "rho");
        ArgChecks.finite(dollarDelta, "dollarDelta");
        ArgChecks.finite(dollarGamma, "dollarGamma");
        ArgChecks.finite(callDelta, "callDelta");
        ArgChecks.finite(putDelta, "putDelta");
        ArgChecks.notNull(gammaWeightedVega, "gammaWeightedVega");
        if (gammaWeightedVega.isPresent()) {
            ArgChecks.finite(gammaWeightedVega.getAsDouble(), "gammaWeightedVega");
        }
    }

    /**
     * Theta per calendar day, {@code theta / 365}.
     *
     * @return currency per day
     */
    public double thetaPerDay() {
        return theta / OptionContract.DAYS_PER_YEAR;
    }
}
