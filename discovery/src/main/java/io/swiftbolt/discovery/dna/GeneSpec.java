package io.swiftbolt.discovery.dna;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One named gene of a {@link StrategyDNA}: a closed range {@code [min, max]} of real or integer
 * values.
 *
 * <p>Integer genes hold whole numbers in {@code [min, max]} (both bounds whole numbers); real genes
 * hold any double in {@code [min, max]}. Units are the gene's own (bars for a lookback, decimal
 * fractions for percentages: 0.05 = 5 %), stated where the gene is defined.
 *
 * @param name    the gene's name, e.g. {@code "lookback_period"}; not blank
 * @param min     the smallest value, finite
 * @param max     the largest value, finite and strictly above {@code min}
 * @param integer whether the gene takes whole numbers only
 */
public record GeneSpec(String name, double min, double max, boolean integer) {

    /**
     * Validates the gene.
     *
     * @throws IllegalArgumentException if the name is blank, a bound is not finite, {@code min} is
     *                                  not below {@code max}, or an integer gene has a fractional
     *                                  bound; the message names the gene and the values
     */
    public GeneSpec {
        ArgChecks.notBlank(name, "name");
        ArgChecks.finite(min, name + ".min");
        ArgChecks.finite(max, name + ".max");
        if (!(min < max)) {
            throw new IllegalArgumentException(
                    "gene " + name + ": min must be below max, was min=" + min + " > max=" + max);
        }
        if (integer && (min != Math.rint(min) || max != Math.rint(max))) {
            throw new IllegalArgumentException(
                    "gene " + name + ": integer bounds must be whole numbers, was [" + min + ", " + max + "]");
        }
    }

    /**
     * A real-valued gene.
     *
     * @param name the name
     * @param min  the smallest value
     * @param max  the largest value, above {@code min}
     * @return the gene
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static GeneSpec real(String name, double min, double max) {
        return new GeneSpec(name, min, max, false);
    }

    /**
     * An integer gene.
     *
     * @param name the name
     * @param min  the smallest value
     * @param max  the largest value, above {@code min}
     * @return the gene
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static GeneSpec integer(String name, int min, int max) {
        return new GeneSpec(name, min, max, true);
    }

    /**
     * Whether {@code value} is an allowed value of this gene: inside {@code [min, max]} and, for an
     * integer gene, a whole number.
     *
     * @param value the value
     * @return true if allowed; false for NaN
     */
    public boolean allows(double value) {
        return value >= min && value <= max && (!integer || value == Math.rint(value));
    }

    /**
     * Maps a unit coordinate {@code u} in {@code [0, 1]} to a value of this gene: {@code min + u (max - min)}
     * for a real gene, and for an integer gene the {@code floor(u (max - min + 1))}-th whole number
     * from {@code min} (so each whole number owns an equal share of {@code [0, 1)}; {@code u = 1}
     * maps to {@code max}). Clamped to {@code [min, max]} against rounding.
     *
     * @param u the unit coordinate; not validated (hot path)
     * @return the gene value
     */
    public double fromUnit(double u) {
        if (integer) {
            double k = Math.floor(u * (max - min + 1.0));
            return Math.min(max, Math.max(min, min + k));
        }
        return Math.min(max, Math.max(min, min + u * (max - min)));
    }

    /**
     * The unit coordinate of an allowed value: the inverse of {@link #fromUnit(double)}
     * ({@code (v - min) / (max - min)} for a real gene; the centre of the value's share for an
     * integer gene).
     *
     * @param value an allowed value
     * @return {@code u} in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code value} is not {@link #allows(double) allowed}
     */
    public double toUnit(double value) {
        checkAllowed(value);
        if (integer) {
            return (value - min + 0.5) / (max - min + 1.0);
        }
        return (value - min) / (max - min);
    }

    /**
     * Checks that {@code value} is allowed.
     *
     * @param value the value
     * @return {@code value}
     * @throws IllegalArgumentException naming the gene, the value and the bounds if not
     */
    public double checkAllowed(double value) {
        if (!allows(value)) {
            throw new IllegalArgumentException(name + " must be " + (integer ? "a whole number " : "")
                    + "in [" + format(min) + ", " + format(max) + "], was " + value);
        }
        return value;
    }

    private String format(double v) {
        return integer ? Long.toString((long) v) : Double.toString(v);
    }
}
