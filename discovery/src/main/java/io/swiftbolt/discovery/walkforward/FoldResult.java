package io.swiftbolt.discovery.walkforward;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.StrategyParameters;
import io.swiftbolt.discovery.ga.GenerationStats;
import io.swiftbolt.discovery.overfit.DeflatedSharpeRatio;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One walk-forward fold: parameters optimized on a training window, scored there (in sample) and
 * on the next, unseen window (out of sample).
 *
 * @param fold           the fold number, from 1
 * @param trainStart     the first bar's date of the training window
 * @param trainEnd       the last bar's date of the training window
 * @param test           the test window's first and last dates, or empty without walk-forward
 * @param best           the best parameters on the training window
 * @param bestFitness    their fitness on the training window
 * @param inSample       their backtest on the training window
 * @param outOfSample    their backtest on the test window, or empty without walk-forward
 * @param deflatedSharpe the deflated Sharpe ratio of the in-sample result given the fold's trials,
 *                       or empty when the in-sample equity never moved (no Sharpe ratio)
 * @param trials         the number of parameter sets evaluated on the training window
 * @param history        the GA's per-generation best and mean fitness
 */
public record FoldResult(int fold, LocalDate trainStart, LocalDate trainEnd, Optional<DateRange> test,
                         StrategyParameters best, double bestFitness, BacktestMetrics inSample,
                         Optional<BacktestMetrics> outOfSample, Optional<DeflatedSharpeRatio> deflatedSharpe,
                         long trials, List<GenerationStats> history) {

    /**
     * Validates and copies the history.
     *
     * @throws IllegalArgumentException if an argument is null or out of range
     */
    public FoldResult {
        ArgChecks.positive(fold, "fold");
        ArgChecks.notNull(trainStart, "trainStart");
        ArgChecks.notNull(trainEnd, "trainEnd");
        ArgChecks.notNull(test, "test");
        ArgChecks.notNull(best, "best");
        ArgChecks.finite(bestFitness, "bestFitness");
        ArgChecks.notNull(inSample, "inSample");
        ArgChecks.notNull(outOfSample, "outOfSample");
        ArgChecks.notNull(deflatedSharpe, "deflatedSharpe");
        ArgChecks.check(trials >= 1, "trials", trials, "must be at least 1");
        history = List.copyOf(ArgChecks.notNull(history, "history"));
    }

    /**
     * A closed range of dates.
     *
     * @param start the first date
     * @param end   the last date, not before {@code start}
     */
    public record DateRange(LocalDate start, LocalDate end) {
        /**
         * Validates.
         *
         * @throws IllegalArgumentException if a date is null or {@code end} is before {@code start}
         */
        public DateRange {
            ArgChecks.notNull(start, "start");
            ArgChecks.notNull(end, "end");
            ArgChecks.check(!end.isBefore(start), "end", end, "must not be before start " + start);
        }
    }
}
