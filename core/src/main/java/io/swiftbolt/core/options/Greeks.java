package io.swiftbolt.core.options;

/**
 * The price of a European option and its sensitivities, in SwiftBolt's conventions:
 *
 * <ul>
 *   <li>{@code price}: in the underlying's currency per unit of underlying (multiply by the
 *       contract multiplier for a contract's value);</li>
 *   <li>{@code delta}: ∂V/∂S, spot delta, including the dividend discount e^(−qT);</li>
 *   <li>{@code gamma}: ∂²V/∂S²;</li>
 *   <li>{@code vega}: ∂V/∂σ per 1.00 (100 vol points) of volatility; divide by 100 for one point;</li>
 *   <li>{@code theta}: ∂V/∂t per year of calendar time (= −∂V/∂T); {@link #thetaPerDay()} gives
 *       it per calendar day (/365);</li>
 *   <li>{@code rho}: ∂V/∂r per 1.00 of the continuously compounded rate;</li>
 *   <li>{@code vanna}: ∂²V/∂S∂σ; {@code volga} (vomma): ∂²V/∂σ²; {@code charm}: ∂delta/∂t per year
 *       of calendar time (= −∂Δ/∂T).</li>
 * </ul>
 *
 * @param price the option's value
 * @param delta ∂V/∂S
 * @param gamma ∂²V/∂S²
 * @param vega  ∂V/∂σ per 1.00 of vol
 * @param theta ∂V/∂t per calendar year
 * @param rho   ∂V/∂r per 1.00 of rate
 * @param vanna ∂²V/∂S∂σ
 * @param volga ∂²V/∂σ²
 * @param charm ∂Δ/∂t per calendar year
 */
public record Greeks(double price, double delta, double gamma, double vega, double theta, double rho,
                     double vanna, double volga, double charm) {

    /**
     * Validates that every value is finite: a Greek is never silently NaN.
     *
     * @throws IllegalArgumentException naming the first non-finite value
     */
    public Greeks {
        io.swiftbolt.core.util.ArgChecks.finite(price, "price");
        io.swiftbolt.core.util.ArgChecks.finite(delta, "delta");
        io.swiftbolt.core.util.ArgChecks.finite(gamma, "gamma");
        io.swiftbolt.core.util.ArgChecks.finite(vega, "vega");
        io.swiftbolt.core.util.ArgChecks.finite(theta, "theta");
        io.swiftbolt.core.util.ArgChecks.finite(rho, "rho");
        io.swiftbolt.core.util.ArgChecks.finite(vanna, "vanna");
        io.swiftbolt.core.util.ArgChecks.finite(volga, "volga");
        io.swiftbolt.core.util.ArgChecks.finite(charm, "charm");
    }

    /**
     * Theta per calendar day: {@code theta / 365}.
     *
     * @return the value lost (negative) or gained per calendar day
     */
    public double thetaPerDay() {
        return theta / OptionContract.DAYS_PER_YEAR;
    }

    /**
     * Vega per one vol point (0.01 of volatility): {@code vega / 100}.
     *
     * @return the value change for a one-point rise in volatility
     */
    public double vegaPerPoint() {
        return vega / 100.0;
    }
}
