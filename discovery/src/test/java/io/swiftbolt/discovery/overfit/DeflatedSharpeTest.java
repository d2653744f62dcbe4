package io.swiftbolt.discovery.overfit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeflatedSharpeTest {

    /**
     * The numerical example of Bailey and López de Prado (2014), section "A numerical example":
     * N = 100 trials, variance of the annualized Sharpe ratios 1/2, 250 days a year, selected
     * annualized SR 2.5 over T = 1250 daily returns with skewness -3 and kurtosis 10. The paper
     * reports SR0 = 0.1132 (per day) and DSR = 0.9004.
     *
     * <p>By hand (Python 3.11 statistics.NormalDist, a second implementation of Phi and its inverse):
     * V = 0.5 / 250 = 0.002; Phi^-1(0.99) = 2.326348, Phi^-1(1 - 1/(100 e)) = 2.680748;
     * SR0 = sqrt(0.002) (0.422784 * 2.326348 + 0.577216 * 2.680748) = 0.11317200186513214;
     * SR = 2.5 / sqrt(250) = 0.15811388300841897;
     * z = (SR - SR0) sqrt(1249) / sqrt(1 + 3 SR + 9/4 SR^2) = 1.2838160365336546; DSR = Phi(z) = 0.9003968344493904.
     */
    @Test
    void reproducesThePapersNumericalExample() {
        double sr0 = DeflatedSharpe.expectedMaxSharpe(100, 0.5 / 250);
        assertThat(sr0).isCloseTo(0.11317200186513214, within(1e-9));
        double dsr = DeflatedSharpe.deflated(2.5 / Math.sqrt(250), 1250, -3, 10, 100, 0.5 / 250);
        assertThat(dsr).isCloseTo(0.9003968344493904, within(1e-8));
        assertThat(dsr).isCloseTo(0.9004, within(5e-5)); // as printed in the paper
    }

    @Test
    void oneTrialIsTheProbabilisticSharpeRatioAgainstZero() {
        // Normal returns (g3 = 0, g4 = 3), SR 0.1 per period, T = 101:
        // z = 0.1 * sqrt(100) / sqrt(1 + 0.5 * 0.01) = 1 / 1.0024969 = 0.99750934; Phi(z) = 0.8407413 (Python NormalDist)
        double psr = DeflatedSharpe.probabilistic(0.1, 0, 101, 0, 3);
        assertThat(psr).isCloseTo(0.8407413278, within(1e-9));
        assertThat(DeflatedSharpe.deflated(0.1, 101, 0, 3, 1, 0.5)).isEqualTo(psr);
        assertThat(DeflatedSharpe.expectedMaxSharpe(1, 0.5)).isZero();
    }

    @Test
    void moreTrialsDeflateMore() {
        double previous = 1;
        for (long n : new long[] {2, 10, 100, 1000, 10000}) {
            double dsr = DeflatedSharpe.deflated(0.08, 1000, 0, 3, n, 0.001);
            assertThat(dsr).isLessThan(previous);
            previous = dsr;
        }
    }

    @Test
    void fromReturnsUsesTheirMoments() {
        // Returns 0.01, -0.02, 0.03, 0.00: mean 0.005; deviations 0.005, -0.025, 0.025, -0.005;
        // m2 = (0.000025 + 0.000625 + 0.000625 + 0.000025) / 4 = 0.000325; sample sd = sqrt(0.0013 / 3);
        // m3 = (1.25e-7 - 1.5625e-5 + 1.5625e-5 - 1.25e-7) / 4 = 0 -> skewness 0;
        // m4 = (6.25e-10 + 3.90625e-7 * 2 + 6.25e-10) / 4 = 1.956250e-7 -> kurtosis 1.95625e-7 / 0.000325^2 = 1.852071.
        ReturnMoments m = ReturnMoments.of(new double[] {0.01, -0.02, 0.03, 0.00});
        assertThat(m.mean()).isCloseTo(0.005, within(1e-15));
        assertThat(m.standardDeviation()).isCloseTo(Math.sqrt(0.0013 / 3), within(1e-15));
        assertThat(m.skewness()).isCloseTo(0, within(1e-12));
        assertThat(m.kurtosis()).isCloseTo(1.95625e-7 / (0.000325 * 0.000325), within(1e-9));
        DeflatedSharpeRatio d = DeflatedSharpe.of(new double[] {0.01, -0.02, 0.03, 0.00}, 1, 0);
        assertThat(d.sharpe()).isCloseTo(0.005 / Math.sqrt(0.0013 / 3), within(1e-12));
        assertThat(d.probability()).isEqualTo(DeflatedSharpe.probabilistic(d.sharpe(), 0, 4, m.skewness(), m.kurtosis()));
        assertThat(d.annualizedBenchmark(252)).isZero();
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> DeflatedSharpe.expectedMaxSharpe(0, 1)).hasMessageContaining("trials");
        assertThatThrownBy(() -> DeflatedSharpe.expectedMaxSharpe(5, -1)).hasMessageContaining("variance");
        assertThatThrownBy(() -> DeflatedSharpe.probabilistic(0.1, 0, 1, 0, 3)).hasMessageContaining("observations");
        assertThatThrownBy(() -> DeflatedSharpe.probabilistic(1, 0, 10, 5, 1)).hasMessageContaining("kurtosis");
        assertThatThrownBy(() -> DeflatedSharpe.of(new double[] {0.01, 0.01, 0.01}, 3, 0.1)).hasMessageContaining("must vary");
        assertThatThrownBy(() -> ReturnMoments.of(new double[] {Double.NaN, 1})).hasMessageContaining("returns[0]");
    }
}
