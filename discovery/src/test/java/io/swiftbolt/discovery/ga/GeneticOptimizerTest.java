package io.swiftbolt.discovery.ga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.discovery.dna.GeneSpec;
import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class GeneticOptimizerTest {

    /** A known optimum inside the default bounds. */
    private static final double[] OPTIMUM = {137, 0.75, -1.25, 0.05, 0.30, 0.12, 35, 0.4};

    /**
     * A smooth landscape with its single maximum 0 at {@link #OPTIMUM}: minus the sum of squared
     * distances, each gene's measured in units of its range.
     */
    private static double landscape(StrategyParameters p) {
        double sum = 0;
        for (int i = 0; i < OPTIMUM.length; i++) {
            GeneSpec g = p.dna().gene(i);
            double d = (p.value(i) - OPTIMUM[i]) / (g.max() - g.min());
            sum += d * d;
        }
        return -sum;
    }

    /**
     * Within 5 % of every range in all 8 genes at once: a uniform random guess does that with
     * probability 0.1^8, the 5,000 or so trials of a 50 x 100 run would need luck of 1e-4.
     */
    @Test
    void findsTheKnownOptimumOfASyntheticLandscape() {
        OptimizationResult r = GeneticOptimizer.builder().seed(7).build().optimize(GeneticOptimizerTest::landscape);
        StrategyParameters best = r.best();
        for (int i = 0; i < OPTIMUM.length; i++) {
            GeneSpec g = best.dna().gene(i);
            assertThat(best.value(i)).as(g.name()).isCloseTo(OPTIMUM[i], within(0.05 * (g.max() - g.min())));
        }
        assertThat(r.bestFitness()).isGreaterThan(-0.01); // a random guess scores about -8 / 6 = -1.3
        assertThat(r.generations()).isEqualTo(100);
        assertThat(r.history().get(99).bestFitness()).isEqualTo(r.bestFitness());
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherRun() {
        GeneticOptimizer a = GeneticOptimizer.builder().populationSize(20).generations(15).seed(123).build();
        OptimizationResult first = a.optimize(GeneticOptimizerTest::landscape);
        OptimizationResult second = a.optimize(GeneticOptimizerTest::landscape);
        assertThat(second).isEqualTo(first);
        OptimizationResult other = a.toBuilder().seed(124).build().optimize(GeneticOptimizerTest::landscape);
        assertThat(other.history()).isNotEqualTo(first.history());
    }

    @Test
    void aConcurrentExecutorGivesTheSerialResult() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            GeneticOptimizer serial = GeneticOptimizer.builder().populationSize(20).generations(10).seed(5).build();
            OptimizationResult expected = serial.optimize(GeneticOptimizerTest::landscape);
            assertThat(serial.toBuilder().executor(pool).build().optimize(GeneticOptimizerTest::landscape))
                    .isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void elitismNeverLosesTheBestAndTheMeanIsBelowIt() {
        OptimizationResult r = GeneticOptimizer.builder().populationSize(12).generations(40).seed(3).build()
                .optimize(GeneticOptimizerTest::landscape);
        for (int i = 0; i < r.history().size(); i++) {
            GenerationStats s = r.history().get(i);
            assertThat(s.generation()).isEqualTo(i + 1);
            assertThat(s.meanFitness()).isLessThanOrEqualTo(s.bestFitness());
            if (i > 0) {
                assertThat(s.bestFitness()).isGreaterThanOrEqualTo(r.history().get(i - 1).bestFitness());
            }
        }
        // Jenetics evaluates only new individuals: at most the initial population plus the offspring.
        assertThat(r.evaluations()).isBetween(12L, 12L + 39L * 7);
    }

    @Test
    void steadyFitnessStopsEarly() {
        // A flat landscape never improves: the run stops once 5 generations passed without improvement.
        OptimizationResult r = GeneticOptimizer.builder().populationSize(10).generations(100).steadyFitness(5)
                .build().optimize(p -> 1.0);
        assertThat(r.generations()).isLessThan(100);
    }

    @Test
    void searchesACustomGenome() {
        StrategyDNA dna = StrategyDNA.of(GeneSpec.integer("n", -10, 10), GeneSpec.real("x", 0, 1));
        OptimizationResult r = GeneticOptimizer.builder().dna(dna).populationSize(20).generations(40).seed(1).build()
                .optimize(p -> -Math.abs(p.value("n") - 4) - Math.abs(p.value("x") - 0.25));
        assertThat(r.best().value("n")).isEqualTo(4);
        assertThat(r.best().value("x")).isCloseTo(0.25, within(0.02));
    }

    @Test
    void badSettingsAndObjectivesAreRejected() {
        assertThatThrownBy(() -> GeneticOptimizer.builder().populationSize(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("populationSize must be at least 2, was 1");
        assertThatThrownBy(() -> GeneticOptimizer.builder().populationSize(5).elites(5).build())
                .hasMessageContaining("elites must be below populationSize 5");
        assertThatThrownBy(() -> GeneticOptimizer.builder().populationSize(4).elites(1).tournamentSize(5).build())
                .hasMessageContaining("tournamentSize must be at most populationSize 4");
        assertThatThrownBy(() -> GeneticOptimizer.builder().crossoverRate(1.5)).hasMessageContaining("crossoverRate");
        assertThatThrownBy(() -> GeneticOptimizer.builder().mutationRate(-0.1)).hasMessageContaining("mutationRate");
        assertThatThrownBy(() -> GeneticOptimizer.builder().generations(0)).hasMessageContaining("generations");
        assertThatThrownBy(() -> GeneticOptimizer.builder().populationSize(4).elites(1).generations(2).build()
                .optimize(p -> Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objective must be finite, was NaN for {lookback_period=");
    }
}
