package io.swiftbolt.discovery.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.testing.PropertyTesting;
import org.junit.jupiter.api.Test;

/** The rolling kernels against a naive second method that recomputes every window from scratch. */
class IndicatorsTest {

    @Test
    void rollingZScoreAndVolatilityEqualNaiveWindows() {
        PropertyTesting.forAll(0x2C0L, 100, rnd -> {
            PriceBars bars = TestBars.randomBars(rnd);
            return new Object[] {bars.closes(), rnd.nextInt(2, 120)};
        }, input -> {
            double[] c = (double[]) input[0];
            int lookback = (Integer) input[1];
            int n = c.length;
            double[] z = new double[n];
            double[] vol = new double[n];
            Indicators.zScore(c, lookback, z);
            Indicators.realizedVolatility(c, lookback, 252, vol);
            for (int t = 0; t < n; t++) {
                if (t < lookback - 1) {
                    assertThat(z[t]).isNaN();
                } else {
                    double mean = 0;
                    for (int i = t - lookback + 1; i <= t; i++) {
                        mean += c[i] / lookback;
                    }
                    double var = 0;
                    for (int i = t - lookback + 1; i <= t; i++) {
                        var += (c[i] - mean) * (c[i] - mean) / lookback;
                    }
                    assertThat(z[t]).as("z[%d]", t).isCloseTo((c[t] - mean) / Math.sqrt(var), within(1e-6));
                }
                if (t < lookback) {
                    assertThat(vol[t]).isNaN();
                } else {
                    double[] r = new double[lookback];
                    double mean = 0;
                    for (int k = 0; k < lookback; k++) {
                        r[k] = Math.log(c[t - lookback + 1 + k] / c[t - lookback + k]);
                        mean += r[k] / lookback;
                    }
                    double ss = 0;
                    for (double x : r) {
                        ss += (x - mean) * (x - mean);
                    }
                    assertThat(vol[t]).as("vol[%d]", t).isCloseTo(Math.sqrt(ss / (lookback - 1) * 252), within(1e-9));
                }
            }
        });
    }

    @Test
    void rsiOfAHandWorkedSeries() {
        // Period 2. Changes: +2, -1, +3, 0, -2.
        // t=2: seed averages gain (2 + 0) / 2 = 1, loss (0 + 1) / 2 = 0.5 -> RSI 100 * 1 / 1.5 = 66.666...
        // t=3: gain (1 * 1 + 3) / 2 = 2, loss (0.5 * 1 + 0) / 2 = 0.25 -> 100 * 2 / 2.25 = 88.888...
        // t=4: gain 2 / 2 = 1, loss 0.25 / 2 = 0.125 -> 100 * 1 / 1.125 = 88.888...
        // t=5: gain 0.5, loss (0.125 + 2) / 2 = 1.0625 -> 100 * 0.5 / 1.5625 = 32
        double[] c = {10, 12, 11, 14, 14, 12};
        double[] out = new double[c.length];
        Indicators.rsi(c, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out).containsExactly(new double[] {out[0], out[1], 200.0 / 3, 800.0 / 9, 800.0 / 9, 32}, within(1e-12));
        double[] flat = new double[4];
        Indicators.rsi(new double[] {5, 5, 5, 5}, 2, flat);
        assertThat(flat[3]).isEqualTo(50);
        double[] up = new double[4];
        Indicators.rsi(new double[] {5, 6, 7, 8}, 2, up);
        assertThat(up[3]).isEqualTo(100);
    }

    @Test
    void aFlatWindowHasZScoreZero() {
        double[] out = new double[4];
        Indicators.zScore(new double[] {7, 7, 7, 7}, 3, out);
        assertThat(out[2]).isZero();
        assertThat(out[3]).isZero();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Indicators.zScore(new double[3], 1, new double[3])).hasMessageContaining("lookback");
        assertThatThrownBy(() -> Indicators.rsi(new double[3], 2, new double[2])).hasMessageContaining("out must have length 3");
        assertThatThrownBy(() -> Indicators.realizedVolatility(null, 2, 252, new double[2])).hasMessageContaining("close");
    }
}
