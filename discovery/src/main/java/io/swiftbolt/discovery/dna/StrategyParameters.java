package io.swiftbolt.discovery.dna;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Decoded values of a {@link StrategyDNA}: one value per gene, each inside its gene's bounds
 * (checked when made).
 *
 * <p>Immutable (the array is copied in and out) and thread-safe. Equality compares the genome and
 * the values.
 *
 * @param dna    the genome the values belong to
 * @param values one value per gene, in gene order; use {@link #values()} for a copy
 */
public record StrategyParameters(StrategyDNA dna, double[] values) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null, the value count differs from the
     *                                  gene count, or a value is outside its gene's bounds or not
     *                                  whole for an integer gene (the message names the gene)
     */
    public StrategyParameters {
        ArgChecks.notNull(dna, "dna");
        ArgChecks.notNull(values, "values");
        ArgChecks.sameLength(values.length, dna.size(), "values");
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            dna.gene(i).checkAllowed(values[i]);
        }
    }

    /**
     * A copy of the values in gene order.
     *
     * @return a new array
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The value of the gene at a position.
     *
     * @param index the gene's position
     * @return the value
     * @throws IndexOutOfBoundsException if out of range
     */
    public double value(int index) {
        return values[index];
    }

    /**
     * The value of a named gene.
     *
     * @param name the gene's name
     * @return the value
     * @throws IllegalArgumentException if there is no such gene
     */
    public double value(String name) {
        return values[dna.indexOf(name)];
    }

    /**
     * The value of a named integer gene as an {@code int}.
     *
     * @param name the gene's name
     * @return the value
     * @throws IllegalArgumentException if there is no such gene or it is not an integer gene
     */
    public int intValue(String name) {
        int i = dna.indexOf(name);
        ArgChecks.check(dna.gene(i).integer(), "name", name, "must name an integer gene");
        return (int) values[i];
    }

    /**
     * A copy with one value replaced.
     *
     * @param name  the gene's name
     * @param value the new value, inside the gene's bounds
     * @return the new parameters
     * @throws IllegalArgumentException if there is no such gene or the value is out of bounds
     */
    public StrategyParameters with(String name, double value) {
        double[] copy = values.clone();
        copy[dna.indexOf(name)] = value;
        return new StrategyParameters(dna, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrategyParameters p && dna.equals(p.dna) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * dna.hashCode() + Arrays.hashCode(values);
    }

    /**
     * {@code name=value} pairs in gene order, integers without decimals, reals with 6 significant
     * digits; locale-independent.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < values.length; i++) {
            j.add(dna.gene(i).name() + "=" + format(i));
        }
        return j.toString();
    }

    /**
     * The value at a position as text: whole numbers for integer genes, otherwise six significant
     * digits; locale-independent.
     *
     * @param index the gene's position
     * @return the text
     */
    public String format(int index) {
        return dna.gene(index).integer() ? Long.toString((long) values[index])
                : String.format(Locale.ROOT, "%.6g", values[index]);
    }
}
