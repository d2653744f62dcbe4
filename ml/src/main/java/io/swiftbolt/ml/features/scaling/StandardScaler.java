package io.swiftbolt.ml.features.scaling;

import io.swiftbolt.ml.features.FeatureMatrix;

import java.time.LocalDate;
import java.util.List;

/**
 * Standardization {@code (x − mean)/σ} per column, with mean and the <em>population</em>
 * standard deviation σ (divisor {@code n}, as scikit-learn's {@code StandardScaler}) of the
 * training rows' defined cells; a column with σ = 0 gets scale 1. Training rows are the only rows
 * read by {@code fit}; transformed later rows are not clipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardScaler extends AffineScaler {

    /** The kind written by {@link #toCsv()}. */
    public static final String KIND = "standard";

    /**
     * Makes a scaler from known parameters (e.g. read back from text).
     *
     * @param columns the column names
     * @param means   the means, finite
     * @param scales  the standard deviations used as divisors, positive
     * @throws IllegalArgumentException if the arrays disagree in length or hold bad values
     */
    public StandardScaler(List<String> columns, double[] means, double[] scales) {
        super(KIND, columns, means, scales);
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
    public static StandardScaler fit(FeatureMatrix matrix, int fromRow, int toRow) {
        checkRange(matrix, fromRow, toRow);
        int k = matrix.columnCount();
        double[] means = new double[k];
        double[] scales = new double[k];
        for (int c = 0; c < k; c++) {
            double[] s = stats(matrix, c, fromRow, toRow);
            means[c] = s[1];
            double sd = Math.sqrt(s[2] / s[0]);
            scales[c] = sd > 0 ? sd : 1.0;
        }
        return new StandardScaler(matrix.columnNames(), means, scales);
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
    public static StandardScaler fit(FeatureMatrix matrix, LocalDate from, LocalDate to) {
        return fit(matrix, matrix.rowAtOrAfter(from), matrix.rowAtOrAfter(to.plusDays(1)));
    }
}
