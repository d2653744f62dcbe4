package io.swiftbolt.benchmarks;

import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.predict.Architecture;
import io.swiftbolt.ml.predict.IntervalForecast;
import io.swiftbolt.ml.predict.ModelTrainer;
import io.swiftbolt.ml.predict.PricePredictor;
import io.swiftbolt.ml.predict.SequenceNetwork;
import io.swiftbolt.ml.predict.Target;
import io.swiftbolt.ml.predict.TargetKind;
import io.swiftbolt.ml.predict.dl4j.SameDiffNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The deep-learning predictors on ND4J (CPU, one native thread: run with {@code OMP_NUM_THREADS=1}
 * on small machines, see docs/ml.md):
 * <ul>
 *   <li>{@link Training#train20Epochs}: 20 epochs over 1,000 windows of 20 steps × 30 features
 *       (seeded Gaussian inputs, a target that depends on the last step), mini-batches of
 *       {@code batchSize}, per architecture; one invocation per iteration (single shot), seconds;</li>
 *   <li>{@link Forecast#forecastWith100PassInterval}: one window's forecast with a 100-pass
 *       Monte-Carlo dropout interval (one batched forward pass of 100 rows, then the conformal
 *       band), through the public {@link PricePredictor} API, milliseconds.</li>
 * </ul>
 */
public class PredictorBenchmark {

    static final int WINDOWS = 1000;
    static final int STEPS = 20;
    static final int FEATURES = 30;

    /** Training state: fresh network per invocation (its initialization is not timed). */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(1)
    public static class Training {

        /** The network. */
        @Param({"LSTM", "TRANSFORMER"})
        Architecture architecture;

        /** Windows per mini-batch. */
        @Param({"64", "256"})
        int batchSize;

        float[] x;
        float[] y;
        SequenceNetwork network;

        /** Seeded inputs and targets (not timed). */
        @Setup(Level.Trial)
        public void data() {
            SameDiffNetworks.threads(1);
            SplittableRandom random = new SplittableRandom(42);
            x = new float[WINDOWS * STEPS * FEATURES];
            y = new float[WINDOWS];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (random.nextDouble() * 2 - 1);
            }
            for (int i = 0; i < WINDOWS; i++) {
                y[i] = x[i * STEPS * FEATURES + (STEPS - 1) * FEATURES] + 0.1f * (float) (random.nextDouble() - 0.5);
            }
        }

        /** A freshly initialized network for each invocation (not timed). */
        @Setup(Level.Invocation)
        public void network() {
            network = SameDiffNetworks.create(architecture, STEPS, FEATURES, 1, 0.2, 1e-3, 0.98, 7);
        }

        /**
         * Twenty training epochs.
         *
         * @return the network's forecast of window 0, so the work is not dead
         */
        @Benchmark
        public float train20Epochs() {
            SplittableRandom random = new SplittableRandom(1);
            for (int e = 0; e < 20; e++) {
                network.trainEpoch(x, y, WINDOWS, batchSize, random);
            }
            return network.predict(java.util.Arrays.copyOf(x, STEPS * FEATURES), 1)[0];
        }
    }

    /** A trained, calibrated predictor on synthetic features (training not timed). */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public static class Forecast {

        /** The network. */
        @Param({"LSTM", "TRANSFORMER"})
        Architecture architecture;

        PricePredictor predictor;
        FeatureMatrix features;
        int[] lastRow;

        /** Trains one epoch on 1,500 rows of 30 seeded features to get a calibrated predictor. */
        @Setup(Level.Trial)
        public void train() {
            int rows = 1500;
            SplittableRandom random = new SplittableRandom(42);
            List<String> names = new ArrayList<>();
            double[][] cols = new double[FEATURES][rows];
            for (int f = 0; f < FEATURES; f++) {
                names.add("f" + f);
                for (int r = 0; r < rows; r++) {
                    cols[f][r] = random.nextDouble() * 2 - 1;
                }
            }
            int[] days = new int[rows];
            double[] level = new double[rows];
            for (int r = 0; r < rows; r++) {
                days[r] = 18000 + r;
                level[r] = r == 0 ? 100 : level[r - 1] * Math.exp(0.01 * cols[0][r - 1] + 0.01 * (random.nextDouble() - 0.5));
            }
            features = FeatureMatrix.of(names, days, cols);
            predictor = ModelTrainer.builder().architecture(architecture).horizons(5).maxEpochs(1).monteCarloPasses(100)
                    .build().train(features, new Target("synthetic", days, level, TargetKind.LOG_RETURN)).predictor();
            lastRow = new int[] {rows - 1};
        }

        /**
         * One forecast with its 100-pass interval.
         *
         * @return the forecast
         */
        @Benchmark
        public IntervalForecast forecastWith100PassInterval() {
            return predictor.predictWithInterval(features, lastRow);
        }
    }
}
