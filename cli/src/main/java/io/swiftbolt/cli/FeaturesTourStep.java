package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.MissingValuePolicy;
import io.swiftbolt.ml.features.scaling.StandardScaler;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The tour's feature-engineering step: the default features of the bundled (real) S&amp;P 500,
 * their warm-up lengths, the last day's values, and a standard scaler fitted on 2000-2014 only.
 */
final class FeaturesTourStep implements TourCommand.Step {

    private static final List<String> SHOWN = List.of("sma_20", "ema_20", "rsi_14", "macd_12_26_9",
            "macd_signal_12_26_9", "bb_upper_20_2", "bb_lower_20_2", "bb_percent_b_20_2", "atr_14", "momentum_20",
            "realized_vol_20", "volume_ratio_20", "log_return_lag_1");

    @Override
    public String title() {
        return "ML features of the S&P 500 (real data): leakage-free, batch = streaming";
    }

    @Override
    public void run(PrintWriter out) {
        BarSeries sp = BundledData.sp500();
        FeatureMatrix m = FeatureEngineer.defaults().compute(sp);
        FeatureMatrix complete = m.withPolicy(MissingValuePolicy.DROP_ROWS);
        out.printf("%d bars -> %d features; %d complete rows after the longest warm-up (sma_50/ema_50: 49 rows)%n",
                sp.size(), m.columnCount(), complete.rowCount());
        int last = m.rowCount() - 1;
        StandardScaler scaler = StandardScaler.fit(complete, LocalDate.of(2000, 1, 1), LocalDate.of(2014, 12, 31));
        FeatureMatrix scaled = scaler.transform(complete);
        int scaledLast = scaled.rowCount() - 1;
        out.printf("%-22s %14s %14s %6s%n", "feature on " + m.date(last), "value", "z (fit 2000-14)", "warm-up");
        for (String name : SHOWN) {
            int c = m.columnIndex(name);
            out.printf("%-22s %14.6f %14.3f %6d%n", name, m.value(c, last), scaled.value(name, scaledLast),
                    m.firstDefinedRow(c));
        }
    }
}
