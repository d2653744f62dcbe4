package io.swiftbolt.ml.features.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.testing.PropertyTesting;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every streaming indicator equals its batch kernel to 1e-12 (relative to max(1, |value|)) and is
 * defined exactly from the kernel's first index, over random windows of the bundled real data
 * (S&P 500 and AAPL 2013) with random periods. Seeded; a failure prints the seed and the window.
 */
class StreamingEqualsBatchTest {

    private static final double TOLERANCE = 1e-12;
    private static final BarSeries SP500 = BundledData.sp500();
    private static final BarSeries AAPL = BundledData.aapl2013();

    /** A random window of real bars and a random period. */
    record Window(String source, int from, int length, int period) {
        BarSeries bars() {
            BarSeries s = source.equals("SP500") ? SP500 : AAPL;
            return s.slice(from, from + length);
        }
    }

    static Window window(RandomGenerator rnd) {
        boolean sp = rnd.nextBoolean();
        BarSeries s = sp ? SP500 : AAPL;
        int length = rnd.nextInt(60, Math.min(s.size(), 1500) + 1);
        int from = rnd.nextInt(0, s.size() - length + 1);
        return new Window(sp ? "SP500" : "AAPL", from, length, rnd.nextInt(2, 41));
    }

    /** Runs a scalar indicator over {@code x} and compares with {@code batch} (NaN = undefined). */
    static void assertStreamEquals(ScalarIndicator indicator, double[] x, double[] batch, int first) {
        assertThat(indicator.firstDefinedIndex()).isEqualTo(first);
        for (int i = 0; i < x.length; i++) {
            boolean defined = indicator.update(x[i]);
            assertThat(defined).as("%s defined at %d", indicator, i).isEqualTo(i >= first);
            if (defined) {
                assertClose(indicator.value(), batch[i], indicator + " at " + i);
            }
        }
    }

    static void assertClose(double streamed, double batch, String what) {
        assertThat(Math.abs(streamed - batch)).as(what).isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(batch)));
    }

    static double[] close(Window w) {
        return w.bars().toArray(BarSeries.Column.CLOSE);
    }

    static double[] volume(Window w) {
        return w.bars().toArray(BarSeries.Column.VOLUME);
    }

    @Test
    void smaEmaWilder() {
        PropertyTesting.forAll(0x5A1L, 40, StreamingEqualsBatchTest::window, w -> {
            double[] x = close(w);
            int n = w.period();
            double[] out = new double[x.length];
            assertStreamEquals(new Sma(n), x, out, IndicatorKernels.sma(x, n, out));
            out = new double[x.length];
            assertStreamEquals(new Ema(n), x, out, IndicatorKernels.ema(x, n, out));
            out = new double[x.length];
            assertStreamEquals(Ema.wilder(n), x, out, IndicatorKernels.smoothed(x, 0, n, 1.0 / n, out));
        });
    }

    @Test
    void rsiMomentumDifferenceLogReturnLag() {
        PropertyTesting.forAll(0x5A2L, 40, StreamingEqualsBatchTest::window, w -> {
            double[] x = close(w);
            int n = w.period();
            double[] out = new double[x.length];
            assertStreamEquals(new Rsi(n), x, out, IndicatorKernels.rsi(x, n, out));
            out = new double[x.length];
            assertStreamEquals(new Momentum(n), x, out, IndicatorKernels.momentum(x, n, out));
            double[] v = volume(w);
            out = new double[x.length];
            assertStreamEquals(new Difference(n), v, out, IndicatorKernels.difference(v, n, out));
            out = new double[x.length];
            assertStreamEquals(new LogReturn(), x, out, IndicatorKernels.logReturn(x, out));
            out = new double[x.length];
            assertStreamEquals(new Lag(Math.min(n, 10)), x, out, IndicatorKernels.lag(x, 0, Math.min(n, 10), out));
        });
    }

    @Test
    void volumeRatioRealizedVolRankPercentile() {
        PropertyTesting.forAll(0x5A3L, 40, StreamingEqualsBatchTest::window, w -> {
            double[] x = close(w);
            double[] v = volume(w);
            int n = w.period();
            double[] out = new double[x.length];
            assertStreamEquals(new VolumeRatio(n), v, out, IndicatorKernels.volumeRatio(v, n, out));
            out = new double[x.length];
            assertStreamEquals(new RealizedVolatility(n, 252), x, out,
                    IndicatorKernels.realizedVolatility(x, n, 252, out));
            out = new double[x.length];
            assertStreamEquals(new RollingRank(n), x, out, IndicatorKernels.rollingRank(x, n, out));
            out = new double[x.length];
            assertStreamEquals(new RollingPercentile(n), x, out, IndicatorKernels.rollingPercentile(x, n, out));
        });
    }

    @Test
    void macdAllThreeOutputs() {
        PropertyTesting.forAll(0x5A4L, 40, StreamingEqualsBatchTest::window, w -> {
            double[] x = close(w);
            int fast = Math.max(1, w.period() / 3);
            int slow = w.period();
            int signal = 1 + w.period() % 9;
            double[] line = new double[x.length];
            double[] sig = new double[x.length];
            double[] hist = new double[x.length];
            int first = IndicatorKernels.macd(x, fast, slow, signal, line, sig, hist);
            Macd macd = new Macd(fast, slow, signal);
            assertThat(macd.signalFirstDefinedIndex()).isEqualTo(first);
            for (int i = 0; i < x.length; i++) {
                assertThat(macd.update(x[i])).isEqualTo(i >= slow - 1);
                assertThat(macd.isSignalDefined()).isEqualTo(i >= first);
                if (i >= slow - 1) {
                    assertClose(macd.value(), line[i], "macd line at " + i);
                }
                if (i >= first) {
                    assertClose(macd.signal(), sig[i], "macd signal at " + i);
                    assertClose(macd.histogram(), hist[i], "macd histogram at " + i);
                }
            }
        });
    }

    @Test
    void bollingerAllFiveOutputs() {
        PropertyTesting.forAll(0x5A5L, 40, StreamingEqualsBatchTest::window, w -> {
            double[] x = close(w);
            int n = w.period();
            double k = 1.0 + (n % 4) * 0.5;
            double[][] o = new double[5][x.length];
            int first = IndicatorKernels.bollinger(x, n, k, o[0], o[1], o[2], o[3], o[4]);
            BollingerBands bands = new BollingerBands(n, k);
            for (int i = 0; i < x.length; i++) {
                assertThat(bands.update(x[i])).isEqualTo(i >= first);
                if (i >= first) {
                    assertClose(bands.value(), o[0][i], "middle at " + i);
                    assertClose(bands.upper(), o[1][i], "upper at " + i);
                    assertClose(bands.lower(), o[2][i], "lower at " + i);
                    assertClose(bands.percentB(), o[3][i], "%B at " + i);
                    assertClose(bands.bandwidth(), o[4][i], "bandwidth at " + i);
                }
            }
        });
    }

    @Test
    void trueRangeAndAtr() {
        PropertyTesting.forAll(0x5A6L, 40, StreamingEqualsBatchTest::window, w -> {
            BarSeries b = w.bars();
            double[] h = b.toArray(BarSeries.Column.HIGH);
            double[] l = b.toArray(BarSeries.Column.LOW);
            double[] c = b.toArray(BarSeries.Column.CLOSE);
            int n = w.period();
            double[] tr = new double[c.length];
            double[] atr = new double[c.length];
            IndicatorKernels.trueRange(h, l, c, tr);
            int first = IndicatorKernels.atr(h, l, c, n, atr);
            TrueRange trs = new TrueRange();
            Atr atrs = new Atr(n);
            for (int i = 0; i < c.length; i++) {
                assertThat(trs.update(h[i], l[i], c[i])).isTrue();
                assertClose(trs.value(), tr[i], "tr at " + i);
                assertThat(atrs.update(h[i], l[i], c[i])).isEqualTo(i >= first);
                if (i >= first) {
                    assertClose(atrs.value(), atr[i], "atr at " + i);
                }
            }
        });
    }

    @Test
    void resetRestartsFromScratch() {
        double[] x = close(new Window("AAPL", 0, 100, 10));
        Rsi rsi = new Rsi(14);
        for (double v : x) {
            rsi.update(v);
        }
        rsi.reset();
        assertThat(rsi.isDefined()).isFalse();
        double[] out = new double[x.length];
        assertStreamEquals(rsi, x, out, IndicatorKernels.rsi(x, 14, out));
    }
}
