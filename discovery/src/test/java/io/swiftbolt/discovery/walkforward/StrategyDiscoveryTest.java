package io.swiftbolt.discovery.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.discovery.backtest.Backtester;
import io.swiftbolt.discovery.backtest.PriceBars;
import io.swiftbolt.discovery.backtest.ZScoreRsiFamily;
import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.ga.GeneticOptimizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrategyDiscoveryTest {

    private static final BarSeries BARS = Generators.gbmBars(Generators.random(99), "GBM", 900,
            LocalDate.of(2010, 1, 4), 100, 0.08, 0.2);

    private static StrategyDiscovery discovery(int folds) {
        GeneticOptimizer small = GeneticOptimizer.builder().dna(StrategyDNA.defaults().withBounds("lookback_period", 5, 60))
                .populationSize(16).generations(8).seed(11).build();
        return StrategyDiscovery.builder().optimizer(small).walkForward(folds).build();
    }

    @Test
    void walkForwardScoresEachFoldOnTheNextUnseenWindow() {
        DiscoveryReport r = discovery(3).discover(BARS);
        assertThat(r.folds()).hasSize(3);
        // 900 bars in 4 windows of 225: fold i trains on window i and tests on window i + 1.
        for (FoldResult f : r.folds()) {
            int i = f.fold();
            assertThat(f.trainStart()).isEqualTo(BARS.date(225 * (i - 1)));
            assertThat(f.trainEnd()).isEqualTo(BARS.date(225 * i - 1));
            assertThat(f.test().orElseThrow().start()).isEqualTo(BARS.date(225 * i));
            assertThat(f.test().orElseThrow().end()).isEqualTo(BARS.date(225 * (i + 1) - 1));
            assertThat(f.inSample().bars()).isEqualTo(225);
            assertThat(f.outOfSample().orElseThrow().bars()).isEqualTo(225);
            assertThat(f.history()).hasSize(8);
            assertThat(f.trials()).isPositive();
            // The out-of-sample score is the best parameters' backtest of the test window alone.
            PriceBars test = PriceBars.of(BARS).slice(225 * i, 225 * (i + 1));
            assertThat(f.outOfSample().orElseThrow())
                    .isEqualTo(Backtester.defaults().run(test, ZScoreRsiFamily.instance(), f.best()).metrics());
        }
        // Stitched: three windows of 224 returns each.
        assertThat(r.inSample().bars()).isEqualTo(3 * 224 + 1);
        assertThat(r.outOfSample().orElseThrow().bars()).isEqualTo(3 * 224 + 1);
        if (r.inSample().annualizedReturn() > 0) {
            assertThat(r.walkForwardEfficiency().orElseThrow()).isCloseTo(
                    r.outOfSample().orElseThrow().annualizedReturn() / r.inSample().annualizedReturn(), within(1e-15));
        } else {
            assertThat(r.walkForwardEfficiency()).isEmpty();
        }
        assertThat(r.recommended()).isEqualTo(r.folds().get(2).best());
        assertThat(r.totalTrials()).isEqualTo(r.folds().stream().mapToLong(FoldResult::trials).sum());
    }

    @Test
    void theParetoFrontIsSearchedOnTheLastTrainingWindowAndScoredOnTheUnseenOne() {
        ParetoReport r = discovery(3).paretoFront(BARS);
        // 900 bars in 4 windows of 225: train on window 3, test on window 4.
        assertThat(r.train().start()).isEqualTo(BARS.date(450));
        assertThat(r.train().end()).isEqualTo(BARS.date(674));
        assertThat(r.test().orElseThrow().start()).isEqualTo(BARS.date(675));
        assertThat(r.test().orElseThrow().end()).isEqualTo(BARS.date(899));
        PriceBars train = PriceBars.of(BARS).slice(450, 675);
        PriceBars test = PriceBars.of(BARS).slice(675, 900);
        Backtester bt = Backtester.defaults();
        for (ParetoReport.Member m : r.members()) {
            assertThat(m.inSample()).isEqualTo(bt.run(train, ZScoreRsiFamily.instance(), m.parameters()).metrics());
            assertThat(m.outOfSample().orElseThrow())
                    .isEqualTo(bt.run(test, ZScoreRsiFamily.instance(), m.parameters()).metrics());
        }
        assertThat(r.front().generations()).isEqualTo(8);
        assertThat(r.members()).hasSize(r.front().size());
        assertThat(discovery(3).paretoFront(BARS)).isEqualTo(r);
        ParetoReport whole = discovery(0).paretoFront(BARS);
        assertThat(whole.test()).isEmpty();
        assertThat(whole.members().get(0).inSample().bars()).isEqualTo(900);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        assertThat(discovery(2).discover(BARS)).isEqualTo(discovery(2).discover(BARS));
    }

    @Test
    void withoutWalkForwardThereIsNoOutOfSample() {
        DiscoveryReport r = discovery(0).discover(BARS);
        assertThat(r.folds()).hasSize(1);
        assertThat(r.folds().get(0).test()).isEmpty();
        assertThat(r.outOfSample()).isEmpty();
        assertThat(r.walkForwardEfficiency()).isEmpty();
        assertThat(r.inSample().bars()).isEqualTo(900);
        r.folds().get(0).deflatedSharpe().ifPresent(d -> {
            assertThat(d.trials()).isEqualTo(r.folds().get(0).trials());
            assertThat(d.probability()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void aSeriesShorterThanTheLookbackIsAClearError() {
        BarSeries shortSeries = BARS.slice(0, 150);
        assertThatThrownBy(() -> StrategyDiscovery.builder().build().discover(shortSeries))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series GBM of 150 bars, shorter than the 202 bars ZScoreRsiFamily needs for the genome's "
                        + "largest look-back");
        assertThatThrownBy(() -> discovery(10).discover(BARS.slice(0, 500)))
                .hasMessageContaining("cut into 11 walk-forward windows gives windows of 45 bars")
                .hasMessageContaining("use fewer folds");
        assertThatThrownBy(() -> StrategyDiscovery.builder().walkForward(-1)).hasMessageContaining("walkForward");
    }
}
