package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Arrays;
import java.util.List;

/**
 * What a trained {@link PricePredictor} is: its architecture, input window, horizons, feature
 * spec (the ordered feature names it reads), target and interval settings. Saved with the model;
 * a model only loads against the same feature spec.
 *
 * @param architecture     the network
 * @param sequenceLength   rows per input window
 * @param horizons         steps ahead, strictly increasing, each at least 1 (one output each)
 * @param features         the feature columns, in input order, no repeats
 * @param targetName       the target's label
 * @param targetKind       log return or price
 * @param dropout          drop probability of the dropout masks, in [0, 0.9]
 * @param monteCarloPasses dropout passes per interval forecast, at least 2
 * @param intervalLevel    the nominal coverage of the intervals, in (0, 1)
 * @param seed             the seed of training and of the Monte-Carlo masks
 */
public record ModelSpec(Architecture architecture, int sequenceLength, int[] horizons, List<String> features,
        String targetName, TargetKind targetKind, double dropout, int monteCarloPasses, double intervalLevel,
        long seed) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a field is null or out of range
     */
    public ModelSpec {
        ArgChecks.notNull(architecture, "architecture");
        ArgChecks.positive(sequenceLength, "sequenceLength");
        horizons = checkHorizons(horizons);
        features = List.copyOf(ArgChecks.notNull(features, "features"));
        ArgChecks.positive(features.size(), "features.size()");
        ArgChecks.check(features.stream().distinct().count() == features.size(), "features", features,
                "must not repeat a name");
        ArgChecks.notBlank(targetName, "targetName");
        ArgChecks.notNull(targetKind, "targetKind");
        ArgChecks.inRange(dropout, 0.0, 0.9, "dropout");
        ArgChecks.check(monteCarloPasses >= 2, "monteCarloPasses", monteCarloPasses, "must be at least 2");
        ArgChecks.check(intervalLevel > 0 && intervalLevel < 1, "intervalLevel", intervalLevel, "must be in (0, 1)");
    }

    /** Validates horizons (non-empty, each at least 1, strictly increasing) and returns a copy. */
    static int[] checkHorizons(int[] horizons) {
        ArgChecks.notNull(horizons, "horizons");
        ArgChecks.positive(horizons.length, "horizons.length");
        for (int i = 0; i < horizons.length; i++) {
            ArgChecks.positive(horizons[i], "horizons[" + i + "]");
            ArgChecks.check(i == 0 || horizons[i] > horizons[i - 1], "horizons", Arrays.toString(horizons),
                    "must be strictly increasing");
        }
        return horizons.clone();
    }

    /**
     * A copy of the horizons.
     *
     * @return steps ahead
     */
    @Override
    public int[] horizons() {
        return horizons.clone();
    }

    /**
     * The largest horizon.
     *
     * @return steps
     */
    public int maxHorizon() {
        return horizons[horizons.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec s && architecture == s.architecture && sequenceLength == s.sequenceLength
                && Arrays.equals(horizons, s.horizons) && features.equals(s.features)
                && targetName.equals(s.targetName) && targetKind == s.targetKind
                && Double.compare(dropout, s.dropout) == 0 && monteCarloPasses == s.monteCarloPasses
                && Double.compare(intervalLevel, s.intervalLevel) == 0 && seed == s.seed;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(horizons) + features.hashCode() + architecture.hashCode();
    }

    @Override
    public String toString() {
        return "ModelSpec[" + architecture + ", " + sequenceLength + " steps x " + features.size() + " features, "
                + "horizons " + Arrays.toString(horizons) + ", " + targetKind + " of " + targetName + "]";
    }
}
