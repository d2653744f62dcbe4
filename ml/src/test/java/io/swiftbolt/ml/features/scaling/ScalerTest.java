package io.swiftbolt.ml.features.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.MissingValuePolicy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Scalers fit on the training rows only, apply to later rows, and round-trip through text. */
class ScalerTest {

    private static final BarSeries SP = BundledData.sp500().slice(0, 1500);
    private static final FeatureMatrix M = FeatureEngineer.defaults().compute(SP);
    private static final int TRAIN_END = 1000;

    @Test
    void standardScalerUsesTrainingRowsOnly() {
        StandardScaler scaler = StandardScaler.fit(M, 0, TRAIN_END);
        int c = M.columnIndex("rsi_14");
        double sum = 0;
        int n = 0;
        for (int r = 0; r < TRAIN_END; r++) {
            if (M.isDefined(c, r)) {
                sum += M.value(c, r);
                n++;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int r = 0; r < TRAIN_END; r++) {
            if (M.isDefined(c, r)) {
                ss += (M.value(c, r) - mean) * (M.value(c, r) - mean);
            }
        }
        assertThat(scaler.offset(c)).isCloseTo(mean, within(1e-9));
        assertThat(scaler.scale(c)).isCloseTo(Math.sqrt(ss / n), within(1e-9));
        // Test rows changed beyond recognition: the fitted parameters do not move.
        FeatureMatrix otherFuture = FeatureEngineer.defaults().compute(
                io.swiftbolt.ml.features.TestData.perturb(SP, TRAIN_END + 60, 7));
        assertThat(StandardScaler.fit(otherFuture, 0, TRAIN_END)).isEqualTo(scaler);
        FeatureMatrix scaled = scaler.transform(M);
        assertThat(scaled.value(c, 1200)).isEqualTo((M.value(c, 1200) - scaler.offset(c)) / scaler.scale(c));
        assertThat(scaled.isDefined(c, 5)).isFalse();
        double trainMean = 0;
        for (int r = 14; r < TRAIN_END; r++) {
            trainMean += scaled.value(c, r);
        }
        assertThat(trainMean / (TRAIN_END - 14)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void minMaxScalerMapsTrainingRangeToUnitInterval() {
        FeatureMatrix complete = M.withPolicy(MissingValuePolicy.DROP_ROWS);
        MinMaxScaler scaler = MinMaxScaler.fit(complete, LocalDate.of(2000, 1, 1), LocalDate.of(2002, 12, 31));
        int train = complete.rowAtOrAfter(LocalDate.of(2003, 1, 1));
        FeatureMatrix scaled = scaler.transform(complete);
        for (int c = 0; c < scaled.columnCount(); c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < train; r++) {
                min = Math.min(min, scaled.value(c, r));
                max = Math.max(max, scaled.value(c, r));
            }
            assertThat(min).as(scaled.columnNames().get(c)).isCloseTo(0.0, within(1e-12));
            assertThat(max).as(scaled.columnNames().get(c)).isCloseTo(1.0, within(1e-12));
        }
        // Later rows are not clipped: the 2003-2005 rally takes the SMA above its training max.
        boolean outside = false;
        int sma = scaled.columnIndex("sma_50");
        for (int r = train; r < scaled.rowCount(); r++) {
            outside |= scaled.value(sma, r) > 1.0 || scaled.value(sma, r) < 0.0;
        }
        assertThat(outside).isTrue();
    }

    @Test
    void parametersRoundTripExactlyThroughText() {
        FeatureScaler standard = StandardScaler.fit(M, 0, TRAIN_END);
        FeatureScaler minMax = MinMaxScaler.fit(M, 0, TRAIN_END);
        assertThat(FeatureScalers.parse(standard.toCsv())).isEqualTo(standard);
        assertThat(FeatureScalers.parse(minMax.toCsv())).isEqualTo(minMax);
        assertThat(standard.toCsv()).startsWith("scaler,standard\ncolumn,offset,scale\nsma_10,");
        assertThat(FeatureScalers.parse(standard.toCsv()).transform(M).value(0, 1400))
                .isEqualTo(standard.transform(M).value(0, 1400));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> StandardScaler.fit(M, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training rows");
        assertThatThrownBy(() -> StandardScaler.fit(M, 0, 20)).hasMessageContaining("sma_50");
        assertThatThrownBy(() -> FeatureScalers.parse("scaler,fancy\ncolumn,offset,scale\nx,1,2\n"))
                .hasMessageContaining("fancy");
        assertThatThrownBy(() -> FeatureScalers.parse("scaler,standard\ncolumn,offset,scale\nx,1,abc\n"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> FeatureScalers.parse("")).hasMessageContaining("csv");
        assertThatThrownBy(() -> new StandardScaler(java.util.List.of("x"), new double[] {0}, new double[] {0}))
                .hasMessageContaining("scales[0]");
    }
}
