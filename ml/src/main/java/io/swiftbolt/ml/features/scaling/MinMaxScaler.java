package io.swiftbolt.ml.features.scaling;

import io.swiftbolt.ml.features.FeatureMatrix;

import java.time.LocalDate;
import java.util.List;

/**
 * Min-max scaling {@code (x − min)/(max − min)} per column, with min and max of the training rows'
 * defined cells, so training values land in {@code [0, 1]}; later rows may fall outside (they are
 * not clipped, which would hide a regime change). A constant column gets scale 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinMaxScaler extends AffineScaler {

    /** The kind written by {@link #toCsv()}. */
    public static final String KIND = "minmax";

    /**
     * Makes a scaler from known parameters (e.g. read back from text).
     *
     * @param columns the column names
     * @param minima  the training minima, finite
     * @param ranges  the training ranges max − min used as divisors, positive
     * @throws IllegalArgumentException if the arrays disagree in length or hold bad values
     */
    public MinMaxScaler(List<String> columns, double[] minima, double[] ranges) {
        super(KIND, columns, minima, ranges);
    }

    /**
     * Fits every column of {@code matrix} on the rows {@code [fromRow, toRow)} only.
     *
     * @param matrix  the features
     * @param fromRow the first training row
     * @param toRow   the row after the last training row
     * @return the fitted scaler
     * @throws IllegalArgumentException if the range is empty or outside the matrix, or a column
     *                                  has no defined value in it
     */
    public static MinMaxScaler fit(FeatureMatrix matrix, int fromRow, int toRow) {
        checkRange(matrix, fromRow, toRow);
        int k = matrix.columnCount();
        double[] minima = new double[k];
        double[] ranges = new double[k];
        for (int c = 0; c < k; c++) {
            double[] s = stats(matrix, c, fromRow, toRow);
            minima[c] = s[3];
            double range = s[4] - s[3];
            ranges[c] = range > 0 ? range : 1.0;
        }
        return new MinMaxScaler(matrix.columnNames(), minima, ranges);
    }

    /**
     * Fits on the rows dated {@code from .. to} inclusive.
     *
     * @param matrix the features
     * @param from   the first training date
     * @param to     the last training date
     * @return the fitted scaler
     * @throws IllegalArgumentException if no row falls in the range or a column has no defined
     *                                  value in it
     */
    public static MinMaxScaler fit(FeatureMatrix matrix, LocalDate from, LocalDate to) {
        return fit(matrix, matrix.rowAtOrAfter(from), matrix.rowAtOrAfter(to.plusDays(1)));
    }
}
