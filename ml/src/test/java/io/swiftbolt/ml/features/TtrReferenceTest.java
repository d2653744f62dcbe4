package io.swiftbolt.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every technical feature against R's TTR 0.24.3 (R 4.2.2, Debian r-cran-ttr) on the bundled real
 * data; vectors made by src/test/resources/reference/generate_ttr_vectors.R, which records the
 * versions in each file's first line. Undefined (warm-up) cells must coincide with TTR's NAs.
 * Tolerance 1e-9 absolute; for the volume-scaled columns (shares, ~1e7 to 1e9) 1e-9 relative.
 */
class TtrReferenceTest {

    private static final Set<String> VOLUME_SCALED = Set.of("volume_sma_20", "volume_ema_20", "volume_momentum_5");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttr_aapl_2013.csv, aapl-2013", "ttr_sp500_tail.csv, sp500"})
    void everyTechnicalFeatureMatchesTtr(String file, String dataSet) {
        BarSeries bars = BundledData.load(dataSet);
        FeatureMatrix m = FeatureEngineer.defaults().compute(bars);
        Map<String, double[]> ref = TestData.readReference(file);
        double[] days = ref.get("date");
        int firstRow = bars.indexOf(LocalDate.ofEpochDay((long) days[0]));
        assertThat(firstRow).isNotNegative();
        Map<String, Double> maxDiff = new TreeMap<>();
        int compared = 0;
        for (Map.Entry<String, double[]> e : ref.entrySet()) {
            String name = e.getKey();
            if (name.equals("date")) {
                continue;
            }
            int c = m.columnIndex(name);
            double[] expected = e.getValue();
            double worst = 0;
            for (int r = 0; r < expected.length; r++) {
                int row = firstRow + r;
                assertThat(m.epochDay(row)).isEqualTo((int) days[r]);
                boolean defined = !Double.isNaN(expected[r]);
                assertThat(m.isDefined(c, row)).as("%s defined on %s", name, m.date(row)).isEqualTo(defined);
                if (defined) {
                    double diff = Math.abs(m.value(c, row) - expected[r]);
                    double scale = VOLUME_SCALED.contains(name) ? Math.max(1, Math.abs(expected[r])) : 1;
                    assertThat(diff / scale).as("%s on %s", name, m.date(row)).isLessThanOrEqualTo(1e-9);
                    worst = Math.max(worst, diff / scale);
                    compared++;
                }
            }
            maxDiff.put(name, worst);
        }
        System.out.println("max |diff| vs TTR, " + file + " (" + compared + " values): " + maxDiff);
        assertThat(maxDiff).hasSize(26);
    }
}
