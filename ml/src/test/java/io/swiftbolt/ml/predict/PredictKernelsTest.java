package io.swiftbolt.ml.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Metrics, conformal quantiles, early stopping, splits and baselines, checked by hand or by property. */
class PredictKernelsTest {

    @Test
    void metricsByHand() {
        ForecastMetrics m = ForecastMetrics.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4});
        assertThat(m.mse()).isEqualTo(0.5);
        assertThat(m.mae()).isEqualTo(0.5);
        assertThat(m.r2()).isEqualTo(1 - 2.0 / 5.0); // SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5
        assertThat(ForecastMetrics.of(new double[] {2, 2}, new double[] {2, 2}).r2()).isEqualTo(1.0);
        assertThatThrownBy(() -> ForecastMetrics.of(new double[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted");
    }

    @Test
    void conformalQuantileIsTheCeilNPlusOneLevelOrderStatistic() {
        double[] scores = {5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 12, 11, 13, 14, 15, 16, 17, 18, 19};
        // n = 19, level 0.9: ceil(20 * 0.9) = 18th smallest = 18
        assertThat(Conformal.quantile(scores, 0.9)).isEqualTo(18.0);
        assertThatThrownBy(() -> Conformal.quantile(new double[] {1, 2, 3}, 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few");
    }

    @RepeatedTest(20)
    void conformalCoverageOnExchangeableScores(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(1000 + info.getCurrentRepetition());
        double[] calibration = new double[400];
        for (int i = 0; i < calibration.length; i++) {
            calibration[i] = Math.abs(random.nextDouble() - 0.5);
        }
        double q = Conformal.quantile(calibration, 0.8);
        int covered = 0;
        for (int i = 0; i < 4000; i++) {
            covered += Math.abs(random.nextDouble() - 0.5) <= q ? 1 : 0;
        }
        assertThat(covered / 4000.0).as("seed %d", 1000 + info.getCurrentRepetition()).isCloseTo(0.8, within(0.05));
    }

    @Test
    void earlyStoppingCountsEpochsSinceTheBest() {
        EarlyStopping s = new EarlyStopping(3);
        assertThat(s.record(1.0)).isTrue();
        assertThat(s.record(0.5)).isTrue();
        assertThat(s.record(0.5)).isFalse(); // not a strict improvement
        assertThat(s.record(0.7)).isFalse();
        assertThat(s.shouldStop()).isFalse();
        assertThat(s.record(0.6)).isFalse();
        assertThat(s.shouldStop()).isTrue();
        assertThat(s.bestEpoch()).isEqualTo(1);
        assertThat(s.best()).isEqualTo(0.5);
    }

    @RepeatedTest(50)
    void splitsAreOrderedDisjointAndGapped(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
        int gap = random.nextInt(0, 40);
        int samples = random.nextInt(3 * gap + 10, 5000);
        double train = 0.5 + 0.3 * random.nextDouble();
        double validation = 0.05 + (0.95 - train) * 0.5 * random.nextDouble();
        ChronologicalSplit s;
        try {
            s = ChronologicalSplit.of(samples, train, validation, gap);
        } catch (IllegalArgumentException tooFew) {
            assertThat(tooFew).hasMessageContaining("provide more rows");
            return;
        }
        String input = "samples " + samples + " gap " + gap + " train " + train + " validation " + validation;
        assertThat(s.trainFrom()).as(input).isZero();
        assertThat(s.validationFrom() - s.trainTo()).as(input).isEqualTo(gap);
        assertThat(s.testFrom() - s.validationTo()).as(input).isEqualTo(gap);
        assertThat(s.testTo()).as(input).isEqualTo(samples);
        assertThat(s.trainSize()).as(input).isEqualTo((int) Math.floor(samples * train));
    }

    @Test
    void baselinesInTargetUnits() {
        Target returns = new Target("x", new int[] {1, 2, 3, 4}, new double[] {100, 110, 99, 121}, TargetKind.LOG_RETURN);
        Target prices = new Target("x", new int[] {1, 2, 3, 4}, new double[] {100, 110, 99, 121}, TargetKind.PRICE);
        double mu = returns.meanLogChange(0, 3);
        assertThat(mu).isCloseTo(Math.log(1.21) / 3, within(1e-15));
        assertThat(returns.value(1, 2)).isEqualTo(Math.log(121.0 / 110.0));
        assertThat(prices.value(1, 2)).isEqualTo(121.0);
        assertThat(returns.persistence(2)).isZero();
        assertThat(prices.persistence(2)).isEqualTo(99.0);
        assertThat(returns.drift(2, 5, mu)).isEqualTo(5 * mu);
        assertThat(prices.drift(2, 5, mu)).isEqualTo(99.0 * Math.exp(5 * mu));
        assertThatThrownBy(() -> new Target("x", new int[] {1, 2}, new double[] {1, -1}, TargetKind.LOG_RETURN))
                .hasMessageContaining("levels[1]");
    }
}
