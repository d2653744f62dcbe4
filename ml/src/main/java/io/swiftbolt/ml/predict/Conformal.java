package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Arrays;

/** Split-conformal quantiles. */
final class Conformal {

    private Conformal() {
    }

    /**
     * The conformal quantile of calibration scores: the {@code ⌈(n + 1)·level⌉}-th smallest score,
     * which gives coverage of at least {@code level} for an exchangeable new point (Vovk et al.;
     * Lei et al. 2018).
     *
     * @param scores the calibration scores, finite, at least one
     * @param level  the coverage, in (0, 1)
     * @return the quantile
     * @throws IllegalArgumentException if there are too few scores for the level
     *                                  ({@code ⌈(n + 1)·level⌉ > n})
     */
    static double quantile(double[] scores, double level) {
        double[] sorted = ArgChecks.allFinite(scores, "scores").clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int k = (int) Math.ceil((n + 1) * level);
        ArgChecks.check(k <= n, "validation windows", n, "are too few for a " + level + " interval (need "
                + (int) Math.ceil(level / (1 - level)) + ")");
        return sorted[k - 1];
    }
}
