package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One row of a single-period Brinson input: a sector, or one security tagged with its sector.
 * Rows sharing a sector are grouped: sector weights are sums, sector returns weight-averaged
 * (see {@link SectorCoverage} for one-sided sectors).
 *
 * <p>Weights are fractions of each side's total value at the start of the period (long-only, so
 * zero or positive); returns are simple returns over the period as decimals (0.01 = 1 %), at
 * least -1. For a security the portfolio and benchmark returns are normally equal; they differ
 * for a sector row (the portfolio's own holdings versus the sector index).
 *
 * @param sector          the sector's name, not blank
 * @param portfolioWeight the weight in the portfolio, zero or positive
 * @param benchmarkWeight the weight in the benchmark, zero or positive
 * @param portfolioReturn the portfolio's return on this row, at least -1 (ignored if
 *                        {@code portfolioWeight} is 0)
 * @param benchmarkReturn the benchmark's return on this row, at least -1; for a row the benchmark
 *                        does not hold it is the return the benchmark would have earned there
 */
public record Holding(String sector, double portfolioWeight, double benchmarkWeight,
                      double portfolioReturn, double benchmarkReturn) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if the sector is blank, a weight is negative or not finite,
     *                                  or a return is below -1 or not finite
     */
    public Holding {
        ArgChecks.notBlank(sector, "sector");
        ArgChecks.notNegative(portfolioWeight, "portfolioWeight");
        ArgChecks.notNegative(benchmarkWeight, "benchmarkWeight");
        ArgChecks.check(Double.isFinite(portfolioReturn) && portfolioReturn >= -1, "portfolioReturn",
                portfolioReturn, "must be finite and at least -1");
        ArgChecks.check(Double.isFinite(benchmarkReturn) && benchmarkReturn >= -1, "benchmarkReturn",
                benchmarkReturn, "must be finite and at least -1");
    }
}
