package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Locale;

/**
 * Test-period evaluation of one horizon: the model beside the two naive baselines, and the
 * interval's coverage.
 *
 * @param horizon          steps ahead (bars)
 * @param model            the model's point forecasts (dropout off)
 * @param persistence      "no change": the last level ({@link TargetKind#PRICE}) or a zero return
 *                         ({@link TargetKind#LOG_RETURN})
 * @param drift            random walk with drift: the last level times {@code exp(h·μ)}, or a
 *                         return of {@code h·μ}, with μ the mean one-step log change of the level
 *                         over the training period
 * @param nominalCoverage  the interval level asked for, e.g. 0.9
 * @param coverage         the fraction of test actuals inside their interval
 * @param meanWidth        the mean interval width (target units)
 * @param samples          the number of test rows
 */
public record HorizonEvaluation(int horizon, ForecastMetrics model, ForecastMetrics persistence,
        ForecastMetrics drift, double nominalCoverage, double coverage, double meanWidth, int samples) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a value is out of range or a metric is null
     */
    public HorizonEvaluation {
        ArgChecks.positive(horizon, "horizon");
        ArgChecks.notNull(model, "model");
        ArgChecks.notNull(persistence, "persistence");
        ArgChecks.notNull(drift, "drift");
        ArgChecks.inRange(nominalCoverage, 0.0, 1.0, "nominalCoverage");
        ArgChecks.inRange(coverage, 0.0, 1.0, "coverage");
        ArgChecks.notNegative(ArgChecks.finite(meanWidth, "meanWidth"), "meanWidth");
        ArgChecks.positive(samples, "samples");
    }

    /**
     * Whether the model's test MSE is below the persistence baseline's.
     *
     * @return true if it beats persistence
     */
    public boolean beatsPersistence() {
        return model.mse() < persistence.mse();
    }

    /**
     * Whether the model's test MSE is below the random-walk-with-drift baseline's.
     *
     * @return true if it beats the drift baseline
     */
    public boolean beatsDrift() {
        return model.mse() < drift.mse();
    }

    /**
     * One plain sentence: whether the model beats both baselines on test MSE.
     *
     * @return e.g. "h=5: the model does NOT beat persistence (MSE 1.2e-4 vs 1.1e-4) ..."
     */
    public String verdict() {
        return String.format(Locale.ROOT, "h=%d: the model %s persistence (test MSE %.4g vs %.4g) and %s the "
                + "random walk with drift (%.4g)", horizon, beatsPersistence() ? "beats" : "does NOT beat",
                model.mse(), persistence.mse(), beatsDrift() ? "beats" : "does NOT beat", drift.mse());
    }
}
