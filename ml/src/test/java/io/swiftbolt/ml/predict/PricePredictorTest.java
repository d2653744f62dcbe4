package io.swiftbolt.ml.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.ml.features.FeatureMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save / load, the feature spec check, and input validation at predict time. */
class PricePredictorTest {

    private static Synthetic data;
    private static TrainingResult result;

    @BeforeAll
    static void train() {
        data = Synthetic.of(600, 0.02, 0.01, 21);
        result = ModelTrainer.builder().sequenceLength(5).horizons(1, 2).maxEpochs(2).monteCarloPasses(20).seed(3)
                .build().train(data.features(), data.target());
    }

    @Test
    void saveThenLoadReproducesPredictionsAndIntervalsExactly(@TempDir Path dir) throws Exception {
        PricePredictor model = result.predictor();
        model.save(dir);
        assertThat(Files.readString(dir.resolve("scaler.csv"))).startsWith("scaler,standard");
        PricePredictor loaded = PricePredictors.load(dir, List.of("signal", "noise"));
        assertThat(loaded.spec()).isEqualTo(model.spec());
        int[] rows = {4, 100, 599};
        assertThat(loaded.predict(data.features(), rows)).isDeepEqualTo(model.predict(data.features(), rows));
        IntervalForecast a = model.predictWithInterval(data.features(), rows);
        IntervalForecast b = loaded.predictWithInterval(data.features(), rows);
        assertThat(b.lower()).isDeepEqualTo(a.lower());
        assertThat(b.upper()).isDeepEqualTo(a.upper());
        assertThat(b.mean()).isDeepEqualTo(a.mean());
        // the test forecasts of training are the saved model's forecasts
        assertThat(loaded.predict(data.features(), result.testRows())[0][0]).isEqualTo(result.predicted(0)[0]);
    }

    @Test
    void monteCarloPassesWithoutDropoutEqualTheDeterministicForecast() {
        for (Architecture architecture : Architecture.values()) {
            PricePredictor noDropout = ModelTrainer.builder().architecture(architecture).sequenceLength(5).horizons(1, 2)
                    .maxEpochs(1).dropout(0.0).monteCarloPasses(7).seed(3).build()
                    .train(data.features(), data.target()).predictor();
            IntervalForecast f = noDropout.predictWithInterval(data.features(), new int[] {50, 51, 599});
            double[][] point = f.point();
            double[][] mean = f.mean();
            for (int r = 0; r < 3; r++) {
                for (int h = 0; h < 2; h++) {
                    // the MC graph shares the first layers across passes; the values are the same
                    assertThat(mean[r][h]).as("%s row %d h %d", architecture, r, h).isCloseTo(point[r][h],
                            org.assertj.core.api.Assertions.within(1e-6 * (1 + Math.abs(point[r][h]))));
                }
            }
        }
    }

    @Test
    void loadingAgainstAnotherFeatureSpecFailsClearly(@TempDir Path dir) {
        result.predictor().save(dir);
        assertThatThrownBy(() -> PricePredictors.load(dir, List.of("signal", "volume")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must match the model's feature spec")
                .hasMessageContaining("missing [noise], unexpected [volume]");
        assertThatThrownBy(() -> PricePredictors.load(dir, List.of("noise", "signal")))
                .hasMessageContaining("same columns in another order");
        assertThatThrownBy(() -> PricePredictors.load(dir.resolve("nothing"), List.of("signal", "noise")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must hold a saved model");
    }

    @Test
    void oneWindowForecastMatchesTheMatrixForecastAndBadWindowsAreRejected() {
        PricePredictor model = result.predictor();
        double[][] window = new double[5][2];
        for (int t = 0; t < 5; t++) {
            window[t][0] = data.features().value(0, 96 + t);
            window[t][1] = data.features().value(1, 96 + t);
        }
        assertThat(model.predict(window)).containsExactly(model.predict(data.features(), new int[] {100})[0]);
        assertThatThrownBy(() -> model.predict(new double[5][3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be the model's feature count 2");
        assertThatThrownBy(() -> model.predict(new double[4][2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequenceLength");
        window[2][1] = Double.NaN;
        assertThatThrownBy(() -> model.predict(window)).hasMessageContaining("window[2][1] (noise)");
        assertThatThrownBy(() -> model.predict(data.features(), new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endRows");
        FeatureMatrix other = FeatureMatrix.of(List.of("signal"), new int[] {1, 2, 3, 4, 5},
                new double[][] {{1, 2, 3, 4, 5}});
        assertThatThrownBy(() -> model.predict(other, new int[] {4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise");
    }
}
