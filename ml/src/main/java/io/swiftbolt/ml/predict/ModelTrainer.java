package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.scaling.FeatureScaler;
import io.swiftbolt.ml.features.scaling.StandardScaler;
import io.swiftbolt.ml.predict.dl4j.SameDiffNetworks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link PricePredictor} out of sample: windows of {@code sequenceLength} feature rows,
 * a chronological train / validation / test split with purge gaps ({@link ChronologicalSplit}),
 * a standard scaler and target standardization fitted on the training period only, Adam with an
 * exponentially decaying learning rate, early stopping on the validation loss with a checkpoint
 * of the best epoch, split-conformal calibration of Monte-Carlo dropout intervals on the
 * validation set, and a test evaluation beside persistence and random-walk-with-drift baselines.
 *
 * <p>Reproducible: the seed fixes the weight initialization, the batch order and every dropout
 * mask; with the same inputs and thread count the result is identical bit for bit on one machine.
 *
 * <p>Configure with {@link #builder()}; an engine is immutable and may train several data sets
 * one after the other (ND4J's thread setting is process-wide, so do not train concurrently).
 */
public final class ModelTrainer {

    private final Architecture architecture;
    private final int sequenceLength;
    private final int[] horizons;
    private final int maxEpochs;
    private final int patience;
    private final int batchSize;
    private final double learningRate;
    private final double learningRateDecay;
    private final double dropout;
    private final long seed;
    private final int threads;
    private final int monteCarloPasses;
    private final double intervalLevel;
    private final double trainFraction;
    private final double validationFraction;

    private ModelTrainer(Builder b) {
        architecture = b.architecture;
        sequenceLength = b.sequenceLength;
        horizons = b.horizons.clone();
        maxEpochs = b.maxEpochs;
        patience = b.patience;
        batchSize = b.batchSize;
        learningRate = b.learningRate;
        learningRateDecay = b.learningRateDecay;
        dropout = b.dropout;
        seed = b.seed;
        threads = b.threads;
        monteCarloPasses = b.monteCarloPasses;
        intervalLevel = b.intervalLevel;
        trainFraction = b.trainFraction;
        validationFraction = b.validationFraction;
        // validates the combination early
        new ModelSpec(architecture, sequenceLength, horizons, List.of("x"), "t", TargetKind.PRICE, dropout,
                monteCarloPasses, intervalLevel, seed);
    }

    /**
     * A builder with the defaults: LSTM, 20 steps, horizon 5, at most 100 epochs, patience 10,
     * batch 64, Adam 1e-3 decaying 2 % per epoch, dropout 0.2, seed 42, 1 thread, 50
     * Monte-Carlo passes, 90 % intervals, 70/15/15 split.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The purge gap between sets, in windows: {@code sequenceLength + maxHorizon − 1}.
     *
     * @return the gap
     */
    public int gap() {
        return sequenceLength + horizons[horizons.length - 1] - 1;
    }

    /**
     * Trains and evaluates.
     *
     * @param features the feature matrix; every column is an input, every cell of the used rows
     *                 must be defined (e.g. after {@code MissingValuePolicy.DROP_ROWS})
     * @param target   the level series and target kind; must have a level on every feature date
     * @return the predictor and its out-of-sample evaluation
     * @throws IllegalArgumentException if an argument is null, there are too few rows for the
     *                                  windows, horizons and split, a used feature cell is
     *                                  undefined, or a feature date has no target level
     */
    public TrainingResult train(FeatureMatrix features, Target target) {
        ArgChecks.notNull(features, "features");
        ArgChecks.notNull(target, "target");
        int maxH = horizons[horizons.length - 1];
        int[] days = features.epochDays();
        List<Integer> ends = new ArrayList<>();
        List<Integer> targetIndex = new ArrayList<>();
        for (int r = sequenceLength - 1; r < days.length; r++) {
            int ti = target.indexOf(days[r]);
            ArgChecks.check(ti >= 0, "target", target, "must have a level on every feature date; missing "
                    + features.date(r));
            if (ti + maxH >= target.size()) {
                break;
            }
            ends.add(r);
            targetIndex.add(ti);
        }
        int n = ends.size();
        ChronologicalSplit split;
        try {
            split = ChronologicalSplit.of(n, trainFraction, validationFraction, gap());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("features has too few rows: " + features.rowCount() + " rows give "
                    + n + " windows of " + sequenceLength + " rows with a horizon of " + maxH + ", too few for a "
                    + trainFraction + "/" + validationFraction + " split with purge gaps of " + gap(), e);
        }
        int[] endRows = ends.stream().mapToInt(Integer::intValue).toArray();
        int[] tIdx = targetIndex.stream().mapToInt(Integer::intValue).toArray();

        FeatureScaler scaler = StandardScaler.fit(features, endRows[split.trainFrom()] - sequenceLength + 1,
                endRows[split.trainTo() - 1] + 1);
        int hs = horizons.length;
        double[][] y = new double[n][hs];
        for (int s = 0; s < n; s++) {
            for (int h = 0; h < hs; h++) {
                y[s][h] = target.value(tIdx[s], horizons[h]);
            }
        }
        double[] mean = new double[hs];
        double[] scale = new double[hs];
        for (int h = 0; h < hs; h++) {
            double m = 0;
            for (int s = split.trainFrom(); s < split.trainTo(); s++) {
                m += y[s][h];
            }
            m /= split.trainSize();
            double v = 0;
            for (int s = split.trainFrom(); s < split.trainTo(); s++) {
                v += (y[s][h] - m) * (y[s][h] - m);
            }
            double sd = Math.sqrt(v / split.trainSize());
            mean[h] = m;
            scale[h] = sd > 0 ? sd : 1.0;
        }
        ModelSpec spec = new ModelSpec(architecture, sequenceLength, horizons, features.columnNames(), target.name(),
                target.kind(), dropout, monteCarloPasses, intervalLevel, seed);
        SameDiffNetworks.threads(threads);
        SequenceNetwork net = SameDiffNetworks.create(architecture, sequenceLength, features.columnCount(), hs, dropout,
                learningRate, learningRateDecay, seed);
        NeuralPricePredictor model = new NeuralPricePredictor(spec, net, scaler, mean, scale, new double[hs]);

        float[] xTrain = model.windows(features, Arrays.copyOfRange(endRows, split.trainFrom(), split.trainTo()));
        float[] yTrain = scaledTargets(y, split.trainFrom(), split.trainTo(), mean, scale);
        float[] xVal = model.windows(features, Arrays.copyOfRange(endRows, split.validationFrom(), split.validationTo()));
        float[] yVal = scaledTargets(y, split.validationFrom(), split.validationTo(), mean, scale);

        SplittableRandom random = new SplittableRandom(seed);
        EarlyStopping stopping = new EarlyStopping(patience);
        double[] trainLoss = new double[maxEpochs];
        double[] valLoss = new double[maxEpochs];
        float[] best = null;
        int epochs = 0;
        boolean stoppedEarly = false;
        while (epochs < maxEpochs) {
            net.trainEpoch(xTrain, yTrain, split.trainSize(), batchSize, random);
            trainLoss[epochs] = mse(net.predict(xTrain, split.trainSize()), yTrain);
            valLoss[epochs] = mse(net.predict(xVal, split.validationSize()), yVal);
            ArgChecks.check(Double.isFinite(valLoss[epochs]), "training", "epoch " + (epochs + 1),
                    "diverged (validation loss " + valLoss[epochs] + "); lower the learning rate");
            if (stopping.record(valLoss[epochs])) {
                best = net.parameters();
            }
            epochs++;
            if (stopping.shouldStop()) {
                stoppedEarly = epochs < maxEpochs;
                break;
            }
        }
        net.setParameters(best);

        // Normalized split-conformal: scores |y − MC mean| / MC sd on validation.
        double[][][] valMoments = model.monteCarlo(xVal, split.validationSize());
        double[] q = new double[hs];
        double[] scores = new double[split.validationSize()];
        for (int h = 0; h < hs; h++) {
            for (int i = 0; i < scores.length; i++) {
                double actual = y[split.validationFrom() + i][h];
                scores[i] = Math.abs(actual - valMoments[0][i][h]) / valMoments[1][i][h];
            }
            q[h] = Conformal.quantile(scores, intervalLevel);
        }
        NeuralPricePredictor calibrated = model.withConformal(q);

        int[] testRows = Arrays.copyOfRange(endRows, split.testFrom(), split.testTo());
        IntervalForecast forecast = calibrated.predictWithInterval(features, testRows);
        double[][] point = forecast.point();
        double[][] lo = forecast.lower();
        double[][] hi = forecast.upper();
        int nt = testRows.length;
        // Drift from the training period's levels only (up to the last training target).
        double mu = target.meanLogChange(tIdx[split.trainFrom()], tIdx[split.trainTo() - 1] + maxH);
        double[][] actual = new double[hs][nt];
        double[][] predicted = new double[hs][nt];
        double[][] lower = new double[hs][nt];
        double[][] upper = new double[hs][nt];
        double[][] persistence = new double[hs][nt];
        double[][] drift = new double[hs][nt];
        List<HorizonEvaluation> evaluations = new ArrayList<>();
        for (int h = 0; h < hs; h++) {
            int covered = 0;
            double width = 0;
            for (int i = 0; i < nt; i++) {
                int s = split.testFrom() + i;
                actual[h][i] = y[s][h];
                predicted[h][i] = point[i][h];
                lower[h][i] = lo[i][h];
                upper[h][i] = hi[i][h];
                persistence[h][i] = target.persistence(tIdx[s]);
                drift[h][i] = target.drift(tIdx[s], horizons[h], mu);
                covered += actual[h][i] >= lower[h][i] && actual[h][i] <= upper[h][i] ? 1 : 0;
                width += upper[h][i] - lower[h][i];
            }
            evaluations.add(new HorizonEvaluation(horizons[h], ForecastMetrics.of(actual[h], predicted[h]),
                    ForecastMetrics.of(actual[h], persistence[h]), ForecastMetrics.of(actual[h], drift[h]),
                    intervalLevel, (double) covered / nt, width / nt, nt));
        }
        int[] testDays = new int[nt];
        for (int i = 0; i < nt; i++) {
            testDays[i] = days[testRows[i]];
        }
        return new TrainingResult(calibrated, split, Arrays.copyOf(trainLoss, epochs), Arrays.copyOf(valLoss, epochs),
                stopping.bestEpoch(), stoppedEarly, evaluations, testRows, testDays, actual, predicted, lower, upper,
                persistence, drift);
    }

    private static float[] scaledTargets(double[][] y, int from, int to, double[] mean, double[] scale) {
        int hs = mean.length;
        float[] out = new float[(to - from) * hs];
        for (int s = from; s < to; s++) {
            for (int h = 0; h < hs; h++) {
                out[(s - from) * hs + h] = (float) ((y[s][h] - mean[h]) / scale[h]);
            }
        }
        return out;
    }

    private static double mse(float[] predicted, float[] actual) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = (double) predicted[i] - actual[i];
            sum += e * e;
        }
        return sum / actual.length;
    }

    /** Configures a {@link ModelTrainer}; every setter validates its argument. */
    public static final class Builder {
        private Architecture architecture = Architecture.LSTM;
        private int sequenceLength = 20;
        private int[] horizons = {5};
        private int maxEpochs = 100;
        private int patience = 10;
        private int batchSize = 64;
        private double learningRate = 1e-3;
        private double learningRateDecay = 0.98;
        private double dropout = 0.2;
        private long seed = 42;
        private int threads = 1;
        private int monteCarloPasses = 50;
        private double intervalLevel = 0.9;
        private double trainFraction = 0.70;
        private double validationFraction = 0.15;

        private Builder() {
        }

        /**
         * The network.
         *
         * @param architecture LSTM or Transformer
         * @return this builder
         */
        public Builder architecture(Architecture architecture) {
            this.architecture = ArgChecks.notNull(architecture, "architecture");
            return this;
        }

        /**
         * Rows per input window.
         *
         * @param sequenceLength at least 1 (default 20)
         * @return this builder
         */
        public Builder sequenceLength(int sequenceLength) {
            this.sequenceLength = ArgChecks.positive(sequenceLength, "sequenceLength");
            return this;
        }

        /**
         * Steps ahead, one network output each (e.g. 1, 5, 10, 20).
         *
         * @param horizons strictly increasing, each at least 1
         * @return this builder
         */
        public Builder horizons(int... horizons) {
            this.horizons = ModelSpec.checkHorizons(horizons);
            return this;
        }

        /**
         * The epoch limit.
         *
         * @param maxEpochs at least 1 (default 100)
         * @return this builder
         */
        public Builder maxEpochs(int maxEpochs) {
            this.maxEpochs = ArgChecks.positive(maxEpochs, "maxEpochs");
            return this;
        }

        /**
         * Epochs without a validation improvement before stopping.
         *
         * @param patience at least 1 (default 10)
         * @return this builder
         */
        public Builder patience(int patience) {
            this.patience = ArgChecks.positive(patience, "patience");
            return this;
        }

        /**
         * Windows per mini-batch.
         *
         * @param batchSize at least 1 (default 64)
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            this.batchSize = ArgChecks.positive(batchSize, "batchSize");
            return this;
        }

        /**
         * Adam's initial learning rate.
         *
         * @param learningRate positive, finite (default 1e-3)
         * @return this builder
         */
        public Builder learningRate(double learningRate) {
            this.learningRate = ArgChecks.positive(ArgChecks.finite(learningRate, "learningRate"), "learningRate");
            return this;
        }

        /**
         * The learning rate's factor per epoch (exponential schedule).
         *
         * @param decay in (0, 1]; 1 keeps it constant (default 0.98)
         * @return this builder
         */
        public Builder learningRateDecay(double decay) {
            ArgChecks.check(decay > 0 && decay <= 1, "learningRateDecay", decay, "must be in (0, 1]");
            this.learningRateDecay = decay;
            return this;
        }

        /**
         * Drop probability of the dropout layers (Keras convention: 0.2 drops 20 %).
         *
         * @param dropout in [0, 0.9] (default 0.2); 0 makes the intervals degenerate
         * @return this builder
         */
        public Builder dropout(double dropout) {
            this.dropout = ArgChecks.inRange(dropout, 0.0, 0.9, "dropout");
            return this;
        }

        /**
         * The seed of initialization, batch order, dropout masks and Monte-Carlo passes.
         *
         * @param seed any value (default 42)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * ND4J's native threads (process-wide).
         *
         * @param threads at least 1 (default 1: on 2 cores one thread is several times faster)
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = ArgChecks.positive(threads, "threads");
            return this;
        }

        /**
         * Dropout passes per interval forecast, run as one batch.
         *
         * @param passes at least 2 (default 50)
         * @return this builder
         */
        public Builder monteCarloPasses(int passes) {
            ArgChecks.check(passes >= 2, "monteCarloPasses", passes, "must be at least 2");
            this.monteCarloPasses = passes;
            return this;
        }

        /**
         * Nominal coverage of the intervals.
         *
         * @param level in (0, 1) (default 0.9)
         * @return this builder
         */
        public Builder intervalLevel(double level) {
            ArgChecks.check(level > 0 && level < 1, "intervalLevel", level, "must be in (0, 1)");
            this.intervalLevel = level;
            return this;
        }

        /**
         * Shares of training and validation windows; the test set gets the rest.
         *
         * @param train      in (0, 1) (default 0.70)
         * @param validation positive, {@code train + validation < 1} (default 0.15)
         * @return this builder
         */
        public Builder split(double train, double validation) {
            ArgChecks.check(train > 0 && train < 1, "train", train, "must be in (0, 1)");
            ArgChecks.check(validation > 0 && train + validation < 1, "validation", validation,
                    "must be positive with train + validation < 1");
            this.trainFraction = train;
            this.validationFraction = validation;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the trainer
         */
        public ModelTrainer build() {
            return new ModelTrainer(this);
        }
    }
}
