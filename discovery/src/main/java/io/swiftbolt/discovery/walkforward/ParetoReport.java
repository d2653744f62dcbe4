package io.swiftbolt.discovery.walkforward;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.StrategyParameters;
import io.swiftbolt.discovery.ga.ParetoFront;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link StrategyDiscovery#paretoFront}: the (Sharpe ratio, maximum drawdown)
 * Pareto front found on a training window, each member also scored on the next unseen window when
 * walk-forward is on, so the trade-off a user picks from is seen out of sample too.
 *
 * @param seriesName the name of the series searched
 * @param train      the training window's first and last dates
 * @param test       the test window's dates, or empty without walk-forward
 * @param members    the front's members, by in-sample Sharpe ratio descending
 * @param front      the optimizer's front (generations, evaluations, seed)
 */
public record ParetoReport(String seriesName, FoldResult.DateRange train, Optional<FoldResult.DateRange> test,
                           List<Member> members, ParetoFront front) {

    /**
     * Validates and copies the members.
     *
     * @throws IllegalArgumentException if an argument is null, there are no members, or members
     *                                  have out-of-sample metrics without a test window (or lack them
     *                                  with one)
     */
    public ParetoReport {
        ArgChecks.notBlank(seriesName, "seriesName");
        ArgChecks.notNull(train, "train");
        ArgChecks.notNull(test, "test");
        members = List.copyOf(ArgChecks.notNull(members, "members"));
        ArgChecks.check(!members.isEmpty(), "members", members, "must not be empty");
        ArgChecks.notNull(front, "front");
        for (Member m : members) {
            ArgChecks.check(m.outOfSample().isPresent() == test.isPresent(), "members", m,
                    test.isPresent() ? "must have out-of-sample metrics" : "must not have out-of-sample metrics");
        }
    }

    /**
     * One parameter set of the front.
     *
     * @param parameters  the parameters
     * @param inSample    their backtest on the training window
     * @param outOfSample their backtest on the test window, or empty without walk-forward
     */
    public record Member(StrategyParameters parameters, BacktestMetrics inSample,
                         Optional<BacktestMetrics> outOfSample) {
        /**
         * Validates.
         *
         * @throws IllegalArgumentException if an argument is null
         */
        public Member {
            ArgChecks.notNull(parameters, "parameters");
            ArgChecks.notNull(inSample, "inSample");
            ArgChecks.notNull(outOfSample, "outOfSample");
        }
    }
}
