/**
 * SwiftBolt ml: leakage-free feature engineering for price prediction.
 *
 * <ul>
 *   <li>{@link io.swiftbolt.ml.features.indicators}: technical indicators as static batch kernels
 *       on {@code double[]} ({@link io.swiftbolt.ml.features.indicators.IndicatorKernels}), a
 *       validated typed layer ({@link io.swiftbolt.ml.features.indicators.Indicators}) and O(1)
 *       streaming forms with values identical to batch;</li>
 *   <li>{@link io.swiftbolt.ml.features}: the {@link io.swiftbolt.ml.features.FeatureEngineer}
 *       that turns a bar series (and optionally an option series) into a
 *       {@link io.swiftbolt.ml.features.FeatureMatrix}, in batch or one bar at a time;</li>
 *   <li>{@link io.swiftbolt.ml.features.scaling}: standard and min-max scalers fitted on a training
 *       range only, with serializable parameters.</li>
 * </ul>
 */
module io.swiftbolt.ml {
    requires transitive io.swiftbolt.core;

    exports io.swiftbolt.ml.features;
    exports io.swiftbolt.ml.features.indicators;
    exports io.swiftbolt.ml.features.scaling;
}
