package io.swiftbolt.discovery.fitness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.discovery.backtest.BacktestMetrics;
import org.junit.jupiter.api.Test;

class WeightedFitnessTest {

    private static final BacktestMetrics M = new BacktestMetrics(500, 252, 1.2, 0.10, 0.05, 0.15, 0.15, 0.6, 8);

    @Test
    void defaultIsHalfSharpePlusThreeTenthsReturnMinusTwoTenthsDrawdown() {
        // 0.5 * 1.2 + 0.3 * 0.10 - 0.2 * 0.15 = 0.6 + 0.03 - 0.03 = 0.6
        assertThat(FitnessEvaluator.defaults().fitness(M)).isCloseTo(0.6, within(1e-15));
        assertThat(FitnessEvaluator.defaults()).isEqualTo(new WeightedFitness(0.5, 0.3, 0.2, 0, 0));
    }

    @Test
    void weightsAndTheMinimumTradeCountAreConfigurable() {
        WeightedFitness f = new WeightedFitness(1, 0, 0, 0.5, 10);
        // 1.2 + 0.5 * 0.6 = 1.5, minus the penalty 1 + (10 - 8) = 3 -> -1.5
        assertThat(f.fitness(M)).isCloseTo(-1.5, within(1e-15));
        assertThat(f.withMinTrades(8).fitness(M)).isCloseTo(1.5, within(1e-15));
        assertThatThrownBy(() -> new WeightedFitness(Double.NaN, 0, 0, 0, 0)).hasMessageContaining("sharpeWeight");
        assertThatThrownBy(() -> f.withMinTrades(-1)).hasMessageContaining("minTrades");
    }
}
