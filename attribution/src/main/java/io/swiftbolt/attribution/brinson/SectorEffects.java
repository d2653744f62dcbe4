package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One sector's single-period attribution: its weights and returns after grouping and the three
 * effects, as decimals of the portfolio's value (0.001 = 10 basis points of active return).
 *
 * @param sector          the sector's name
 * @param coverage        which side holds the sector, and so how a missing return was filled
 * @param portfolioWeight the sector's portfolio weight (after normalization)
 * @param benchmarkWeight the sector's benchmark weight (after normalization)
 * @param portfolioReturn the sector's portfolio return (the benchmark's if not held)
 * @param benchmarkReturn the sector's benchmark return (as supplied if the benchmark holds none)
 * @param allocation      the allocation effect
 * @param selection       the selection effect {@code wb * (rp - rb)}
 * @param interaction     the interaction effect {@code (wp - wb) * (rp - rb)}
 */
public record SectorEffects(String sector, SectorCoverage coverage, double portfolioWeight,
                            double benchmarkWeight, double portfolioReturn, double benchmarkReturn,
                            double allocation, double selection, double interaction)
        implements AttributionEffects {

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException if the sector is blank, the coverage null or a number not
     *                                  finite
     */
    public SectorEffects {
        ArgChecks.notBlank(sector, "sector");
        ArgChecks.notNull(coverage, "coverage");
        ArgChecks.finite(portfolioWeight, "portfolioWeight");
        ArgChecks.finite(benchmarkWeight, "benchmarkWeight");
        ArgChecks.finite(portfolioReturn, "portfolioReturn");
        ArgChecks.finite(benchmarkReturn, "benchmarkReturn");
        ArgChecks.finite(allocation, "allocation");
        ArgChecks.finite(selection, "selection");
        ArgChecks.finite(interaction, "interaction");
    }
}
