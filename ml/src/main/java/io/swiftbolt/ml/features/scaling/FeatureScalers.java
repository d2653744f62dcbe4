package io.swiftbolt.ml.features.scaling;

import io.swiftbolt.core.util.ArgChecks;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link FeatureScaler} parameters written by {@link FeatureScaler#toCsv()}.
 *
 * <p>Thread-safe (stateless).
 */
public final class FeatureScalers {

    private FeatureScalers() {
    }

    /**
     * Parses scaler parameters.
     *
     * @param csv text as written by {@link FeatureScaler#toCsv()}: {@code scaler,standard} or
     *            {@code scaler,minmax}, the header {@code column,offset,scale}, then one line per
     *            column; blank lines are ignored
     * @return the scaler, equal to the one written
     * @throws IllegalArgumentException if the text is malformed; the message names the line
     */
    public static FeatureScaler parse(String csv) {
        ArgChecks.notNull(csv, "csv");
        String[] lines = csv.split("\r?\n");
        List<String> names = new ArrayList<>();
        List<double[]> params = new ArrayList<>();
        String kind = null;
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            String where = "scaler line " + (i + 1);
            if (kind == null) {
                ArgChecks.check(f.length == 2 && f[0].equals("scaler"), where, line, "must be scaler,<kind>");
                kind = f[1];
            } else if (!header) {
                ArgChecks.check(line.equals("column,offset,scale"), where, line, "must be the header column,offset,scale");
                header = true;
            } else {
                ArgChecks.check(f.length == 3, where, line, "must have 3 fields column,offset,scale");
                names.add(f[0]);
                params.add(new double[] {number(f[1], where), number(f[2], where)});
            }
        }
        ArgChecks.check(header, "csv", kind == null ? "empty text" : "no header", "must hold a scaler");
        double[] offsets = params.stream().mapToDouble(p -> p[0]).toArray();
        double[] scales = params.stream().mapToDouble(p -> p[1]).toArray();
        switch (kind) {
            case StandardScaler.KIND:
                return new StandardScaler(names, offsets, scales);
            case MinMaxScaler.KIND:
                return new MinMaxScaler(names, offsets, scales);
            default:
                throw new IllegalArgumentException("scaler kind must be " + StandardScaler.KIND + " or "
                        + MinMaxScaler.KIND + ", was \"" + kind + "\"");
        }
    }

    private static double number(String text, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " must hold numbers, was \"" + text + "\"", e);
        }
    }
}
