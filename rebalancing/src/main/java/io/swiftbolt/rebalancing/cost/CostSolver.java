package io.swiftbolt.rebalancing.cost;

/**
 * The convex solver behind a {@link CostOptimizer}. Both solve the same problem (see the
 * optimizer's description) and agree within ojAlgo's accuracy on seeded random problems
 * ({@code CostOptimizerReferenceTest}).
 */
public enum CostSolver {

    /**
     * The default: a primal-dual interior-point method (Mehrotra predictor-corrector) on primitive
     * arrays that treats the {@code x^1.5} impact and the tracking-error cap directly; about 0.1 ms
     * for 10 positions and 10-30 ms for 500 positions with a factor covariance.
     */
    INTERIOR_POINT,

    /**
     * ojAlgo's convex QP solver (a maintained library) in a sequence of QPs: the impact by
     * majorization-minimization, the cap by a searched penalty multiplier. Tens of QPs of a few
     * milliseconds each: for cross-checking and small portfolios.
     */
    OJALGO
}
