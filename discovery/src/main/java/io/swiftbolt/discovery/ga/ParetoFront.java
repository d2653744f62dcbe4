package io.swiftbolt.discovery.ga;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * The outcome of a multi-objective run ({@link GeneticOptimizer#paretoFront}): the non-dominated
 * parameter sets found on (maximum Sharpe ratio, minimum drawdown), from the highest Sharpe ratio
 * (and deepest drawdown) to the lowest (and shallowest).
 *
 * @param points      the front, sorted by Sharpe ratio descending; no point dominates another and no
 *                    two have the same parameters or the same objective values
 * @param generations the number of generations run
 * @param evaluations the number of objective evaluations (the number of trials)
 * @param seed        the seed of the run
 */
public record ParetoFront(List<ParetoPoint> points, int generations, long evaluations, long seed) {

    /**
     * Validates and copies the points.
     *
     * @throws IllegalArgumentException if the points are null or empty, not sorted by Sharpe ratio
     *                                  descending, or one dominates another; or a count is not
     *                                  positive
     */
    public ParetoFront {
        points = List.copyOf(ArgChecks.notNull(points, "points"));
        ArgChecks.check(!points.isEmpty(), "points", points, "must not be empty");
        for (int i = 1; i < points.size(); i++) {
            ArgChecks.check(points.get(i - 1).sharpe() >= points.get(i).sharpe(), "points", points.get(i),
                    "must be sorted by Sharpe ratio descending");
        }
        for (ParetoPoint a : points) {
            for (ParetoPoint b : points) {
                ArgChecks.check(!a.dominates(b), "points", b, "is dominated by " + a);
            }
        }
        ArgChecks.positive(generations, "generations");
        ArgChecks.check(evaluations > 0, "evaluations", evaluations, "must be positive");
    }

    /**
     * The number of points.
     *
     * @return the front's size, at least 1
     */
    public int size() {
        return points.size();
    }
}
