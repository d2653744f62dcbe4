package io.swiftbolt.ml.predict.dl4j;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.predict.Architecture;
import io.swiftbolt.ml.predict.SequenceNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Creates and loads {@link SequenceNetwork}s backed by ND4J's SameDiff on the CPU (the only
 * class outside this package's implementation that touches DL4J/ND4J).
 *
 * <p>Thread count: ND4J's OpenMP and BLAS pools are process-wide, so {@link #threads(int)}
 * changes them for every network in the JVM. On a small machine one thread is several times
 * faster than two for these model sizes (ND4J's per-op threading costs more than it gains); the
 * environment variable {@code OMP_NUM_THREADS=1} set before the JVM starts helps further.
 */
public final class SameDiffNetworks {

    private SameDiffNetworks() {
    }

    /**
     * Sets ND4J's native thread count (OpenMP and BLAS), process-wide.
     *
     * @param threads at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static synchronized void threads(int threads) {
        ArgChecks.positive(threads, "threads");
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /**
     * A freshly initialized network (Glorot-uniform weights from {@code seed}, Adam with an
     * exponentially decaying learning rate).
     *
     * @param architecture   the architecture
     * @param sequenceLength time steps per window, at least 1
     * @param features       features per step, at least 1
     * @param outputs        outputs per row, at least 1
     * @param dropout        drop probability, in [0, 0.9]
     * @param learningRate   Adam's initial learning rate, positive
     * @param decayPerEpoch  the learning rate's factor per epoch, in (0, 1]
     * @param seed           the initialization seed
     * @return the network
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static SequenceNetwork create(Architecture architecture, int sequenceLength, int features, int outputs,
            double dropout, double learningRate, double decayPerEpoch, long seed) {
        ArgChecks.notNull(architecture, "architecture");
        ArgChecks.positive(sequenceLength, "sequenceLength");
        ArgChecks.positive(features, "features");
        ArgChecks.positive(outputs, "outputs");
        ArgChecks.inRange(dropout, 0.0, 0.9, "dropout");
        ArgChecks.positive(learningRate, "learningRate");
        ArgChecks.check(decayPerEpoch > 0 && decayPerEpoch <= 1, "decayPerEpoch", decayPerEpoch, "must be in (0, 1]");
        return SameDiffNetwork.create(architecture, sequenceLength, features, outputs, dropout, learningRate,
                decayPerEpoch, seed);
    }

    /**
     * Loads a network written by {@link SequenceNetwork#save}.
     *
     * @param file           the file
     * @param architecture   the architecture it was built with
     * @param sequenceLength its time steps per window
     * @param features       its features per step
     * @param outputs        its outputs per row
     * @param dropout        its drop probability
     * @return the network, predicting exactly as the saved one did
     * @throws IllegalArgumentException if the file is missing or holds another network shape
     */
    public static SequenceNetwork load(Path file, Architecture architecture, int sequenceLength, int features,
            int outputs, double dropout) {
        ArgChecks.check(file != null && Files.isRegularFile(file), "file", file, "must be an existing network file");
        return SameDiffNetwork.load(file, architecture, sequenceLength, features, outputs, dropout);
    }
}
