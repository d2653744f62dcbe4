package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annualized covariance matrix of simple returns (decimals squared per year), labelled by
 * symbol, for ex-ante tracking error. Symmetric and positive semi-definite: a full matrix is checked
 * by a Cholesky factorization with a relative jitter of 1e-10 of the largest variance; a factor model
 * ({@link #ofFactors}) is so by construction and keeps its factors, which the cost optimizer uses to
 * solve its systems in {@code O(n k^2)} instead of {@code O(n^3)}. Immutable.
 */
public final class CovarianceMatrix {

    private final List<String> symbols;
    private final Map<String, Integer> index;
    private final double[] values;
    private final int n;
    /** Factor exposures, row-major {@code n * k}, or null for a full matrix. */
    private final double[] exposures;
    private final int factors;
    /** Specific variances of a factor model, or null. */
    private final double[] specific;

    private CovarianceMatrix(List<String> symbols, int rows) {
        this.symbols = List.copyOf(symbols);
        this.n = symbols.size();
        ArgChecks.positive(n, "number of symbols");
        ArgChecks.sameLength(rows, n, "covariance rows");
        this.index = indexOf(this.symbols);
        this.values = new double[n * n];
        this.exposures = null;
        this.factors = 0;
        this.specific = null;
    }

    private CovarianceMatrix(List<String> symbols, double[][] exposures, double[] specificVariance) {
        this.symbols = List.copyOf(symbols);
        this.n = symbols.size();
        ArgChecks.positive(n, "number of symbols");
        ArgChecks.sameLength(exposures.length, n, "exposure rows");
        ArgChecks.sameLength(specificVariance.length, n, "specific variances");
        this.index = indexOf(this.symbols);
        this.factors = ArgChecks.positive(ArgChecks.notNull(exposures[0], "exposures of " + symbols.get(0)).length,
                "number of factors");
        this.exposures = new double[n * factors];
        this.specific = new double[n];
        for (int i = 0; i < n; i++) {
            ArgChecks.sameLength(ArgChecks.allFinite(exposures[i], "exposures of " + symbols.get(i)).length, factors,
                    "exposures of " + symbols.get(i));
            System.arraycopy(exposures[i], 0, this.exposures, i * factors, factors);
            specific[i] = ArgChecks.notNegative(specificVariance[i], "specific variance of " + symbols.get(i));
        }
        this.values = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double c = 0;
                for (int k = 0; k < factors; k++) {
                    c += this.exposures[i * factors + k] * this.exposures[j * factors + k];
                }
                values[i * n + j] = c;
                values[j * n + i] = c;
            }
            values[i * n + i] += specific[i];
        }
    }

    private static Map<String, Integer> indexOf(List<String> symbols) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            ArgChecks.check(index.put(ArgChecks.notBlank(symbols.get(i), "symbol"), i) == null, "symbol",
                    symbols.get(i), "must not repeat");
        }
        return index;
    }

    private CovarianceMatrix(List<String> symbols, double[][] matrix) {
        this(symbols, matrix.length);
        double maxVar = 0;
        for (int i = 0; i < n; i++) {
            ArgChecks.sameLength(ArgChecks.allFinite(matrix[i], "covariance row " + symbols.get(i)).length, n,
                    "covariance row " + symbols.get(i));
            ArgChecks.notNegative(matrix[i][i], "variance of " + symbols.get(i));
            maxVar = Math.max(maxVar, matrix[i][i]);
            System.arraycopy(matrix[i], 0, values, i * n, n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = matrix[i][j];
                double b = matrix[j][i];
                ArgChecks.check(Math.abs(a - b) <= 1e-12 * Math.max(1e-300, maxVar) + 1e-15, "covariance["
                        + symbols.get(i) + "," + symbols.get(j) + "]", a, "must equal its transpose " + b);
            }
        }
        checkPositiveSemiDefinite(maxVar);
    }

    /**
     * A covariance matrix.
     *
     * @param symbols the labels of the rows and columns, unique
     * @param matrix  the square matrix, rows in the order of {@code symbols}; copied
     * @return the matrix
     * @throws IllegalArgumentException if the matrix is not square, not symmetric (within 1e-12 of
     *                                  the largest variance), has a negative variance or a non-finite
     *                                  entry, or is not positive semi-definite
     */
    public static CovarianceMatrix of(List<String> symbols, double[][] matrix) {
        ArgChecks.notNull(symbols, "symbols");
        ArgChecks.notNull(matrix, "matrix");
        return new CovarianceMatrix(symbols, matrix);
    }

    /**
     * A factor-model covariance {@code S = X X' + diag(specificVariance)}. With factor loadings
     * {@code B} and a factor covariance {@code F = G G'} (e.g. its Cholesky factor), the exposures are
     * {@code X = B G}.
     *
     * @param symbols          the labels, unique
     * @param exposures        one row of {@code k >= 1} exposures per symbol (annualized, decimals); copied
     * @param specificVariance the specific (idiosyncratic) variance per symbol, {@code >= 0}
     * @return the matrix, keeping its factors
     * @throws IllegalArgumentException if the rows do not match the symbols, differ in length, or hold a
     *                                  non-finite value, or a specific variance is negative
     */
    public static CovarianceMatrix ofFactors(List<String> symbols, double[][] exposures, double[] specificVariance) {
        ArgChecks.notNull(symbols, "symbols");
        ArgChecks.notNull(exposures, "exposures");
        ArgChecks.notNull(specificVariance, "specificVariance");
        ArgChecks.allFinite(specificVariance, "specificVariance");
        ArgChecks.positive(exposures.length, "exposure rows");
        return new CovarianceMatrix(symbols, exposures, specificVariance);
    }

    /**
     * The number of factors of a factor model.
     *
     * @return {@code k}, or 0 for a matrix given in full
     */
    public int factorCount() {
        return factors;
    }

    /**
     * The exposures of the given symbols, row-major into a new array of length {@code order.size() * k}.
     *
     * @param order the symbols, every one covered
     * @return the exposures
     * @throws IllegalArgumentException if a symbol is not covered
     * @throws IllegalStateException    if the matrix is not a factor model ({@link #factorCount()} 0)
     */
    public double[] subExposures(List<String> order) {
        requireFactors();
        double[] out = new double[order.size() * factors];
        for (int i = 0; i < order.size(); i++) {
            System.arraycopy(exposures, row(order.get(i)) * factors, out, i * factors, factors);
        }
        return out;
    }

    /**
     * The specific variances of the given symbols.
     *
     * @param order the symbols, every one covered
     * @return a new array, annualized decimals squared
     * @throws IllegalArgumentException if a symbol is not covered
     * @throws IllegalStateException    if the matrix is not a factor model ({@link #factorCount()} 0)
     */
    public double[] subSpecificVariances(List<String> order) {
        requireFactors();
        double[] out = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            out[i] = specific[row(order.get(i))];
        }
        return out;
    }

    private void requireFactors() {
        if (factors == 0) {
            throw new IllegalStateException("covariance matrix was given in full, not as a factor model");
        }
    }

    private void checkPositiveSemiDefinite(double maxVar) {
        double jitter = 1e-10 * Math.max(maxVar, 1e-300);
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double d = values[j * n + j] + jitter;
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("covariance matrix must be positive semi-definite; fails at "
                        + symbols.get(j));
            }
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = values[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / ljj;
            }
        }
    }

    /**
     * The labels in matrix order.
     *
     * @return an unmodifiable list
     */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * Whether a symbol is covered.
     *
     * @param symbol the symbol
     * @return true if the matrix has a row for it
     */
    public boolean has(String symbol) {
        return index.containsKey(symbol);
    }

    /**
     * The annualized covariance of two symbols.
     *
     * @param a a symbol
     * @param b a symbol
     * @return the covariance in decimals squared per year
     * @throws IllegalArgumentException if a symbol is not covered
     */
    public double get(String a, String b) {
        return values[row(a) * n + row(b)];
    }

    /**
     * The sub-matrix for the given symbols, row-major into a new array of length {@code k * k}.
     *
     * @param order the symbols, every one covered
     * @return the row-major sub-matrix
     * @throws IllegalArgumentException if a symbol is not covered
     */
    public double[] subMatrix(List<String> order) {
        int k = order.size();
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = row(order.get(i));
        }
        double[] out = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i * k + j] = values[idx[i] * n + idx[j]];
            }
        }
        return out;
    }

    private int row(String symbol) {
        Integer i = index.get(symbol);
        if (i == null) {
            throw new IllegalArgumentException("covariance matrix has no row for symbol " + symbol);
        }
        return i;
    }
}
