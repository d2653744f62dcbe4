package io.swiftbolt.rebalancing.cost;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.RebalancePlan;

/**
 * A cost-optimized plan beside the plan it improves on.
 *
 * @param plan             the optimized plan (fractional shares); its tracking error is present
 * @param cost             the optimized plan's trading cost
 * @param original         the plan given to the optimizer (normally the band rebalancer's)
 * @param originalCost     that plan's trading cost under the same model
 * @param trackingErrorCap the cap, annualized decimal
 * @param multiplier       the tracking-error constraint's multiplier at the solution, in weights of
 *                         {@code V} per unit of {@code (w - t)' S (w - t)}; 0 when the cap does not bind
 * @param quadraticSolves  the number of Newton steps (linear KKT solves) the interior-point method took
 * @param status           how the optimization ended
 */
public record CostOptimizedPlan(RebalancePlan plan, CostBreakdown cost, RebalancePlan original,
                                CostBreakdown originalCost, double trackingErrorCap, double multiplier,
                                int quadraticSolves, OptimizationStatus status) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is null or a number invalid
     */
    public CostOptimizedPlan {
        ArgChecks.notNull(plan, "plan");
        ArgChecks.notNull(cost, "cost");
        ArgChecks.notNull(original, "original");
        ArgChecks.notNull(originalCost, "originalCost");
        ArgChecks.notNegative(trackingErrorCap, "trackingErrorCap");
        ArgChecks.notNegative(multiplier, "multiplier");
        ArgChecks.notNegative(quadraticSolves, "quadraticSolves");
        ArgChecks.notNull(status, "status");
    }

    /**
     * The original plan's trading cost plus its expected tax, currency units.
     *
     * @return the original total
     */
    public double originalTotal() {
        return originalCost.total() + original.tax().tax();
    }

    /**
     * The optimized plan's trading cost plus its expected tax, currency units.
     *
     * @return the optimized total
     */
    public double optimizedTotal() {
        return cost.total() + plan.tax().tax();
    }

    /**
     * What the optimization saves: {@code originalTotal() - optimizedTotal()}, currency units.
     *
     * @return the saving (negative if the original was cheaper, e.g. because it breaks the cap)
     */
    public double saving() {
        return originalTotal() - optimizedTotal();
    }
}
