package io.swiftbolt.rebalancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CovarianceMatrixTest {

    static final List<String> SYMBOLS = List.of("A", "B", "C");
    static final double[][] X = {{0.2, 0.05}, {0.15, -0.1}, {0.1, 0.0}};
    static final double[] DELTA = {0.01, 0.02, 0.04};

    /** S = X X' + diag(delta), worked by hand for two entries. */
    @Test
    void factorModelEqualsItsFullMatrix() {
        CovarianceMatrix f = CovarianceMatrix.ofFactors(SYMBOLS, X, DELTA);
        assertThat(f.factorCount()).isEqualTo(2);
        assertThat(f.get("A", "A")).isCloseTo(0.04 + 0.0025 + 0.01, within(1e-15));
        assertThat(f.get("A", "B")).isCloseTo(0.03 - 0.005, within(1e-15));
        double[][] full = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                full[i][j] = f.get(SYMBOLS.get(i), SYMBOLS.get(j));
                assertThat(full[i][j]).isEqualTo(f.get(SYMBOLS.get(j), SYMBOLS.get(i)));
            }
        }
        CovarianceMatrix m = CovarianceMatrix.of(SYMBOLS, full);
        assertThat(m.factorCount()).isZero();
        assertThat(m.subMatrix(List.of("C", "A"))).containsExactly(f.subMatrix(List.of("C", "A")));
        assertThat(f.subExposures(List.of("C", "A"))).containsExactly(0.1, 0.0, 0.2, 0.05);
        assertThat(f.subSpecificVariances(List.of("B"))).containsExactly(0.02);
        assertThatThrownBy(() -> m.subExposures(SYMBOLS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not as a factor model");
    }

    @Test
    void factorModelRejectsBadInput() {
        assertThatThrownBy(() -> CovarianceMatrix.ofFactors(SYMBOLS, X, new double[] {0.01, -0.02, 0.04}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("specific variance of B");
        assertThatThrownBy(() -> CovarianceMatrix.ofFactors(SYMBOLS, new double[][] {{0.1, 0.2}, {0.1}, {0.3, 0.1}},
                DELTA)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exposures of B");
        assertThatThrownBy(() -> CovarianceMatrix.ofFactors(SYMBOLS, new double[][] {{0.1}, {Double.NaN}, {0.3}},
                DELTA)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exposures of B");
        assertThatThrownBy(() -> CovarianceMatrix.ofFactors(List.of("A", "B"), X, DELTA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exposure rows");
    }
}
