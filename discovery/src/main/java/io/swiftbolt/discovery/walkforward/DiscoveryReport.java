package io.swiftbolt.discovery.walkforward;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of a {@link StrategyDiscovery}: every fold, and in-sample against out-of-sample
 * performance side by side.
 *
 * <p>{@code inSample} and {@code outOfSample} are the metrics of the folds' daily equity returns
 * stitched in time order (training windows, resp. test windows), computed the same way
 * ({@link BacktestMetrics#fromReturns}), so a gap between them is overfitting made visible.
 *
 * @param seriesName            the name of the series searched
 * @param bars                  its number of bars
 * @param folds                 the folds in time order; one fold without a test window when
 *                              walk-forward is off
 * @param inSample              stitched in-sample metrics
 * @param outOfSample           stitched out-of-sample metrics, or empty without walk-forward
 * @param walkForwardEfficiency annualized out-of-sample return / annualized in-sample return, or
 *                              empty without walk-forward or when the in-sample return is not
 *                              positive (the ratio means nothing then)
 */
public record DiscoveryReport(String seriesName, int bars, List<FoldResult> folds, BacktestMetrics inSample,
                              Optional<BacktestMetrics> outOfSample, OptionalDouble walkForwardEfficiency) {

    /**
     * Validates and copies the folds.
     *
     * @throws IllegalArgumentException if an argument is null or there is no fold
     */
    public DiscoveryReport {
        ArgChecks.notBlank(seriesName, "seriesName");
        ArgChecks.positive(bars, "bars");
        folds = List.copyOf(ArgChecks.notNull(folds, "folds"));
        ArgChecks.check(!folds.isEmpty(), "folds", folds, "must not be empty");
        ArgChecks.notNull(inSample, "inSample");
        ArgChecks.notNull(outOfSample, "outOfSample");
        ArgChecks.notNull(walkForwardEfficiency, "walkForwardEfficiency");
    }

    /**
     * The most recent fold: its parameters are the ones to trade next.
     *
     * @return the last fold
     */
    public FoldResult lastFold() {
        return folds.get(folds.size() - 1);
    }

    /**
     * The parameters of the most recent fold.
     *
     * @return the recommended parameters
     */
    public StrategyParameters recommended() {
        return lastFold().best();
    }

    /**
     * The trials evaluated over all folds.
     *
     * @return the total trial count
     */
    public long totalTrials() {
        return folds.stream().mapToLong(FoldResult::trials).sum();
    }
}
