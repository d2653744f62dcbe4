package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Out-of-sample accuracy of one forecast series against its actuals, in the target's units.
 *
 * @param mse mean squared error (units²)
 * @param mae mean absolute error (units)
 * @param r2  coefficient of determination {@code 1 − SS_res / SS_tot}, {@code SS_tot} around the
 *            actuals' own mean over the same rows (so a forecast worse than that constant is
 *            negative); 0 when the actuals are constant and the forecast is not exact
 */
public record ForecastMetrics(double mse, double mae, double r2) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if {@code mse} or {@code mae} is negative or not finite, or
     *                                  {@code r2} is NaN or above 1
     */
    public ForecastMetrics {
        ArgChecks.notNegative(ArgChecks.finite(mse, "mse"), "mse");
        ArgChecks.notNegative(ArgChecks.finite(mae, "mae"), "mae");
        ArgChecks.check(!Double.isNaN(r2) && r2 <= 1.0, "r2", r2, "must be a number <= 1");
    }

    /**
     * Computes the metrics.
     *
     * @param actual    the realized values, finite, at least one
     * @param predicted the forecasts, same length, finite
     * @return the metrics
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a
     *                                  non-finite value
     */
    public static ForecastMetrics of(double[] actual, double[] predicted) {
        ArgChecks.allFinite(actual, "actual");
        ArgChecks.sameLength(ArgChecks.allFinite(predicted, "predicted").length, actual.length, "predicted");
        ArgChecks.positive(actual.length, "actual.length");
        int n = actual.length;
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= n;
        double sse = 0;
        double sae = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            double e = actual[i] - predicted[i];
            sse += e * e;
            sae += Math.abs(e);
            double d = actual[i] - mean;
            sst += d * d;
        }
        double r2 = sst > 0 ? 1 - sse / sst : (sse == 0 ? 1.0 : 0.0);
        return new ForecastMetrics(sse / n, sae / n, r2);
    }
}
