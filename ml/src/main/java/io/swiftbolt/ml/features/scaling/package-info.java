/**
 * Standard and min-max scalers fitted on a training range only, with parameters that serialize
 * exactly ({@link io.swiftbolt.ml.features.scaling.FeatureScaler#toCsv()},
 * {@link io.swiftbolt.ml.features.scaling.FeatureScalers#parse(String)}).
 */
package io.swiftbolt.ml.features.scaling;
