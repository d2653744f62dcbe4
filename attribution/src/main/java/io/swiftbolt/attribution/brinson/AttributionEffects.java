package io.swiftbolt.attribution.brinson;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The three Brinson effects of one sector, single-period ({@link SectorEffects}) or linked
 * ({@link LinkedSectorEffects}); all are decimal returns contributing to the active return.
 */
public interface AttributionEffects {

    /** @return the allocation effect */
    double allocation();

    /** @return the selection effect */
    double selection();

    /** @return the interaction effect */
    double interaction();

    /**
     * The sector's total effect.
     *
     * @return allocation + selection + interaction
     */
    default double total() {
        return allocation() + selection() + interaction();
    }

    /** Sums one effect over sectors, in order. */
    static <E extends AttributionEffects> double sum(List<E> sectors, ToDoubleFunction<? super E> effect) {
        double s = 0;
        for (E e : sectors) {
            s += effect.applyAsDouble(e);
        }
        return s;
    }
}
