package io.swiftbolt.ml.predict;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A trainable sequence-to-vector network on plain {@code float[]} arrays: the seam between the
 * DL4J-free pipeline ({@link ModelTrainer}, {@link PricePredictor}) and the one package that runs
 * ND4J ({@code io.swiftbolt.ml.predict.dl4j}).
 *
 * <p>Inputs are row-major {@code [n][sequenceLength][features]} and targets {@code [n][outputs]},
 * both already scaled. Dropout is applied through masks drawn from the caller's random source, so
 * every call is reproducible from a seed. Not thread-safe: one thread trains or predicts at a
 * time.
 */
public interface SequenceNetwork {

    /**
     * The architecture.
     *
     * @return the architecture
     */
    Architecture architecture();

    /**
     * Time steps per input window.
     *
     * @return the sequence length
     */
    int sequenceLength();

    /**
     * Features per time step.
     *
     * @return the input width
     */
    int features();

    /**
     * Values per output row (one per horizon).
     *
     * @return the output width
     */
    int outputs();

    /**
     * One pass over the training rows in an order shuffled by {@code random}, in mini-batches,
     * with fresh dropout masks per batch; then advances the learning-rate schedule by one epoch.
     *
     * @param x         inputs, {@code n · sequenceLength · features} values
     * @param y         targets, {@code n · outputs} values
     * @param n         the number of rows
     * @param batchSize rows per mini-batch
     * @param random    the source of the shuffle and the masks
     */
    void trainEpoch(float[] x, float[] y, int n, int batchSize, SplittableRandom random);

    /**
     * Deterministic forward pass (dropout off).
     *
     * @param x inputs, {@code n · sequenceLength · features} values
     * @param n the number of rows
     * @return outputs, {@code n · outputs} values, row-major
     */
    float[] predict(float[] x, int n);

    /**
     * Monte-Carlo dropout in one batched forward pass: each row's copies get independent dropout
     * masks; the layers before the first dropout run once per row, not once per copy.
     *
     * @param x      inputs, {@code n · sequenceLength · features} values
     * @param n      the number of rows
     * @param passes the copies per row
     * @param random the source of the masks
     * @return outputs {@code [n][passes][outputs]}, row-major
     */
    float[] predictMonteCarlo(float[] x, int n, int passes, SplittableRandom random);

    /**
     * A copy of every trainable parameter, for checkpointing.
     *
     * @return the parameters, flattened in a fixed order
     */
    float[] parameters();

    /**
     * Restores parameters from {@link #parameters()}.
     *
     * @param parameters the values
     * @throws IllegalArgumentException if the length does not match
     */
    void setParameters(float[] parameters);

    /**
     * Writes the network (architecture and parameters) to a file.
     *
     * @param file the target file
     * @throws java.io.UncheckedIOException if writing fails
     */
    void save(Path file);
}
