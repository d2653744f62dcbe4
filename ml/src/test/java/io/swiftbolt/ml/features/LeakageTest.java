package io.swiftbolt.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.testing.PropertyTesting;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The leakage test: perturb every bar (and option observation) after date t and check that no
 * feature at or before t changes, bit for bit, defined or not, for every column and every
 * missing-value policy. Seeded random cut dates and perturbations over real data.
 */
class LeakageTest {

    private static final BarSeries BARS = BundledData.sp500().slice(3000, 3700);

    /** A cut row and a seed for the perturbation. */
    record Cut(int t, long seed, MissingValuePolicy policy) {
    }

    @Test
    void noFeatureAtOrBeforeTChangesWhenLaterRowsChange() {
        OptionSeries options = TestData.options(BARS, 11, 0.05);
        FeatureEngineer base = FeatureEngineer.builder().ivRankPeriod(60)
                .lags(5, "log_return", "rsi_14", "implied_vol", "put_call_volume_ratio").build();
        PropertyTesting.forAll(0x1EA7L, 12,
                rnd -> new Cut(rnd.nextInt(0, BARS.size() - 1), rnd.nextLong(),
                        MissingValuePolicy.values()[rnd.nextInt(0, 3)]),
                cut -> {
                    FeatureEngineer engineer = FeatureEngineer.builder().ivRankPeriod(60)
                            .lags(5, "log_return", "rsi_14", "implied_vol", "put_call_volume_ratio")
                            .missingValues(cut.policy()).build();
                    FeatureMatrix original = engineer.compute(BARS, options);
                    FeatureMatrix perturbed = engineer.compute(TestData.perturb(BARS, cut.t(), cut.seed()),
                            perturbOptions(options, BARS.date(cut.t()), cut.seed()));
                    assertThat(original.columnCount()).isEqualTo(base.columnNames(true).size());
                    assertSameUpTo(original, perturbed, BARS.epochDay(cut.t()));
                });
    }

    /** Every row dated at or before {@code lastDay}: same dates, same definedness, same bits. */
    static void assertSameUpTo(FeatureMatrix a, FeatureMatrix b, int lastDay) {
        int rows = 0;
        while (rows < a.rowCount() && a.epochDay(rows) <= lastDay) {
            rows++;
        }
        assertThat(b.rowCount()).isGreaterThanOrEqualTo(rows);
        for (int r = 0; r < rows; r++) {
            assertThat(b.epochDay(r)).isEqualTo(a.epochDay(r));
            for (int c = 0; c < a.columnCount(); c++) {
                String where = a.columnNames().get(c) + " on " + a.date(r);
                assertThat(b.isDefined(c, r)).as(where).isEqualTo(a.isDefined(c, r));
                if (a.isDefined(c, r)) {
                    assertThat(Double.doubleToRawLongBits(b.value(c, r))).as(where)
                            .isEqualTo(Double.doubleToRawLongBits(a.value(c, r)));
                }
            }
        }
    }

    /** The options, with every observation after {@code cut} changed (IV, volumes, strike). */
    static OptionSeries perturbOptions(OptionSeries s, java.time.LocalDate cut, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        List<OptionObservation> list = new ArrayList<>();
        for (OptionObservation o : s.observations()) {
            if (o.date().isAfter(cut)) {
                list.add(new OptionObservation(o.date(), o.right(), o.strike() * rnd.nextDouble(0.8, 1.2),
                        o.expiry(), o.price(), OptionalDouble.of(rnd.nextDouble(0.05, 1.0)),
                        rnd.nextDouble(0, 1e5), rnd.nextDouble(0, 1e5)));
            } else {
                list.add(o);
            }
        }
        return OptionSeries.of(list);
    }
}
