package io.swiftbolt.discovery.fitness;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;

/**
 * A weighted sum of backtest metrics:
 * <pre>
 * fitness = sharpeWeight * sharpe + totalReturnWeight * totalReturn - drawdownWeight * |maxDrawdown|
 *         + winRateWeight * winRate
 * </pre>
 * and, when the backtest made fewer than {@code minTrades} trades, the fitness minus
 * {@code 1 + (minTrades - tradeCount)} (a penalty that ranks such parameter sets below any
 * sufficiently active one of comparable quality, without a cliff).
 *
 * <p>Sharpe is annualized (see {@link BacktestMetrics}); total return and drawdown are decimals.
 * The default is {@code 0.5 sharpe + 0.3 totalReturn - 0.2 |maxDrawdown|} with no win-rate term and
 * no minimum trade count.
 *
 * @param sharpeWeight      weight of the annualized Sharpe ratio, finite
 * @param totalReturnWeight weight of the total return, finite
 * @param drawdownWeight    weight of the maximum drawdown (subtracted), finite
 * @param winRateWeight     weight of the win rate, finite
 * @param minTrades         trades below which the penalty applies, zero or more
 */
public record WeightedFitness(double sharpeWeight, double totalReturnWeight, double drawdownWeight,
                              double winRateWeight, int minTrades) implements FitnessEvaluator {

    private static final WeightedFitness DEFAULTS = new WeightedFitness(0.5, 0.3, 0.2, 0.0, 0);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a weight is not finite or {@code minTrades} is negative
     */
    public WeightedFitness {
        ArgChecks.finite(sharpeWeight, "sharpeWeight");
        ArgChecks.finite(totalReturnWeight, "totalReturnWeight");
        ArgChecks.finite(drawdownWeight, "drawdownWeight");
        ArgChecks.finite(winRateWeight, "winRateWeight");
        ArgChecks.notNegative(minTrades, "minTrades");
    }

    /**
     * {@code 0.5 sharpe + 0.3 totalReturn - 0.2 |maxDrawdown|}.
     *
     * @return the default weights
     */
    public static WeightedFitness defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another minimum trade count.
     *
     * @param trades the minimum, zero or more
     * @return the new evaluator
     * @throws IllegalArgumentException if negative
     */
    public WeightedFitness withMinTrades(int trades) {
        return new WeightedFitness(sharpeWeight, totalReturnWeight, drawdownWeight, winRateWeight, trades);
    }

    @Override
    public double fitness(BacktestMetrics m) {
        double f = sharpeWeight * m.sharpe() + totalReturnWeight * m.totalReturn()
                - drawdownWeight * Math.abs(m.maxDrawdown()) + winRateWeight * m.winRate();
        if (m.tradeCount() < minTrades) {
            f -= 1.0 + (minTrades - m.tradeCount());
        }
        return f;
    }
}
