package io.swiftbolt.discovery.dna;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.engine.Codec;
import io.swiftbolt.core.util.ArgChecks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The genome of a strategy: an ordered list of named, bounded {@link GeneSpec genes}, and its
 * encoding to a Jenetics genotype.
 *
 * <h2>Encoding</h2>
 * A genotype is one {@link DoubleChromosome} with one gene per {@link GeneSpec}, each allele a unit
 * coordinate {@code u} in {@code [0, 1]} (the chromosome's range is {@code [0, nextUp(1))}, so
 * {@code 1} itself is a valid allele). {@link GeneSpec#fromUnit(double)} maps {@code u} to the gene's
 * range, so any genotype the GA makes (by crossover, gaussian mutation or at random) decodes to
 * parameters inside the bounds: bounds are enforced by construction. One chromosome with all genes,
 * rather than one chromosome per gene, lets single-point crossover exchange whole parameter
 * blocks. {@link #encode} followed by {@link #decode} returns the same parameters (integer genes
 * exactly, real genes to a few ulps of the range).
 *
 * <h2>Defaults</h2>
 * {@link #defaults()} is the genome of the built-in strategy family
 * ({@code io.swiftbolt.discovery.backtest.ZScoreRsiFamily}):
 * <table>
 *   <caption>default genes</caption>
 *   <tr><th>gene</th><th>range</th><th>meaning</th></tr>
 *   <tr><td>{@value #LOOKBACK_PERIOD}</td><td>5 .. 200, integer</td><td>bars in the z-score and volatility windows</td></tr>
 *   <tr><td>{@value #ENTRY_THRESHOLD}</td><td>-2 .. 2</td><td>z-score entry level (below 0: mean reversion, else momentum)</td></tr>
 *   <tr><td>{@value #EXIT_THRESHOLD}</td><td>-2 .. 2</td><td>z-score exit level</td></tr>
 *   <tr><td>{@value #STOP_LOSS_PCT}</td><td>0.01 .. 0.20</td><td>stop-loss distance from the entry price, decimal</td></tr>
 *   <tr><td>{@value #TAKE_PROFIT_PCT}</td><td>0.01 .. 0.50</td><td>take-profit distance from the entry price, decimal</td></tr>
 *   <tr><td>{@value #POSITION_SIZE}</td><td>0.01 .. 0.20</td><td>fraction of equity committed per trade</td></tr>
 *   <tr><td>{@value #RSI_THRESHOLD}</td><td>20 .. 80</td><td>14-bar RSI confirmation level</td></tr>
 *   <tr><td>{@value #VOLATILITY_FILTER}</td><td>0.10 .. 1.0</td><td>highest annualized realized volatility at which to enter</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param genes the genes, in genotype order; at least one, names unique
 */
public record StrategyDNA(List<GeneSpec> genes) {

    /** Gene name: bars in the look-back windows. */
    public static final String LOOKBACK_PERIOD = "lookback_period";
    /** Gene name: z-score entry threshold. */
    public static final String ENTRY_THRESHOLD = "entry_threshold";
    /** Gene name: z-score exit threshold. */
    public static final String EXIT_THRESHOLD = "exit_threshold";
    /** Gene name: stop-loss distance, decimal fraction of the entry price. */
    public static final String STOP_LOSS_PCT = "stop_loss_pct";
    /** Gene name: take-profit distance, decimal fraction of the entry price. */
    public static final String TAKE_PROFIT_PCT = "take_profit_pct";
    /** Gene name: fraction of equity per trade. */
    public static final String POSITION_SIZE = "position_size";
    /** Gene name: RSI confirmation level, 0 .. 100 scale. */
    public static final String RSI_THRESHOLD = "rsi_threshold";
    /** Gene name: highest annualized volatility (decimal) at which to enter. */
    public static final String VOLATILITY_FILTER = "volatility_filter";

    /** The unit interval of every allele; the upper bound is exclusive in Jenetics, hence nextUp. */
    static final double UNIT_MAX = Math.nextUp(1.0);

    private static final StrategyDNA DEFAULTS = new StrategyDNA(List.of(
            GeneSpec.integer(LOOKBACK_PERIOD, 5, 200),
            GeneSpec.real(ENTRY_THRESHOLD, -2.0, 2.0),
            GeneSpec.real(EXIT_THRESHOLD, -2.0, 2.0),
            GeneSpec.real(STOP_LOSS_PCT, 0.01, 0.20),
            GeneSpec.real(TAKE_PROFIT_PCT, 0.01, 0.50),
            GeneSpec.real(POSITION_SIZE, 0.01, 0.20),
            GeneSpec.real(RSI_THRESHOLD, 20.0, 80.0),
            GeneSpec.real(VOLATILITY_FILTER, 0.10, 1.0)));

    /**
     * Validates and copies the gene list.
     *
     * @throws IllegalArgumentException if {@code genes} is null or empty, holds a null, or two genes
     *                                  share a name
     */
    public StrategyDNA {
        ArgChecks.notNull(genes, "genes");
        ArgChecks.check(!genes.isEmpty(), "genes", genes, "must not be empty");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < genes.size(); i++) {
            GeneSpec g = ArgChecks.notNull(genes.get(i), "genes[" + i + "]");
            Integer previous = seen.put(g.name(), i);
            if (previous != null) {
                throw new IllegalArgumentException("genes[" + i + "] repeats the name \"" + g.name()
                        + "\" of genes[" + previous + "]");
            }
        }
        genes = List.copyOf(genes);
    }

    /**
     * The genome of the built-in strategy family, with the ranges in the class description.
     *
     * @return the default genome
     */
    public static StrategyDNA defaults() {
        return DEFAULTS;
    }

    /**
     * Makes a genome from genes.
     *
     * @param genes the genes in order
     * @return the genome
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static StrategyDNA of(GeneSpec... genes) {
        return new StrategyDNA(List.of(ArgChecks.notNull(genes, "genes")));
    }

    /**
     * A copy of this genome with one gene's bounds replaced, e.g. to narrow a search.
     *
     * @param name the gene's name
     * @param min  the new smallest value
     * @param max  the new largest value, above {@code min}
     * @return the new genome
     * @throws IllegalArgumentException if there is no such gene or the bounds are invalid (for
     *                                  example {@code min > max})
     */
    public StrategyDNA withBounds(String name, double min, double max) {
        int i = indexOf(name);
        GeneSpec old = genes.get(i);
        GeneSpec[] copy = genes.toArray(new GeneSpec[0]);
        copy[i] = new GeneSpec(old.name(), min, max, old.integer());
        return of(copy);
    }

    /**
     * The number of genes.
     *
     * @return the gene count, at least 1
     */
    public int size() {
        return genes.size();
    }

    /**
     * The gene at a position.
     *
     * @param index the position, {@code 0 <= index < size()}
     * @return the gene
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public GeneSpec gene(int index) {
        return genes.get(index);
    }

    /**
     * The position of a named gene.
     *
     * @param name the gene's name
     * @return its index
     * @throws IllegalArgumentException if there is no gene of that name (the message lists the names)
     */
    public int indexOf(String name) {
        for (int i = 0; i < genes.size(); i++) {
            if (genes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no gene named \"" + name + "\"; genes are " + names());
    }

    /**
     * Whether a gene of that name exists.
     *
     * @param name the name
     * @return true if present
     */
    public boolean has(String name) {
        for (GeneSpec g : genes) {
            if (g.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gene names in order.
     *
     * @return the names
     */
    public List<String> names() {
        return genes.stream().map(GeneSpec::name).toList();
    }

    /**
     * The Jenetics codec: a factory of random genotypes (one {@link DoubleChromosome} of unit
     * alleles, see the class description) and the decoder {@link #decode(Genotype)}.
     *
     * @return the codec
     */
    public Codec<StrategyParameters, DoubleGene> codec() {
        return Codec.of(Genotype.of(DoubleChromosome.of(0.0, UNIT_MAX, size())), this::decode);
    }

    /**
     * Decodes a genotype into parameters.
     *
     * @param genotype a genotype of this genome's shape (one chromosome of {@link #size()} genes)
     * @return the parameters, inside the bounds
     * @throws IllegalArgumentException if the genotype has another shape
     */
    public StrategyParameters decode(Genotype<DoubleGene> genotype) {
        ArgChecks.notNull(genotype, "genotype");
        ArgChecks.check(genotype.length() == 1 && genotype.get(0).length() == size(), "genotype",
                genotype.length() + " chromosome(s), first of length " + genotype.get(0).length(),
                "must be one chromosome of " + size() + " genes");
        var chromosome = genotype.get(0);
        double[] values = new double[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = genes.get(i).fromUnit(chromosome.get(i).doubleValue());
        }
        return new StrategyParameters(this, values);
    }

    /**
     * Encodes parameters into a genotype: the inverse of {@link #decode(Genotype)}.
     *
     * @param parameters parameters of this genome
     * @return the genotype
     * @throws IllegalArgumentException if the parameters belong to another genome
     */
    public Genotype<DoubleGene> encode(StrategyParameters parameters) {
        ArgChecks.notNull(parameters, "parameters");
        ArgChecks.check(parameters.dna().equals(this), "parameters", parameters, "must belong to this genome");
        DoubleGene[] alleles = new DoubleGene[size()];
        for (int i = 0; i < alleles.length; i++) {
            alleles[i] = DoubleGene.of(genes.get(i).toUnit(parameters.value(i)), 0.0, UNIT_MAX);
        }
        return Genotype.of(DoubleChromosome.of(alleles));
    }

    /**
     * Parameters from values in gene order, checked against the bounds.
     *
     * @param values one value per gene
     * @return the parameters
     * @throws IllegalArgumentException if the count differs or a value is out of bounds (the message
     *                                  names the gene)
     */
    public StrategyParameters parameters(double... values) {
        return new StrategyParameters(this, values);
    }

    /**
     * The parameters at the centre of every range (integer genes rounded down).
     *
     * @return the mid-point parameters
     */
    public StrategyParameters midpoint() {
        double[] values = new double[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = genes.get(i).fromUnit(0.5);
        }
        return new StrategyParameters(this, values);
    }
}
