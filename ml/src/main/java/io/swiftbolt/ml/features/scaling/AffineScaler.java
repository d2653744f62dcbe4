package io.swiftbolt.ml.features.scaling;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.features.FeatureMatrix;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The shared state and behaviour of the scalers: names, offsets and non-zero scales. */
abstract class AffineScaler implements FeatureScaler {

    private final String kind;
    private final List<String> columns;
    private final double[] offsets;
    private final double[] scales;

    AffineScaler(String kind, List<String> columns, double[] offsets, double[] scales) {
        this.kind = kind;
        this.columns = List.copyOf(ArgChecks.notNull(columns, "columns"));
        ArgChecks.sameLength(ArgChecks.allFinite(offsets, "offsets").length, this.columns.size(), "offsets");
        ArgChecks.sameLength(ArgChecks.allFinite(scales, "scales").length, this.columns.size(), "scales");
        for (int c = 0; c < scales.length; c++) {
            ArgChecks.check(scales[c] > 0, "scales[" + c + "]", scales[c], "must be positive");
            String name = ArgChecks.notBlank(this.columns.get(c), "columns[" + c + "]");
            ArgChecks.check(name.indexOf(',') < 0 && name.indexOf('\n') < 0, "columns[" + c + "]", name,
                    "must not contain a comma or line break");
        }
        this.offsets = offsets.clone();
        this.scales = scales.clone();
    }

    @Override
    public final List<String> columns() {
        return columns;
    }

    @Override
    public final double offset(int column) {
        return offsets[Objects.checkIndex(column, offsets.length)];
    }

    @Override
    public final double scale(int column) {
        return scales[Objects.checkIndex(column, scales.length)];
    }

    @Override
    public final FeatureMatrix transform(FeatureMatrix matrix) {
        return ArgChecks.notNull(matrix, "matrix").select(columns).affine(offsets, scales);
    }

    @Override
    public final String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append("scaler,").append(kind).append('\n').append("column,offset,scale\n");
        for (int c = 0; c < columns.size(); c++) {
            sb.append(columns.get(c)).append(',').append(offsets[c]).append(',').append(scales[c]).append('\n');
        }
        return sb.toString();
    }

    /** The statistics of a column's defined cells in {@code [from, to)}: count, sum-based mean, m2, min, max. */
    static double[] stats(FeatureMatrix matrix, int column, int from, int to) {
        int count = 0;
        double mean = 0.0;
        double m2 = 0.0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = from; r < to; r++) {
            if (matrix.isDefined(column, r)) {
                double x = matrix.value(column, r);
                count++;
                double delta = x - mean;
                mean += delta / count;
                m2 += delta * (x - mean);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        ArgChecks.check(count > 0, "training rows of " + matrix.columnNames().get(column), "[" + from + ", " + to + ")",
                "must hold at least one defined value");
        return new double[] {count, mean, m2, min, max};
    }

    /** Checks a training row range. */
    static void checkRange(FeatureMatrix matrix, int from, int to) {
        ArgChecks.notNull(matrix, "matrix");
        ArgChecks.check(from >= 0 && from < to && to <= matrix.rowCount(), "training rows", "[" + from + ", " + to + ")",
                "must be a non-empty range within [0, " + matrix.rowCount() + ")");
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof AffineScaler that && kind.equals(that.kind) && columns.equals(that.columns)
                && Arrays.equals(offsets, that.offsets) && Arrays.equals(scales, that.scales);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(kind, columns, Arrays.hashCode(offsets), Arrays.hashCode(scales));
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + columns;
    }
}
