package io.swiftbolt.core.pricing;

import io.swiftbolt.core.options.Greeks;
import io.swiftbolt.core.util.ArgChecks;

/**
 * The typed, validated Black-Scholes-Merton API: European option price and Greeks with a
 * continuous dividend yield.
 *
 * <pre>{@code
 * BsmInputs in = new BsmInputs(OptionRight.CALL, 42, 40, 0.5, 0.10, 0.0);
 * double price = BlackScholesMerton.price(in, 0.20);       // 4.7594 (Hull)
 * Greeks g = BlackScholesMerton.greeks(in, 0.20);
 * }</pre>
 *
 * <p>Conventions (see {@link Greeks} and {@link BlackScholesKernels}): years, decimals, vega per
 * 1.00 of vol, theta per calendar year, rho per 1.00 of rate, spot delta. For hot loops over
 * arrays use {@link BlackScholesKernels} directly.
 *
 * <p>Stateless and thread-safe.
 */
public final class BlackScholesMerton {

    /** The largest volatility accepted (decimal; 100 = 10,000 %). */
    public static final double MAX_VOL = 100;

    private BlackScholesMerton() {
    }

    /**
     * The option's price.
     *
     * @param inputs     the option and market
     * @param volatility annualized volatility, decimal, in (0, 100]
     * @return the price per unit of underlying
     * @throws IllegalArgumentException if an argument is null or out of range
     */
    public static double price(BsmInputs inputs, double volatility) {
        validate(inputs, volatility);
        return BlackScholesKernels.price(inputs.call(), inputs.spot(), inputs.strike(), inputs.timeToExpiry(),
                inputs.rate(), inputs.dividendYield(), volatility);
    }

    /**
     * The option's price and all Greeks.
     *
     * @param inputs     the option and market
     * @param volatility annualized volatility, decimal, in (0, 100]
     * @return price, delta, gamma, vega, theta, rho, vanna, volga and charm
     * @throws IllegalArgumentException if an argument is null or out of range
     */
    public static Greeks greeks(BsmInputs inputs, double volatility) {
        validate(inputs, volatility);
        double[] v = new double[BlackScholesKernels.SLOT_SIZE];
        BlackScholesKernels.priceAndGreeks(inputs.call(), inputs.spot(), inputs.strike(), inputs.timeToExpiry(),
                inputs.rate(), inputs.dividendYield(), volatility, v, 0);
        return new Greeks(v[BlackScholesKernels.PRICE], v[BlackScholesKernels.DELTA], v[BlackScholesKernels.GAMMA],
                v[BlackScholesKernels.VEGA], v[BlackScholesKernels.THETA], v[BlackScholesKernels.RHO],
                v[BlackScholesKernels.VANNA], v[BlackScholesKernels.VOLGA], v[BlackScholesKernels.CHARM]);
    }

    private static void validate(BsmInputs inputs, double volatility) {
        ArgChecks.notNull(inputs, "inputs");
        ArgChecks.positive(volatility, "volatility");
        ArgChecks.inRange(volatility, 0, MAX_VOL, "volatility");
    }
}
