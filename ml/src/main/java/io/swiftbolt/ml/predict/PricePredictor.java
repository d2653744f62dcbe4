package io.swiftbolt.ml.predict;

import io.swiftbolt.ml.features.FeatureMatrix;
import java.nio.file.Path;

/**
 * A trained price predictor: a network with its feature scaler, target scaling and conformal
 * calibration. Made by {@link ModelTrainer#train} (fitting is the trainer's job, an engine
 * configured apart from running) and by {@link PricePredictors#load}.
 *
 * <p>Inputs are raw (unscaled) features in the {@link ModelSpec#features() spec's} columns;
 * outputs are in the target's units (log return or price), one per horizon. Predictions are
 * deterministic: the same inputs give the same numbers bit for bit on one machine, including the
 * Monte-Carlo intervals (their masks come from {@link ModelSpec#seed()}).
 *
 * <p>Not thread-safe: use one predictor per thread.
 */
public interface PricePredictor {

    /**
     * What the model is and reads.
     *
     * @return the spec
     */
    ModelSpec spec();

    /**
     * Forecasts from one window of raw features.
     *
     * @param window {@code [sequenceLength][features]} values in the spec's column order, oldest
     *               row first, finite
     * @return one forecast per horizon
     * @throws IllegalArgumentException if the window has the wrong number of rows or features
     *                                  or a non-finite value
     */
    double[] predict(double[][] window);

    /**
     * Forecasts for windows ending at the given rows of a feature matrix.
     *
     * @param features a matrix holding every spec column (others are ignored), defined on the
     *                 windows' rows
     * @param endRows  the last row of each window, each at least {@code sequenceLength − 1}
     * @return {@code [row][horizon]} forecasts
     * @throws IllegalArgumentException if a column is missing, a row is out of range or a needed
     *                                  cell undefined (the message names column and date)
     */
    double[][] predict(FeatureMatrix features, int[] endRows);

    /**
     * Forecasts with calibrated intervals: one batched Monte-Carlo dropout pass per call.
     *
     * @param features as for {@link #predict(FeatureMatrix, int[])}
     * @param endRows  as for {@link #predict(FeatureMatrix, int[])}
     * @return the forecasts and intervals at {@link ModelSpec#intervalLevel()}
     * @throws IllegalArgumentException as for {@link #predict(FeatureMatrix, int[])}
     */
    IntervalForecast predictWithInterval(FeatureMatrix features, int[] endRows);

    /**
     * Writes the model to a directory: network parameters, scaler, spec and calibration.
     * {@link PricePredictors#load} reads it back with identical predictions.
     *
     * @param directory created if missing; existing model files are replaced
     * @throws java.io.UncheckedIOException if writing fails
     */
    void save(Path directory);
}
