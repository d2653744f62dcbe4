package io.swiftbolt.chain.analytics;

import java.util.Arrays;

/**
 * Dealer gamma exposure (GEX) by strike, pooled over all expiries, and in total.
 *
 * <p><b>Sign convention.</b> Dealers are assumed to be <em>long the calls and short the puts</em>
 * that make up open interest (customers sell calls against holdings and buy puts for protection),
 * so a contract contributes
 * <pre>
 *   GEX = sign · Γ · OI · multiplier · S² · 0.01,     sign = +1 for calls, −1 for puts
 * </pre>
 * in the underlying's currency: the change in dealers' dollar delta for a 1 % rise in the
 * underlying. Positive total GEX means dealers hedge against the move (dampening), negative means
 * with it (amplifying). Γ is the Black-Scholes-Merton gamma at the contract's implied volatility;
 * contracts without one contribute nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class GammaExposure {

    private final double[] strike;
    private final double[] exposure;
    private final double total;

    GammaExposure(double[] strike, double[] exposure) {
        this.strike = strike;
        this.exposure = exposure;
        double t = 0;
        for (double v : exposure) {
            t += v;
        }
        this.total = t;
    }

    /**
     * The number of strikes (distinct strikes across all expiries).
     *
     * @return the count
     */
    public int size() {
        return strike.length;
    }

    /**
     * Strike {@code i}, ascending.
     *
     * @param i the index
     * @return the strike
     */
    public double strike(int i) {
        return strike[i];
    }

    /**
     * The dealer gamma exposure at strike {@code i}, all expiries, currency per 1 % move.
     *
     * @param i the index
     * @return the exposure
     */
    public double exposure(int i) {
        return exposure[i];
    }

    /**
     * The total dealer gamma exposure, currency per 1 % move.
     *
     * @return the total
     */
    public double total() {
        return total;
    }

    /**
     * The strikes, ascending.
     *
     * @return a copy
     */
    public double[] strikes() {
        return Arrays.copyOf(strike, strike.length);
    }

    /**
     * The exposures by strike.
     *
     * @return a copy
     */
    public double[] exposures() {
        return Arrays.copyOf(exposure, exposure.length);
    }
}
