package io.swiftbolt.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.Num;

/**
 * Comparison with ta4j 0.17 (test scope) on the bundled data.
 *
 * <p><b>Same convention, every defined row to 1e-9:</b> SMA, Bollinger middle/upper/lower
 * (ta4j's {@code StandardDeviationIndicator} is the population σ), %B, bandwidth (ta4j: percent,
 * divided by 100 here), true range (ta4j: high − low on the first bar too), momentum (ta4j
 * {@code ROCIndicator} is in percent, divided by 100).
 *
 * <p><b>Different seeding, compared after it has decayed:</b> ta4j seeds its EMA with the first
 * value (not the SMA of the first n) and its RSI/ATR ({@code MMAIndicator}) likewise, and its
 * MACD has no signal line. The seed's influence decays as (1 − α)^k, so rows from 1000 on agree to
 * 1e-9 (EMA 10/20/50, RSI 14, ATR 14, MACD line).
 */
class Ta4jComparisonTest {

    private static final int CONVERGED = 1000;

    static org.ta4j.core.BarSeries toTa4j(BarSeries s) {
        org.ta4j.core.BarSeries t = new BaseBarSeriesBuilder().withName(s.name()).withNumTypeOf(DecimalNum.class).build();
        for (int i = 0; i < s.size(); i++) {
            ZonedDateTime end = s.date(i).atStartOfDay(ZoneOffset.UTC).plusDays(1);
            t.addBar(end, s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"aapl-2013", "sp500"})
    void matchesTa4jWhereConventionsAgree(String dataSet) {
        BarSeries bars = BundledData.load(dataSet);
        if (bars.size() > 1500) {
            bars = bars.slice(bars.size() - 1500, bars.size());
        }
        FeatureMatrix m = FeatureEngineer.defaults().compute(bars);
        org.ta4j.core.BarSeries t = toTa4j(bars);
        ClosePriceIndicator close = new ClosePriceIndicator(t);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator sd = new StandardDeviationIndicator(close, 20);
        Num two = t.numOf(2);
        BollingerBandsUpperIndicator upper = new BollingerBandsUpperIndicator(middle, sd, two);
        BollingerBandsLowerIndicator lower = new BollingerBandsLowerIndicator(middle, sd, two);
        Map<String, Double> worst = new TreeMap<>();
        worst.put("sma_20", compare(m, "sma_20", new SMAIndicator(close, 20), 0, x -> x));
        worst.put("sma_50", compare(m, "sma_50", new SMAIndicator(close, 50), 0, x -> x));
        worst.put("bb_middle_20_2", compare(m, "bb_middle_20_2", middle, 0, x -> x));
        worst.put("bb_upper_20_2", compare(m, "bb_upper_20_2", upper, 0, x -> x));
        worst.put("bb_lower_20_2", compare(m, "bb_lower_20_2", lower, 0, x -> x));
        worst.put("bb_percent_b_20_2", compare(m, "bb_percent_b_20_2", new PercentBIndicator(close, 20, 2.0), 0, x -> x));
        worst.put("bb_bandwidth_20_2", compare(m, "bb_bandwidth_20_2",
                new BollingerBandWidthIndicator(upper, middle, lower), 0, x -> x / 100));
        worst.put("true_range", compare(m, "true_range", new TRIndicator(t), 0, x -> x));
        for (int p : new int[] {5, 10, 20}) {
            worst.put("momentum_" + p, compare(m, "momentum_" + p, new ROCIndicator(close, p), 0, x -> x / 100));
        }
        int from = Math.min(CONVERGED, bars.size() - 1);
        if (bars.size() > CONVERGED) {
            for (int p : new int[] {10, 20, 50}) {
                worst.put("ema_" + p, compare(m, "ema_" + p, new EMAIndicator(close, p), from, x -> x));
            }
            worst.put("rsi_14", compare(m, "rsi_14", new RSIIndicator(close, 14), from, x -> x));
            worst.put("atr_14", compare(m, "atr_14", new ATRIndicator(t, 14), from, x -> x));
            worst.put("macd_12_26_9", compare(m, "macd_12_26_9", new MACDIndicator(close, 12, 26), from, x -> x));
        }
        System.out.println("max |diff| vs ta4j 0.17, " + dataSet + ": " + worst);
        assertThat(worst.values()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(1e-9));
    }

    private static double compare(FeatureMatrix m, String column, Indicator<Num> ta4j, int from,
                                  Function<Double, Double> toOurUnits) {
        int c = m.columnIndex(column);
        double worst = 0;
        int compared = 0;
        for (int r = Math.max(from, m.firstDefinedRow(c)); r < m.rowCount(); r++) {
            double theirs = toOurUnits.apply(ta4j.getValue(r).doubleValue());
            double diff = Math.abs(m.value(c, r) - theirs);
            assertThat(diff).as("%s on %s: ours %s, ta4j %s", column, m.date(r), m.value(c, r), theirs)
                    .isLessThanOrEqualTo(1e-9);
            worst = Math.max(worst, diff);
            compared++;
        }
        assertThat(compared).as(column).isPositive();
        return worst;
    }
}
