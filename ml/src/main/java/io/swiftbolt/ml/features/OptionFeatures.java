package io.swiftbolt.ml.features;

import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.pricing.ImpliedVolKernels;

/**
 * The per-row option features, shared by batch and streaming so both compute the same numbers.
 * Writes NaN (the internal "undefined" marker) where a feature has no value.
 */
final class OptionFeatures {

    static final int DELTA = 0;
    static final int GAMMA = 1;
    static final int VEGA = 2;
    static final int THETA = 3;
    static final int IMPLIED_VOL = 4;
    static final int MONEYNESS = 5;
    static final int LOG_MONEYNESS = 6;
    static final int TIME_TO_EXPIRY = 7;
    static final int PUT_CALL_RATIO = 8;
    static final int COUNT = 9;

    private final double rate;
    private final double dividendYield;
    private final double[] greeks = new double[BlackScholesKernels.SLOT_SIZE];

    OptionFeatures(double rate, double dividendYield) {
        this.rate = rate;
        this.dividendYield = dividendYield;
    }

    /** Writes the features of one observation with underlying close {@code spot} into {@code out}. */
    void compute(double spot, OptionObservation o, double[] out) {
        boolean call = o.right() == OptionRight.CALL;
        double t = o.yearsToExpiry();
        double k = o.strike();
        double iv = o.impliedVol().isPresent() ? o.impliedVol().getAsDouble()
                : ImpliedVolKernels.impliedVol(call, o.price(), spot, k, t, rate, dividendYield);
        if (iv > 0) {
            BlackScholesKernels.priceAndGreeks(call, spot, k, t, rate, dividendYield, iv, greeks, 0);
            out[DELTA] = greeks[BlackScholesKernels.DELTA];
            out[GAMMA] = greeks[BlackScholesKernels.GAMMA];
            out[VEGA] = greeks[BlackScholesKernels.VEGA];
            out[THETA] = greeks[BlackScholesKernels.THETA];
            out[IMPLIED_VOL] = iv;
        } else {
            // The solver's status (below intrinsic, above the bound, not identifiable): no vol.
            out[DELTA] = Double.NaN;
            out[GAMMA] = Double.NaN;
            out[VEGA] = Double.NaN;
            out[THETA] = Double.NaN;
            out[IMPLIED_VOL] = Double.NaN;
        }
        out[MONEYNESS] = spot / k;
        out[LOG_MONEYNESS] = Math.log(spot / k);
        out[TIME_TO_EXPIRY] = t;
        out[PUT_CALL_RATIO] = o.callVolume() > 0 ? o.putVolume() / o.callVolume() : Double.NaN;
    }

    /** Marks every feature undefined (no observation that day). */
    static void clear(double[] out) {
        java.util.Arrays.fill(out, 0, COUNT, Double.NaN);
    }
}
