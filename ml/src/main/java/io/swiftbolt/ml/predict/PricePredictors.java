package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.features.scaling.FeatureScaler;
import io.swiftbolt.ml.features.scaling.FeatureScalers;
import io.swiftbolt.ml.predict.dl4j.SameDiffNetworks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Loads {@link PricePredictor}s saved with {@link PricePredictor#save}. Stateless, thread-safe. */
public final class PricePredictors {

    private PricePredictors() {
    }

    /**
     * Loads a model and checks it against the feature spec the caller will feed it.
     *
     * @param directory the directory written by {@link PricePredictor#save}
     * @param features  the feature columns the caller has, in order; must equal the saved spec's
     * @return the predictor, predicting exactly as the saved one did
     * @throws IllegalArgumentException if the directory is not a saved model or the features
     *                                  differ (the message lists missing, extra or reordered
     *                                  columns)
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static PricePredictor load(Path directory, List<String> features) {
        ArgChecks.notNull(directory, "directory");
        ArgChecks.notNull(features, "features");
        Path specFile = directory.resolve(NeuralPricePredictor.SPEC_FILE);
        ArgChecks.check(Files.isRegularFile(specFile), "directory", directory,
                "must hold a saved model (" + NeuralPricePredictor.SPEC_FILE + " missing)");
        try {
            String source = specFile.toString();
            Map<String, String> m = ModelFiles.parse(Files.readString(specFile, StandardCharsets.UTF_8), source);
            List<String> saved = List.of(ModelFiles.required(m, "features", source).split(","));
            checkFeatures(saved, features);
            int[] horizons = Arrays.stream(ModelFiles.required(m, "horizons", source).split(","))
                    .mapToInt(Integer::parseInt).toArray();
            ModelSpec spec = new ModelSpec(Architecture.valueOf(ModelFiles.required(m, "architecture", source)),
                    Integer.parseInt(ModelFiles.required(m, "sequence_length", source)), horizons, saved,
                    ModelFiles.required(m, "target_name", source),
                    TargetKind.valueOf(ModelFiles.required(m, "target_kind", source)),
                    Double.parseDouble(ModelFiles.required(m, "dropout", source)),
                    Integer.parseInt(ModelFiles.required(m, "monte_carlo_passes", source)),
                    Double.parseDouble(ModelFiles.required(m, "interval_level", source)),
                    Long.parseLong(ModelFiles.required(m, "seed", source)));
            FeatureScaler scaler = FeatureScalers.parse(Files.readString(
                    directory.resolve(NeuralPricePredictor.SCALER_FILE), StandardCharsets.UTF_8));
            SequenceNetwork network = SameDiffNetworks.load(directory.resolve(NeuralPricePredictor.NETWORK_FILE),
                    spec.architecture(), spec.sequenceLength(), saved.size(), horizons.length, spec.dropout());
            return new NeuralPricePredictor(spec, network, scaler, ModelFiles.doubles(m, "target_mean", source),
                    ModelFiles.doubles(m, "target_scale", source), ModelFiles.doubles(m, "conformal", source));
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(specFile + " is malformed: " + e.getMessage(), e);
        }
    }

    private static void checkFeatures(List<String> saved, List<String> given) {
        if (saved.equals(given)) {
            return;
        }
        List<String> missing = new ArrayList<>(saved);
        missing.removeAll(given);
        List<String> extra = new ArrayList<>(given);
        extra.removeAll(saved);
        String detail = missing.isEmpty() && extra.isEmpty() ? "same columns in another order"
                : "missing " + missing + ", unexpected " + extra;
        throw new IllegalArgumentException("features must match the model's feature spec (" + saved.size()
                + " columns), was " + given.size() + " columns: " + detail);
    }
}
