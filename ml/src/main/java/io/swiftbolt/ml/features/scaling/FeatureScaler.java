package io.swiftbolt.ml.features.scaling;

import io.swiftbolt.ml.features.FeatureMatrix;

import java.util.List;

/**
 * A fitted, per-column affine scaling {@code x ↦ (x − offset)/scale} of feature columns. Fitted
 * on a training range only (see the implementations' {@code fit} methods), then applied to any
 * rows, typically later ones, so no statistic of the test period leaks into training.
 *
 * <p>Parameters travel with a trained model as text: {@link #toCsv()} writes them and
 * {@link FeatureScalers#parse(String)} reads them back exactly (full {@code double} precision).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface FeatureScaler {

    /**
     * The scaled columns, in order.
     *
     * @return an immutable list of column names
     */
    List<String> columns();

    /**
     * The offset subtracted from a column.
     *
     * @param column the column's position in {@link #columns()}
     * @return the offset (mean or minimum)
     */
    double offset(int column);

    /**
     * The divisor of a column, never zero.
     *
     * @param column the column's position in {@link #columns()}
     * @return the scale (standard deviation or range; 1 where that was zero)
     */
    double scale(int column);

    /**
     * Scales a matrix: picks {@link #columns()} by name and maps each defined cell; undefined
     * cells stay undefined.
     *
     * @param matrix the matrix, containing every scaled column
     * @return a new matrix with exactly {@link #columns()}, same dates
     * @throws IllegalArgumentException if {@code matrix} is null or lacks a column
     */
    FeatureMatrix transform(FeatureMatrix matrix);

    /**
     * The parameters as CSV text: a line {@code scaler,<kind>}, a header
     * {@code column,offset,scale}, then one line per column.
     *
     * @return the text, ending with a newline
     */
    String toCsv();
}
