package io.swiftbolt.discovery.ga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.GeneSpec;
import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    private static final StrategyDNA AB = StrategyDNA.of(GeneSpec.real("a", 0, 1), GeneSpec.real("b", 0, 1));

    /**
     * A landscape with a known front: Sharpe {@code 3a - b}, drawdown {@code 0.1 + 0.8 a^2 + 0.1 b}.
     * Any {@code b > 0} is dominated by the same {@code a} with {@code b = 0}; along {@code b = 0}
     * Sharpe and drawdown both rise with {@code a}, so the front is {@code b = 0, a in [0, 1]}:
     * drawdown {@code 0.1 + 0.8 (sharpe / 3)^2} for Sharpe in {@code [0, 3]}.
     */
    static BacktestMetrics landscape(StrategyParameters p) {
        double a = p.value("a");
        double b = p.value("b");
        return metrics(3 * a - b, 0.1 + 0.8 * a * a + 0.1 * b);
    }

    static BacktestMetrics metrics(double sharpe, double maxDrawdown) {
        return new BacktestMetrics(252, 252, sharpe, 0.1, 0.1, 0.2, maxDrawdown, 0.5, 10);
    }

    @Test
    void findsTheKnownFrontAndSpreadsAlongIt() {
        ParetoFront front = GeneticOptimizer.builder().dna(AB).seed(11).build().paretoFront(ParetoFrontTest::landscape);
        assertThat(front.size()).isGreaterThanOrEqualTo(20);
        double minA = 1;
        double maxA = 0;
        for (ParetoPoint p : front.points()) {
            double a = p.parameters().value("a");
            double onFront = 0.1 + 0.8 * Math.pow(p.sharpe() / 3, 2);
            // Distance to the true front, in drawdown at equal Sharpe: b > 0 costs 0.1 b + 0.8 (2 a b / 3 + ...)
            assertThat(p.maxDrawdown() - onFront).as("gap of %s", p).isBetween(-1e-12, 0.03);
            assertThat(p.parameters().value("b")).as("b of %s", p).isLessThan(0.05);
            minA = Math.min(minA, a);
            maxA = Math.max(maxA, a);
        }
        assertThat(minA).isLessThan(0.05);
        assertThat(maxA).isGreaterThan(0.95);
        assertThat(front.generations()).isEqualTo(100);
        assertThat(front.evaluations()).isGreaterThan(1000);
    }

    @Test
    void noPointDominatesAnotherAndTheyAreSortedBySharpe() {
        ParetoFront front = GeneticOptimizer.builder().dna(AB).populationSize(30).generations(30).seed(2).build()
                .paretoFront(ParetoFrontTest::landscape);
        List<ParetoPoint> points = front.points();
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                assertThat(points.get(i).sharpe()).isLessThanOrEqualTo(points.get(i - 1).sharpe());
            }
            for (ParetoPoint other : points) {
                assertThat(points.get(i).dominates(other)).isFalse();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFront() {
        GeneticOptimizer ga = GeneticOptimizer.builder().dna(AB).populationSize(20).generations(20).seed(99).build();
        ParetoFront first = ga.paretoFront(ParetoFrontTest::landscape);
        assertThat(ga.paretoFront(ParetoFrontTest::landscape)).isEqualTo(first);
        assertThat(ga.toBuilder().seed(100).build().paretoFront(ParetoFrontTest::landscape).points())
                .isNotEqualTo(first.points());
    }

    @Test
    void dominanceIsStrict() {
        ParetoPoint base = new ParetoPoint(AB.parameters(0.5, 0.5), metrics(1.0, 0.2));
        ParetoPoint same = new ParetoPoint(AB.parameters(0.4, 0.5), metrics(1.0, 0.2));
        ParetoPoint better = new ParetoPoint(AB.parameters(0.3, 0.5), metrics(1.0, 0.1));
        ParetoPoint tradeOff = new ParetoPoint(AB.parameters(0.2, 0.5), metrics(1.5, 0.3));
        assertThat(base.dominates(same)).isFalse();
        assertThat(better.dominates(base)).isTrue();
        assertThat(base.dominates(better)).isFalse();
        assertThat(tradeOff.dominates(base)).isFalse();
        assertThat(base.dominates(tradeOff)).isFalse();
    }

    @Test
    void aFrontWithADominatedPointIsRejected() {
        ParetoPoint good = new ParetoPoint(AB.parameters(0.5, 0.5), metrics(1.0, 0.1));
        ParetoPoint bad = new ParetoPoint(AB.parameters(0.4, 0.5), metrics(0.5, 0.2));
        assertThatThrownBy(() -> new ParetoFront(List.of(good, bad), 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dominated");
    }

    @Test
    void aNullObjectiveOrNullMetricsIsAClearError() {
        GeneticOptimizer ga = GeneticOptimizer.builder().dna(AB).populationSize(4).elites(0).generations(2).build();
        assertThatThrownBy(() -> ga.paretoFront(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objective");
        assertThatThrownBy(() -> ga.paretoFront(p -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null metrics");
    }
}
