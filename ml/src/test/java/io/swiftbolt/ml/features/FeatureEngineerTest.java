package io.swiftbolt.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.testing.PropertyTesting;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The engineer: column names, streaming equals batch, option features, policies, bad input. */
class FeatureEngineerTest {

    private static final BarSeries AAPL = BundledData.aapl2013();

    @Test
    void defaultColumnsFollowTheNamingScheme() {
        List<String> names = FeatureEngineer.defaults().columnNames(false);
        assertThat(names).hasSize(31).startsWith("sma_10", "sma_20", "sma_50", "ema_10", "ema_20", "ema_50", "rsi_14",
                "macd_12_26_9", "macd_signal_12_26_9", "macd_hist_12_26_9", "bb_middle_20_2", "bb_upper_20_2",
                "bb_lower_20_2", "bb_percent_b_20_2", "bb_bandwidth_20_2", "true_range", "atr_14")
                .endsWith("log_return_lag_5");
        List<String> withOptions = FeatureEngineer.defaults().columnNames(true);
        assertThat(withOptions).hasSize(42).contains("delta", "iv_rank_252", "iv_percentile_252", "put_call_volume_ratio");
        assertThat(FeatureEngineer.builder().bollinger(10, 1.5).build().columnNames(false)).contains("bb_upper_10_1.5");
    }

    @Test
    void warmUpLengthsAreTheDocumentedOnes() {
        FeatureMatrix m = FeatureEngineer.defaults().compute(AAPL);
        int[] expected = {9, 19, 49, 9, 19, 49, 14, 25, 33, 33, 19, 19, 19, 19, 19, 0, 14, 19, 19, 19, 5, 10, 20, 5, 20,
            1, 2, 3, 4, 5, 6};
        for (int c = 0; c < m.columnCount(); c++) {
            assertThat(m.firstDefinedRow(c)).as(m.columnNames().get(c)).isEqualTo(expected[c]);
        }
    }

    @Test
    void streamEqualsBatchForEveryFeatureOnRandomWindows() {
        BarSeries sp = BundledData.sp500();
        PropertyTesting.forAll(0x57EAL, 8, rnd -> {
            int len = rnd.nextInt(300, 900);
            int from = rnd.nextInt(0, sp.size() - len);
            return new int[] {from, len, rnd.nextInt(0, 1000)};
        }, w -> {
            BarSeries bars = sp.slice(w[0], w[0] + w[1]);
            OptionSeries options = TestData.options(bars, w[2], 0.1);
            FeatureEngineer engineer = FeatureEngineer.builder().ivRankPeriod(40).rate(0.01)
                    .lags(3, "log_return", "delta", "macd_hist_12_26_9").build();
            FeatureMatrix batch = engineer.compute(bars, options);
            FeatureStream stream = engineer.newStream(true);
            assertThat(stream.columnNames()).isEqualTo(batch.columnNames());
            int k = 0;
            double[] row = new double[batch.columnCount()];
            for (int i = 0; i < bars.size(); i++) {
                OptionObservation o = k < options.size() && options.get(k).date().equals(bars.date(i))
                        ? options.get(k++) : null;
                stream.update(bars.date(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i), o);
                stream.copyRow(row, 0, Double.NaN);
                for (int c = 0; c < batch.columnCount(); c++) {
                    String where = batch.columnNames().get(c) + " on " + bars.date(i);
                    assertThat(stream.isDefined(c)).as(where).isEqualTo(batch.isDefined(c, i));
                    if (batch.isDefined(c, i)) {
                        double b = batch.value(c, i);
                        assertThat(Math.abs(stream.value(c) - b)).as(where)
                                .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(b)));
                    }
                }
            }
        });
    }

    @Test
    void optionFeaturesUseCoreBlackScholesAndSolveMissingVols() {
        LocalDate d = AAPL.date(100);
        double spot = AAPL.close(100);
        double t = 30 / 365.0;
        double price = BlackScholesKernels.price(false, spot, 450, t, 0.02, 0.01, 0.3);
        OptionSeries options = OptionSeries.of(List.of(
                new OptionObservation(d, OptionRight.PUT, 450, d.plusDays(30), price, OptionalDouble.empty(), 0, 10),
                new OptionObservation(AAPL.date(101), OptionRight.PUT, 450, AAPL.date(101).plusDays(29), 0.0,
                        OptionalDouble.empty(), 100, 50)));
        FeatureMatrix m = FeatureEngineer.builder().rate(0.02).dividendYield(0.01).ivRankPeriod(2).build()
                .compute(AAPL, options);
        double[] g = new double[BlackScholesKernels.SLOT_SIZE];
        BlackScholesKernels.priceAndGreeks(false, spot, 450, t, 0.02, 0.01, 0.3, g, 0);
        assertThat(m.value("implied_vol", 100)).isCloseTo(0.3, within(1e-10));
        assertThat(m.value("delta", 100)).isCloseTo(g[BlackScholesKernels.DELTA], within(1e-9));
        assertThat(m.value("gamma", 100)).isCloseTo(g[BlackScholesKernels.GAMMA], within(1e-9));
        assertThat(m.value("vega", 100)).isCloseTo(g[BlackScholesKernels.VEGA], within(1e-7));
        assertThat(m.value("theta", 100)).isCloseTo(g[BlackScholesKernels.THETA], within(1e-7));
        assertThat(m.value("moneyness", 100)).isEqualTo(spot / 450);
        assertThat(m.value("log_moneyness", 100)).isEqualTo(Math.log(spot / 450));
        assertThat(m.value("time_to_expiry", 100)).isEqualTo(t);
        // Zero call volume: no ratio. A zero price is below intrinsic for an ITM put: no vol, no Greeks.
        assertThat(m.isDefined("put_call_volume_ratio", 100)).isFalse();
        assertThat(m.value("put_call_volume_ratio", 101)).isEqualTo(0.5);
        assertThat(m.isDefined("implied_vol", 101)).isFalse();
        assertThat(m.isDefined("delta", 101)).isFalse();
        assertThat(m.value("moneyness", 101)).isEqualTo(AAPL.close(101) / 450);
        assertThat(m.isDefined("delta", 99)).isFalse();
        assertThatThrownBy(() -> m.value("delta", 99)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delta is not defined on " + AAPL.date(99));
    }

    @Test
    void missingValuePolicies() {
        OptionSeries options = TestData.options(AAPL, 3, 0.2);
        FeatureEngineer.Builder b = FeatureEngineer.builder().ivRankPeriod(10);
        FeatureMatrix keep = b.build().compute(AAPL, options);
        assertThat(keep.rowCount()).isEqualTo(AAPL.size());
        assertThat(keep.isComplete()).isFalse();
        FeatureMatrix dropped = b.missingValues(MissingValuePolicy.DROP_ROWS).build().compute(AAPL, options);
        assertThat(dropped.isComplete()).isTrue();
        assertThat(dropped.rowCount()).isLessThan(AAPL.size() - 49);
        FeatureMatrix filled = b.missingValues(MissingValuePolicy.FORWARD_FILL).build().compute(AAPL, options);
        assertThat(filled.isComplete()).isTrue();
        int warm = 0;
        for (int c = 0; c < keep.columnCount(); c++) {
            warm = Math.max(warm, keep.firstDefinedRow(c));
        }
        assertThat(filled.rowCount()).isEqualTo(AAPL.size() - warm);
        assertThat(filled.date(0)).isEqualTo(AAPL.date(warm));
        // A gap is filled with the last earlier value, never a later one.
        int iv = keep.columnIndex("implied_vol");
        for (int r = warm; r < AAPL.size(); r++) {
            int last = r;
            while (!keep.isDefined(iv, last)) {
                last--;
            }
            assertThat(filled.value("implied_vol", r - warm)).isEqualTo(keep.value(iv, last));
        }
        assertThatThrownBy(() -> b.missingValues(MissingValuePolicy.FAIL).build().compute(AAPL, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after its warm-up");
        FeatureMatrix noGaps = FeatureEngineer.builder().missingValues(MissingValuePolicy.FAIL).build().compute(AAPL);
        assertThat(noGaps.rowCount()).isEqualTo(AAPL.size() - 49);
        assertThat(noGaps.column("sma_50")).hasSize(AAPL.size() - 49);
        assertThatThrownBy(() -> keep.column("sma_50")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badInputGetsClearErrors() {
        BarSeries empty = AAPL.slice(0, 0);
        assertThatThrownBy(() -> FeatureEngineer.defaults().compute(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> FeatureEngineer.defaults().compute(AAPL.slice(0, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("smaPeriods is longer than the series AAPL (30 bars), was 50");
        assertThatThrownBy(() -> FeatureEngineer.builder().rsiPeriod(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rsiPeriod must be at least 1, was 0");
        assertThatThrownBy(() -> FeatureEngineer.builder().smaPeriods(20, -1))
                .hasMessage("smaPeriods[1] must be at least 1, was -1");
        assertThatThrownBy(() -> FeatureEngineer.builder().macd(26, 12, 9)).hasMessageContaining("slow");
        assertThatThrownBy(() -> FeatureEngineer.builder().lags(2, "nope").build()).hasMessageContaining("lagColumns");
        assertThatThrownBy(() -> FeatureEngineer.defaults().compute(AAPL, TestData.options(BundledData.sp500().slice(0, 10), 1, 0)))
                .hasMessageContaining("options date");
        FeatureStream stream = FeatureEngineer.defaults().newStream(false);
        assertThatThrownBy(() -> stream.update(AAPL.date(0), 1, 2, 0.5, Double.NaN, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close");
        stream.update(AAPL.date(1), 1, 2, 0.5, 1.5, 10);
        assertThatThrownBy(() -> stream.update(AAPL.date(0), 1, 2, 0.5, 1.5, 10)).hasMessageContaining("date");
        assertThat(stream.count()).isEqualTo(1);
        assertThatThrownBy(() -> stream.value(0)).isInstanceOf(IllegalStateException.class);
    }
}
