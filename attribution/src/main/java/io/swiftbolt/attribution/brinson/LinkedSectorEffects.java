package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One sector's effects linked over many periods (see {@link LinkingMethod}), as decimals of the
 * portfolio's value; over all sectors they add up to the compounded active return.
 *
 * @param sector      the sector's name
 * @param allocation  the linked allocation effect
 * @param selection   the linked selection effect
 * @param interaction the linked interaction effect
 */
public record LinkedSectorEffects(String sector, double allocation, double selection, double interaction)
        implements AttributionEffects {

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException if the sector is blank or a number is not finite
     */
    public LinkedSectorEffects {
        ArgChecks.notBlank(sector, "sector");
        ArgChecks.finite(allocation, "allocation");
        ArgChecks.finite(selection, "selection");
        ArgChecks.finite(interaction, "interaction");
    }
}
