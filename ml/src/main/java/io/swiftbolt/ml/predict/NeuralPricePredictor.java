package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.scaling.FeatureScaler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/** A {@link PricePredictor} over a {@link SequenceNetwork}. */
final class NeuralPricePredictor implements PricePredictor {

    static final String NETWORK_FILE = "network.bin";
    static final String SCALER_FILE = "scaler.csv";
    static final String SPEC_FILE = "model.properties";

    private final ModelSpec spec;
    private final SequenceNetwork network;
    private final FeatureScaler scaler;
    private final double[] targetMean;
    private final double[] targetScale;
    /** Conformal multipliers of the MC standard deviation, one per horizon. */
    private final double[] conformal;

    NeuralPricePredictor(ModelSpec spec, SequenceNetwork network, FeatureScaler scaler, double[] targetMean,
            double[] targetScale, double[] conformal) {
        this.spec = spec;
        this.network = network;
        this.scaler = scaler;
        this.targetMean = targetMean.clone();
        this.targetScale = targetScale.clone();
        this.conformal = conformal.clone();
        ArgChecks.check(scaler.columns().equals(spec.features()), "scaler columns", scaler.columns(),
                "must be the spec's features " + spec.features());
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    SequenceNetwork network() {
        return network;
    }

    FeatureScaler scaler() {
        return scaler;
    }

    double[] targetMean() {
        return targetMean.clone();
    }

    double[] targetScale() {
        return targetScale.clone();
    }

    double[] conformal() {
        return conformal.clone();
    }

    /** The same model with other conformal multipliers. */
    NeuralPricePredictor withConformal(double[] multipliers) {
        return new NeuralPricePredictor(spec, network, scaler, targetMean, targetScale, multipliers);
    }

    @Override
    public double[] predict(double[][] window) {
        ArgChecks.notNull(window, "window");
        int steps = spec.sequenceLength();
        int width = spec.features().size();
        ArgChecks.sameLength(window.length, steps, "window rows (sequenceLength)");
        float[] x = new float[steps * width];
        for (int t = 0; t < steps; t++) {
            ArgChecks.notNull(window[t], "window[" + t + "]");
            ArgChecks.check(window[t].length == width, "window[" + t + "].length", window[t].length,
                    "must be the model's feature count " + width + " " + spec.features());
            for (int f = 0; f < width; f++) {
                double v = window[t][f];
                ArgChecks.check(Double.isFinite(v), "window[" + t + "][" + f + "] (" + spec.features().get(f) + ")",
                        v, "must be finite");
                x[t * width + f] = (float) ((v - scaler.offset(f)) / scaler.scale(f));
            }
        }
        return unscale(network.predict(x, 1), 1)[0];
    }

    @Override
    public double[][] predict(FeatureMatrix features, int[] endRows) {
        return unscale(network.predict(windows(features, endRows), endRows.length), endRows.length);
    }

    @Override
    public IntervalForecast predictWithInterval(FeatureMatrix features, int[] endRows) {
        float[] x = windows(features, endRows);
        int n = endRows.length;
        double[][] point = unscale(network.predict(x, n), n);
        double[][][] moments = monteCarlo(x, n);
        int hs = targetMean.length;
        double[][] lower = new double[n][hs];
        double[][] upper = new double[n][hs];
        for (int r = 0; r < n; r++) {
            for (int h = 0; h < hs; h++) {
                double half = conformal[h] * moments[1][r][h];
                lower[r][h] = moments[0][r][h] - half;
                upper[r][h] = moments[0][r][h] + half;
            }
        }
        return new IntervalForecast(endRows, spec.intervalLevel(), point, moments[0], lower, upper);
    }

    /**
     * Monte-Carlo dropout mean and standard deviation per row and horizon, target units; the
     * standard deviation is floored at 1e-6 of the target scale so a normalized score is finite.
     *
     * @return {@code {mean, sd}}, each {@code [row][horizon]}
     */
    double[][][] monteCarlo(float[] x, int n) {
        int passes = spec.monteCarloPasses();
        float[] out = network.predictMonteCarlo(x, n, passes, new SplittableRandom(spec.seed()));
        int hs = targetMean.length;
        double[][] mean = new double[n][hs];
        double[][] sd = new double[n][hs];
        for (int r = 0; r < n; r++) {
            for (int h = 0; h < hs; h++) {
                double sum = 0;
                for (int p = 0; p < passes; p++) {
                    sum += out[(r * passes + p) * hs + h];
                }
                double m = sum / passes;
                double ss = 0;
                for (int p = 0; p < passes; p++) {
                    double d = out[(r * passes + p) * hs + h] - m;
                    ss += d * d;
                }
                double s = Math.sqrt(ss / (passes - 1));
                mean[r][h] = targetMean[h] + targetScale[h] * m;
                sd[r][h] = targetScale[h] * Math.max(s, 1e-6);
            }
        }
        return new double[][][] {mean, sd};
    }

    double[][] unscale(float[] out, int n) {
        int hs = targetMean.length;
        double[][] result = new double[n][hs];
        for (int r = 0; r < n; r++) {
            for (int h = 0; h < hs; h++) {
                result[r][h] = targetMean[h] + targetScale[h] * out[r * hs + h];
            }
        }
        return result;
    }

    /** Scaled windows ending at the rows, row-major floats. */
    float[] windows(FeatureMatrix features, int[] endRows) {
        ArgChecks.notNull(features, "features");
        ArgChecks.notNull(endRows, "endRows");
        ArgChecks.positive(endRows.length, "endRows.length");
        int steps = spec.sequenceLength();
        int last = 0;
        int first = Integer.MAX_VALUE;
        for (int r : endRows) {
            ArgChecks.check(r >= steps - 1 && r < features.rowCount(), "endRows", r, "must be in ["
                    + (steps - 1) + ", " + features.rowCount() + ") for windows of " + steps + " rows of " + features);
            last = Math.max(last, r);
            first = Math.min(first, r - steps + 1);
        }
        // Scale only the rows the windows read.
        int[] shifted = new int[endRows.length];
        for (int i = 0; i < endRows.length; i++) {
            shifted[i] = endRows[i] - first;
        }
        return Windows.fill(scaler.transform(features.rows(first, last + 1)), shifted, steps, first);
    }

    @Override
    public void save(Path directory) {
        ArgChecks.notNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            network.save(directory.resolve(NETWORK_FILE));
            Files.writeString(directory.resolve(SCALER_FILE), scaler.toCsv(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(SPEC_FILE), ModelFiles.specText(spec, targetMean, targetScale,
                    conformal), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PricePredictor[" + spec + ", conformal q " + Arrays.toString(conformal) + "]";
    }
}
