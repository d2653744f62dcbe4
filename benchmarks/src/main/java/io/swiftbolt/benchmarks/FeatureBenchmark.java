package io.swiftbolt.benchmarks;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.FeatureStream;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandWidthIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.bollinger.PercentBIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Feature engineering over real daily bars (the last {@code size} bars of the bundled S&amp;P 500):
 * SwiftBolt's {@link FeatureEngineer} in batch (all 31 default features) and streaming, against
 * ta4j 0.17 computing the same indicators in the same run.
 *
 * <p>The ta4j baseline uses {@code DoubleNum} (its fastest number type) and evaluates every bar of
 * 22 indicators it has: SMA 10/20/50, EMA 10/20/50, RSI 14, MACD line, signal (EMA 9 of it) and
 * histogram, Bollinger middle/upper/lower/%B/bandwidth, true range, ATR 14, volume SMA/EMA 20,
 * ROC 5/10/20 (ta4j has no volume ratio, volume momentum, realized volatility, log return or lag
 * helpers: SwiftBolt computes those 9 columns on top, which favours ta4j). Indicators are rebuilt each
 * invocation, since ta4j caches values inside them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FeatureBenchmark {

    /** Bars: one trading year, and twenty. */
    @Param({"252", "5000"})
    int size;

    private BarSeries bars;
    private org.ta4j.core.BarSeries ta4jBars;
    private FeatureEngineer engineer;

    /** Loads the data and converts it for ta4j (not timed). */
    @Setup(Level.Trial)
    public void setUp() {
        BarSeries sp = BundledData.sp500();
        bars = sp.slice(sp.size() - size, sp.size());
        engineer = FeatureEngineer.defaults();
        ta4jBars = new BaseBarSeriesBuilder().withName("SP500").withNumTypeOf(DoubleNum.class).build();
        for (int i = 0; i < bars.size(); i++) {
            ta4jBars.addBar(bars.date(i).atStartOfDay(ZoneOffset.UTC).plusDays(1), bars.open(i), bars.high(i),
                    bars.low(i), bars.close(i), bars.volume(i));
        }
    }

    /**
     * All 31 default features in batch, as a {@link FeatureMatrix}.
     *
     * @return the matrix
     */
    @Benchmark
    public FeatureMatrix swiftboltBatch() {
        return engineer.compute(bars);
    }

    /**
     * All 31 default features, one bar at a time.
     *
     * @param bh the black hole
     */
    @Benchmark
    public void swiftboltStreaming(Blackhole bh) {
        FeatureStream stream = engineer.newStream(false);
        for (int i = 0; i < bars.size(); i++) {
            stream.update(bars.date(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
        }
        bh.consume(stream.value(0));
    }

    /**
     * The 22 indicators ta4j has, every bar.
     *
     * @param bh the black hole
     */
    @Benchmark
    public void ta4j(Blackhole bh) {
        ClosePriceIndicator close = new ClosePriceIndicator(ta4jBars);
        VolumeIndicator volume = new VolumeIndicator(ta4jBars);
        SMAIndicator sma20 = new SMAIndicator(close, 20);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(sma20);
        StandardDeviationIndicator sd = new StandardDeviationIndicator(close, 20);
        Num two = ta4jBars.numOf(2);
        BollingerBandsUpperIndicator upper = new BollingerBandsUpperIndicator(middle, sd, two);
        BollingerBandsLowerIndicator lower = new BollingerBandsLowerIndicator(middle, sd, two);
        @SuppressWarnings("unchecked")
        Indicator<Num>[] all = new Indicator[] {new SMAIndicator(close, 10), sma20, new SMAIndicator(close, 50),
            new EMAIndicator(close, 10), new EMAIndicator(close, 20), new EMAIndicator(close, 50),
            new RSIIndicator(close, 14), macd, signal, middle, upper, lower, new PercentBIndicator(close, 20, 2.0),
            new BollingerBandWidthIndicator(upper, middle, lower), new TRIndicator(ta4jBars),
            new ATRIndicator(ta4jBars, 14), new SMAIndicator(volume, 20), new EMAIndicator(volume, 20),
            new ROCIndicator(close, 5), new ROCIndicator(close, 10), new ROCIndicator(close, 20)};
        for (int i = 0; i < size; i++) {
            for (Indicator<Num> indicator : all) {
                bh.consume(indicator.getValue(i));
            }
            bh.consume(macd.getValue(i).minus(signal.getValue(i)));
        }
    }
}
