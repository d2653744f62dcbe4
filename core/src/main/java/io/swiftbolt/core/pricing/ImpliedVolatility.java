package io.swiftbolt.core.pricing;

import io.swiftbolt.core.util.ArgChecks;

/**
 * The typed, validated implied-volatility API over {@link ImpliedVolKernels}.
 *
 * <pre>{@code
 * ImpliedVolResult r = ImpliedVolatility.of(new BsmInputs(OptionRight.CALL, 42, 40, 0.5, 0.10, 0), 4.7594);
 * r.volatility().getAsDouble();   // ≈ 0.20
 * }</pre>
 *
 * <p>"No volatility exists" is a result, not an exception: a price below intrinsic, above the upper
 * bound, or without volatility information in double precision gives a status saying which.
 * Wherever a volatility is identifiable, repricing it reproduces the input price to about 1e-12
 * relative or better. Stateless and thread-safe.
 */
public final class ImpliedVolatility {

    private ImpliedVolatility() {
    }

    /**
     * The implied volatility of a price.
     *
     * @param inputs the option and market (right, spot, strike, years, rate, yield)
     * @param price  the option price per unit of underlying, zero or positive and finite
     * @return the status and, when OK, the volatility
     * @throws IllegalArgumentException if {@code inputs} is null or {@code price} is negative, NaN
     *                                  or infinite
     */
    public static ImpliedVolResult of(BsmInputs inputs, double price) {
        ArgChecks.notNull(inputs, "inputs");
        ArgChecks.notNegative(price, "price");
        double v = ImpliedVolKernels.impliedVol(inputs.call(), price, inputs.spot(), inputs.strike(),
                inputs.timeToExpiry(), inputs.rate(), inputs.dividendYield());
        return ImpliedVolResult.ofKernelResult(v);
    }
}
