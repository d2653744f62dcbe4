/**
 * Deep-learning price prediction without a DL4J type in sight: {@link
 * io.swiftbolt.ml.predict.ModelTrainer} trains an LSTM or Transformer ({@link
 * io.swiftbolt.ml.predict.Architecture}) on a {@link io.swiftbolt.ml.features.FeatureMatrix}
 * with a chronological, purged split, early stopping and a seeded, reproducible schedule, and
 * returns a {@link io.swiftbolt.ml.predict.TrainingResult}: the {@link
 * io.swiftbolt.ml.predict.PricePredictor}, loss curves, and test metrics beside persistence and
 * random-walk-with-drift baselines with the coverage of Monte-Carlo dropout intervals calibrated
 * by split conformal prediction. Only {@code io.swiftbolt.ml.predict.dl4j} imports ND4J.
 *
 * <p>The module has no {@code module-info} (ND4J's jars are not modules); its automatic module
 * name is {@code io.swiftbolt.ml}. Packages: {@code io.swiftbolt.ml.features} (+ {@code
 * .indicators}, {@code .scaling}) for features, this package for prediction.
 */
package io.swiftbolt.ml.predict;
