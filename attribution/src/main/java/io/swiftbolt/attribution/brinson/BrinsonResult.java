package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * A single period's Brinson attribution: effects by sector, in the order sectors first appear in
 * the input, and the two total returns they explain.
 *
 * <p>All values are decimals. {@code portfolioReturn = sum(wp * rp)} and
 * {@code benchmarkReturn = sum(wb * rb)} over the sectors, with normalized weights; the sector
 * effects add up to {@link #activeReturn()} up to rounding (a few ulps).
 *
 * @param method          how the effects were computed
 * @param sectors         the sectors' effects, not empty
 * @param portfolioReturn the portfolio's return {@code Rp}
 * @param benchmarkReturn the benchmark's return {@code Rb}
 */
public record BrinsonResult(BrinsonMethod method, List<SectorEffects> sectors, double portfolioReturn,
                            double benchmarkReturn) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null, the list empty or a return not
     *                                  finite and at least -1
     */
    public BrinsonResult {
        ArgChecks.notNull(method, "method");
        ArgChecks.notNull(sectors, "sectors");
        ArgChecks.check(!sectors.isEmpty(), "sectors", sectors, "must not be empty");
        sectors = List.copyOf(sectors);
        ArgChecks.check(Double.isFinite(portfolioReturn) && portfolioReturn >= -1, "portfolioReturn",
                portfolioReturn, "must be finite and at least -1");
        ArgChecks.check(Double.isFinite(benchmarkReturn) && benchmarkReturn >= -1, "benchmarkReturn",
                benchmarkReturn, "must be finite and at least -1");
    }

    /**
     * The active return {@code Rp - Rb}.
     *
     * @return the active return, a decimal
     */
    public double activeReturn() {
        return portfolioReturn - benchmarkReturn;
    }

    /**
     * The sum of the sectors' allocation effects.
     *
     * @return the total allocation effect
     */
    public double allocation() {
        return AttributionEffects.sum(sectors, SectorEffects::allocation);
    }

    /**
     * The sum of the sectors' selection effects.
     *
     * @return the total selection effect
     */
    public double selection() {
        return AttributionEffects.sum(sectors, SectorEffects::selection);
    }

    /**
     * The sum of the sectors' interaction effects.
     *
     * @return the total interaction effect
     */
    public double interaction() {
        return AttributionEffects.sum(sectors, SectorEffects::interaction);
    }

    /**
     * The sum of all effects, equal to {@link #activeReturn()} up to rounding.
     *
     * @return the total effect
     */
    public double total() {
        return AttributionEffects.sum(sectors, SectorEffects::total);
    }
}
