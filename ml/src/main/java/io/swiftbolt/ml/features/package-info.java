/**
 * Leakage-free feature engineering for price prediction: the
 * {@link io.swiftbolt.ml.features.FeatureEngineer} turns a bar series (and optionally an
 * {@link io.swiftbolt.ml.features.OptionSeries}) into a {@link io.swiftbolt.ml.features.FeatureMatrix},
 * in batch or one bar at a time ({@link io.swiftbolt.ml.features.FeatureStream}), with identical
 * values. Subpackages: {@code indicators} (static batch kernels, a validated typed layer and O(1)
 * streaming forms) and {@code scaling} (scalers fitted on a training range only). Predictors on
 * these features are in {@code io.swiftbolt.ml.predict}.
 */
package io.swiftbolt.ml.features;
