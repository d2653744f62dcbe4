package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;
import java.util.List;

/**
 * Brinson effects linked over {@code periods} consecutive periods.
 *
 * <p>{@code portfolioReturn} and {@code benchmarkReturn} are compounded (geometric) returns,
 * {@code prod(1 + R_t) - 1}; the linked effects over all sectors add up to
 * {@link #activeReturn()} = {@code Rp - Rb}, the compounded active return, up to rounding.
 * Sectors are in the order they first appear over the periods; a sector absent from a period
 * contributes nothing in it.
 *
 * @param method          the single-period method
 * @param linking         the linking method
 * @param sectors         the linked effects by sector, not empty
 * @param portfolioReturn the compounded portfolio return {@code Rp}
 * @param benchmarkReturn the compounded benchmark return {@code Rb}
 * @param periods         the number of periods linked, positive
 */
public record LinkedBrinsonResult(BrinsonMethod method, LinkingMethod linking, List<LinkedSectorEffects> sectors,
                                  double portfolioReturn, double benchmarkReturn, int periods) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null, the list empty, a return not
     *                                  finite and at least -1 or {@code periods} not positive
     */
    public LinkedBrinsonResult {
        ArgChecks.notNull(method, "method");
        ArgChecks.notNull(linking, "linking");
        ArgChecks.notNull(sectors, "sectors");
        ArgChecks.check(!sectors.isEmpty(), "sectors", sectors, "must not be empty");
        sectors = List.copyOf(sectors);
        ArgChecks.check(Double.isFinite(portfolioReturn) && portfolioReturn >= -1, "portfolioReturn",
                portfolioReturn, "must be finite and at least -1");
        ArgChecks.check(Double.isFinite(benchmarkReturn) && benchmarkReturn >= -1, "benchmarkReturn",
                benchmarkReturn, "must be finite and at least -1");
        ArgChecks.positive(periods, "periods");
    }

    /**
     * The compounded active return {@code Rp - Rb}.
     *
     * @return the active return, a decimal
     */
    public double activeReturn() {
        return portfolioReturn - benchmarkReturn;
    }

    /**
     * The sum of the linked allocation effects.
     *
     * @return the total linked allocation
     */
    public double allocation() {
        return AttributionEffects.sum(sectors, LinkedSectorEffects::allocation);
    }

    /**
     * The sum of the linked selection effects.
     *
     * @return the total linked selection
     */
    public double selection() {
        return AttributionEffects.sum(sectors, LinkedSectorEffects::selection);
    }

    /**
     * The sum of the linked interaction effects.
     *
     * @return the total linked interaction
     */
    public double interaction() {
        return AttributionEffects.sum(sectors, LinkedSectorEffects::interaction);
    }

    /**
     * The sum of all linked effects, equal to {@link #activeReturn()} up to rounding.
     *
     * @return the total linked effect
     */
    public double total() {
        return AttributionEffects.sum(sectors, LinkedSectorEffects::total);
    }
}
