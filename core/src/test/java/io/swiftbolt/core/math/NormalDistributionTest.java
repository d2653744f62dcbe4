package io.swiftbolt.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalDistributionTest {

    /** Values from mpmath (Debian python3-mpmath) at 40 digits: {@code mpmath.ncdf(x)}. */
    @ParameterizedTest
    @CsvSource({
        "0, 0.5",
        "-1, 0.15865525393145705",
        "1, 0.84134474606854295",
        "-5, 2.8665157187919391e-7",
        "-10, 7.6198530241605261e-24",
        "-20, 2.7536241186062337e-89",
        "-37, 5.7255712225245768e-300",
        "3, 0.99865010196836991",
    })
    void cdfIsRelativelyAccurateInTheTails(double x, double expected) {
        assertThat(Math.abs(NormalDistribution.cdf(x) - expected) / expected).isLessThan(1e-14);
        assertThat(NormalDistribution.complementaryCdf(-x)).isEqualTo(NormalDistribution.cdf(x));
    }

    @Test
    void inverseCdfInvertsCdf() {
        for (double p = 1e-12; p < 1; p = p * 3 + 1e-3) {
            double x = NormalDistribution.inverseCdf(p);
            assertThat(Math.abs(NormalDistribution.cdf(x) - p) / p).as("p=%s", p).isLessThan(1e-13);
        }
    }

    /**
     * g(m − t) − g(m + t) from mpmath at 40 digits,
     * {@code erfc(u/√2)·exp(u²/2)/2} evaluated at both points and subtracted exactly.
     */
    @ParameterizedTest
    @CsvSource({
"0.5, 5e-07, 2.2413286304124736e-7",
"0.5, 5e-05, 2.2413286317852096e-5",
"0.5, 0.0005, 0.00022413287676996438",
"0.5, 0.0025, 0.0011206660312991408",
"0.5, 0.01, 0.0044827670924061907",
"0.5, 0.25, 0.11379964060778448",
"2.0, 2e-06, 2.5095311182047312e-7",
"2.0, 0.0002, 2.5095311289305028e-5",
"2.0, 0.002, 0.00025095321908884185",
"2.0, 0.01, 0.0012547789677670126",
"2.0, 0.04, 0.0050199204966753491",
"2.0, 1.0, 0.1400643435095612",
"5.0, 4.9999999999999996e-06, 1.4345755526412609e-7",
"5.0, 0.0005, 1.4345755640520964e-5",
"5.0, 0.005, 0.0001434576693838578",
"5.0, 0.025, 0.0007173020415460171",
"5.0, 0.1, 0.0028700643250354871",
"5.0, 2.5, 0.089038234262380595",
"12.0, 1.2e-05, 6.515105939666045e-8",
"12.0, 0.0012000000000000001, 6.5151060018438678e-6",
"12.0, 0.012, 6.5151121580696114e-5",
"12.0, 0.06, 0.00032576307016883551",
"12.0, 0.24, 0.0013035188455026557",
"12.0, 6.0, 0.0426836362254459",
"33.0, 3.2999999999999996e-05, 2.4112016949453664e-8",
"33.0, 0.0033, 2.4112017189013854e-6",
"33.0, 0.033, 2.4112040907867734e-5",
"33.0, 0.165, 0.00012056307962306266",
"33.0, 0.66, 0.00048243208223589453",
"33.0, 16.5, 0.016034317061720586",
"38.0, 3.7999999999999995e-05, 2.0953489948653425e-8",
"38.0, 0.0038, 2.09534901571586e-6",
"38.0, 0.038, 2.0953510801255698e-5",
"38.0, 0.19, 0.00010477005638314117",
"38.0, 0.76, 0.00041923668604347918",
"38.0, 19.0, 0.013942440416118461"
    })
    void tailFactorDifferenceMatchesMpmath(double m, double t, double expected) {
        double actual = NormalDistribution.tailFactorDifference(m, t);
        // The series' first derivative m·g − 1/√(2π) cancels by about 1/m², so the error floor grows
        // like m²·ε: 1e-12 at m = 38, where prices are near 1e-300.
        assertThat(Math.abs(actual - expected) / expected).as("m=%s t=%s", m, t).isLessThan(1e-12);
    }

    @Test
    void tailFactorDifferenceSeriesJoinsTheDirectDifferenceSmoothly() {
        // Across the switch at t = min(0.01·m, 30/m²) the series and the direct difference agree.
        for (double m = 0.5; m < 40; m *= 1.3) {
            double tSwitch = Math.min(0.01 * m, 30 / (m * m));
            double t = tSwitch * (1 - 1e-9);
            double series = NormalDistribution.tailFactorDifference(m, t);
            double direct = NormalDistribution.tailFactor(m - t) - NormalDistribution.tailFactor(m + t);
            assertThat(Math.abs(series - direct) / direct).as("m=%s", m).isLessThan(1e-12);
            double above = NormalDistribution.tailFactorDifference(m, tSwitch * (1 + 1e-9));
            assertThat(above).isGreaterThan(series);
        }
    }

    @Test
    void densityAndTailFactorIdentity() {
        for (double u = 0; u < 30; u += 0.37) {
            double viaFactor = Math.exp(-0.5 * u * u) * NormalDistribution.tailFactor(u);
            assertThat(Math.abs(viaFactor - NormalDistribution.cdf(-u)) / NormalDistribution.cdf(-u)).isLessThan(1e-15);
        }
        assertThat(NormalDistribution.pdf(0)).isEqualTo(NormalDistribution.INV_SQRT_2PI);
    }
}
