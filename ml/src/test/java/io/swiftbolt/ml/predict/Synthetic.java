package io.swiftbolt.ml.predict;

import io.swiftbolt.ml.features.FeatureMatrix;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic market with a known answer: a feature {@code signal} (iid N(0, 1)) and a feature
 * {@code noise} (iid N(0, 1), useless); the level's next log change is
 * {@code beta·signal[t] + sigma·ε} with ε iid N(0, 1). The best one-step forecast of the log
 * return is {@code beta·signal[t]}, with residual standard deviation {@code sigma}.
 */
record Synthetic(FeatureMatrix features, Target target) {

    static Synthetic of(int rows, double beta, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] days = new int[rows];
        double[] signal = new double[rows];
        double[] noise = new double[rows];
        double[] level = new double[rows];
        level[0] = 100;
        for (int t = 0; t < rows; t++) {
            days[t] = 18000 + t;
            signal[t] = gaussian(random);
            noise[t] = gaussian(random);
            if (t > 0) {
                level[t] = level[t - 1] * Math.exp(beta * signal[t - 1] + sigma * gaussian(random));
            }
        }
        FeatureMatrix m = FeatureMatrix.of(List.of("signal", "noise"), days, new double[][] {signal, noise});
        return new Synthetic(m, new Target("synthetic", days, level, TargetKind.LOG_RETURN));
    }

    /** Box-Muller, so the stream depends only on SplittableRandom's documented output. */
    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }
}
