// SwiftBolt ml features: leakage-free technical features of the bundled S&P 500, batch and
// streaming (the tour's step 2). Predictors are documented in docs/ml.md.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/ml-features.jsh   (the build runs it too)
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.*;
import io.swiftbolt.ml.features.scaling.StandardScaler;
import java.time.LocalDate;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
boolean near(double a, double b, double tol) { return Math.abs(a - b) <= tol; }

BarSeries sp = BundledData.sp500();
FeatureEngineer engineer = FeatureEngineer.defaults();
FeatureMatrix m = engineer.compute(sp);
FeatureMatrix complete = m.withPolicy(MissingValuePolicy.DROP_ROWS);
System.out.println(sp.size() + " bars -> " + m.columnCount() + " features, " + complete.rowCount() + " complete rows");
check(m.columnCount() == 31, "31 default features");
check(complete.rowCount() == 5056, "5,056 rows after the longest warm-up (sma_50: 49 rows)");
int last = m.rowCount() - 1;
int rsi = m.columnIndex("rsi_14");
System.out.printf("on %s: rsi_14 %.6f, realized_vol_20 %.6f, momentum_20 %.6f%n", m.date(last), m.value(rsi, last),
        m.value(m.columnIndex("realized_vol_20"), last), m.value(m.columnIndex("momentum_20"), last));
check(near(m.value(rsi, last), 57.362696, 5e-7), "RSI(14) on 2020-04-17: 57.362696 (R's TTR agrees to 1e-9)");
check(m.firstDefinedRow(rsi) == 14, "RSI(14) first defined on row 14: nothing invented in the warm-up");
// sma_20 is the mean of the last 20 closes.
double sum = 0;
for (int i = last - 19; i <= last; i++) sum += sp.close(i);
check(near(m.value(m.columnIndex("sma_20"), last), sum / 20, 1e-9), "sma_20 by hand");

// Streaming: O(1) per bar, the same numbers as the batch computation.
FeatureStream stream = engineer.newStream(false);
for (int i = 0; i < sp.size(); i++) {
    stream.update(sp.date(i), sp.open(i), sp.high(i), sp.low(i), sp.close(i), sp.volume(i));
}
for (int c = 0; c < m.columnCount(); c++) {
    check(near(stream.value(c), m.value(c, last), 1e-9 * Math.max(1, Math.abs(m.value(c, last)))),
            "streaming = batch for " + m.columnNames().get(c));
}

// Scaling fitted on 2000-2014 only, then applied to later rows: no look-ahead.
StandardScaler scaler = StandardScaler.fit(complete, LocalDate.of(2000, 1, 1), LocalDate.of(2014, 12, 31));
FeatureMatrix z = scaler.transform(complete);
System.out.printf("realized_vol_20 z-score on the last day: %.3f%n", z.value("realized_vol_20", z.rowCount() - 1));
check(z.value("realized_vol_20", z.rowCount() - 1) > 3, "April 2020's volatility: more than 3 sd above 2000-2014");
/exit
