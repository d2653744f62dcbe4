package io.swiftbolt.ml.predict;

import io.swiftbolt.ml.features.FeatureMatrix;

/** Copies feature windows into the networks' row-major {@code float[]} layout. */
final class Windows {

    private Windows() {
    }

    /**
     * Windows of {@code steps} rows ending at each row, all columns of {@code scaled} in order;
     * {@code rowOffset} is added to row numbers in messages (the caller's row of row 0).
     *
     * @throws IllegalArgumentException naming column and date if a needed cell is undefined
     */
    static float[] fill(FeatureMatrix scaled, int[] endRows, int steps, int rowOffset) {
        int width = scaled.columnCount();
        float[] x = new float[endRows.length * steps * width];
        double[] column = new double[scaled.rowCount()];
        for (int f = 0; f < width; f++) {
            scaled.copyColumn(f, column, 0, Double.NaN);
            for (int i = 0; i < endRows.length; i++) {
                int first = endRows[i] - steps + 1;
                int base = i * steps * width + f;
                for (int t = 0; t < steps; t++) {
                    double v = column[first + t];
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("features must be defined on every window row: "
                                + scaled.columnNames().get(f) + " is undefined on " + scaled.date(first + t)
                                + " (row " + (rowOffset + first + t) + "); apply a MissingValuePolicy or start later");
                    }
                    x[base + t * width] = (float) v;
                }
            }
        }
        return x;
    }
}
