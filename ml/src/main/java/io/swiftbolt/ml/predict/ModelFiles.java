package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of a model's {@code model.properties}: {@code key=value} lines, doubles round-tripping exactly. */
final class ModelFiles {

    static final String FORMAT = "swiftbolt-price-predictor-1";

    private ModelFiles() {
    }

    static String specText(ModelSpec spec, double[] targetMean, double[] targetScale, double[] conformal) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("architecture", spec.architecture().name());
        m.put("sequence_length", Integer.toString(spec.sequenceLength()));
        m.put("horizons", join(Arrays.stream(spec.horizons()).mapToObj(Integer::toString).toList()));
        m.put("features", String.join(",", spec.features()));
        m.put("target_name", spec.targetName());
        m.put("target_kind", spec.targetKind().name());
        m.put("dropout", Double.toString(spec.dropout()));
        m.put("monte_carlo_passes", Integer.toString(spec.monteCarloPasses()));
        m.put("interval_level", Double.toString(spec.intervalLevel()));
        m.put("seed", Long.toString(spec.seed()));
        m.put("target_mean", doubles(targetMean));
        m.put("target_scale", doubles(targetScale));
        m.put("conformal", doubles(conformal));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String join(List<String> values) {
        return String.join(",", values);
    }

    private static String doubles(double[] values) {
        return join(Arrays.stream(values).mapToObj(Double::toString).toList());
    }

    /** Parses the text into a map; malformed lines fail naming the line. */
    static Map<String, String> parse(String text, String source) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            ArgChecks.check(eq > 0, source + " line " + (i + 1), line, "must be key=value");
            m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        ArgChecks.check(FORMAT.equals(m.get("format")), source + " format", m.get("format"), "must be " + FORMAT);
        return m;
    }

    static String required(Map<String, String> m, String key, String source) {
        String v = m.get(key);
        ArgChecks.check(v != null, source, key, "must contain the key");
        return v;
    }

    static double[] doubles(Map<String, String> m, String key, String source) {
        try {
            return Arrays.stream(required(m, key, source).split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " " + key + " must be numbers, was " + m.get(key), e);
        }
    }
}
