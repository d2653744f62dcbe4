/**
 * The only package of {@code swiftbolt-ml} that imports Deeplearning4j / ND4J: SameDiff graphs
 * behind the plain-array {@link io.swiftbolt.ml.predict.SequenceNetwork} interface.
 */
package io.swiftbolt.ml.predict.dl4j;
