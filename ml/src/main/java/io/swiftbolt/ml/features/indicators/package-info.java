/**
 * Technical indicators as static batch kernels on {@code double[]}
 * ({@link io.swiftbolt.ml.features.indicators.IndicatorKernels}), a validated typed layer
 * ({@link io.swiftbolt.ml.features.indicators.Indicators}) and O(1) streaming forms whose values
 * equal the batch ones.
 */
package io.swiftbolt.ml.features.indicators;
