package io.swiftbolt.discovery.ga;

import io.jenetics.DoubleGene;
import io.jenetics.EliteSelector;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.SinglePointCrossover;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStream;
import io.jenetics.engine.Evaluator;
import io.jenetics.engine.Evaluators;
import io.jenetics.engine.Limits;
import io.jenetics.ext.moea.MOEA;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.ext.moea.VecFactory;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;
import io.jenetics.util.RandomRegistry;
import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A seeded, reproducible genetic algorithm over a {@link StrategyDNA}, on Jenetics.
 *
 * <h2>Algorithm</h2>
 * Generational GA with elitism: each generation keeps the {@code elites} best individuals
 * unchanged and breeds {@code populationSize - elites} offspring, chosen by tournament selection
 * (size {@code tournamentSize}) and altered by single-point crossover (probability
 * {@code crossoverRate}) and gaussian mutation (per-gene probability {@code mutationRate}, Jenetics'
 * standard deviation of a quarter of the unit range, clamped to it). Individuals never die of
 * age. The run stops after {@code generations} generations, or earlier after
 * {@code steadyGenerations} generations without improvement of the best fitness, if set.
 * Defaults: population 50, 100 generations, tournament 3, crossover 0.7, mutation 0.1, 5 elites,
 * seed 42, serial execution, no steady-fitness stop.
 *
 * <h2>Reproducibility</h2>
 * All randomness of a run (initial population, selection, crossover, mutation) comes from a
 * {@link SplittableRandom} seeded with {@code seed}, installed for the run through Jenetics'
 * {@link RandomRegistry#with scoped registry}; selection and alteration always run on the calling
 * thread. With a pure {@link Objective} the same seed gives the same result bit for bit, whatever
 * the executor: the executor only spreads fitness evaluations ({@link Evaluators#concurrent}).
 * On 2 cores the serial default is the fastest.
 *
 * <p>Made by {@link #builder()}; immutable and thread-safe: concurrent {@link #optimize} calls are
 * independent.
 */
public final class GeneticOptimizer {

    /** Runs tasks on the calling thread. */
    private static final Executor SERIAL = Runnable::run;

    private final StrategyDNA dna;
    private final int populationSize;
    private final int generations;
    private final int tournamentSize;
    private final double crossoverRate;
    private final double mutationRate;
    private final int elites;
    private final long seed;
    private final Executor executor;
    private final int steadyGenerations;

    private GeneticOptimizer(Builder b) {
        this.dna = b.dna;
        this.populationSize = b.populationSize;
        this.generations = b.generations;
        this.tournamentSize = b.tournamentSize;
        this.crossoverRate = b.crossoverRate;
        this.mutationRate = b.mutationRate;
        this.elites = b.elites;
        this.seed = b.seed;
        this.executor = b.executor;
        this.steadyGenerations = b.steadyGenerations;
    }

    /**
     * A builder with the defaults in the class description.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Maximizes an objective over this optimizer's genome.
     *
     * @param objective the objective, pure and returning finite values
     * @return the best parameters, the convergence history and the number of evaluations
     * @throws IllegalArgumentException if {@code objective} is null or returns a non-finite value
     *                                  (the message names the parameters)
     */
    public OptimizationResult optimize(Objective objective) {
        ArgChecks.notNull(objective, "objective");
        Guard guard = new Guard();
        Function<Genotype<DoubleGene>, Double> fitness = guard.wrap(p -> {
            double value = objective.evaluate(p);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("objective must be finite, was " + value + " for " + p);
            }
            return value;
        });
        Engine<DoubleGene, Double> engine = new Engine.Builder<>(evaluator(fitness), dna.codec().encoding())
                .populationSize(populationSize)
                .offspringSize(populationSize - elites)
                .survivorsSelector(elites > 0 ? new EliteSelector<>(elites) : new TournamentSelector<>(tournamentSize))
                .offspringSelector(new TournamentSelector<>(tournamentSize))
                .alterers(new SinglePointCrossover<>(crossoverRate), new GaussianMutator<>(mutationRate))
                .maximalPhenotypeAge(Long.MAX_VALUE)
                .executor(SERIAL)
                .maximizing()
                .build();
        List<GenerationStats> history = new ArrayList<>(generations);
        EvolutionResult<DoubleGene, Double> last = guard.run(seed, () -> {
            EvolutionStream<DoubleGene, Double> stream = engine.stream();
            if (steadyGenerations > 0) {
                stream = stream.limit(Limits.bySteadyFitness(steadyGenerations));
            }
            return stream.limit(generations)
                    .peek(result -> history.add(stats(result)))
                    .collect(EvolutionResult.toBestEvolutionResult());
        });
        Phenotype<DoubleGene, Double> best = last.bestPhenotype();
        return new OptimizationResult(dna.decode(best.genotype()), best.fitness(), history, guard.evaluations.get(),
                seed);
    }

    /**
     * Searches the Pareto front of (maximum Sharpe ratio, minimum maximum drawdown) with NSGA-II
     * (Deb et al. 2002) on Jenetics: survivors by non-dominated sorting and crowding distance
     * ({@link NSGA2Selector}), parents by crowded tournament ({@link UFTournamentSelector}),
     * the same single-point crossover and gaussian mutation rates, population, generations, seed
     * and executor as {@link #optimize}. Tournament size, elites and the steady-fitness stop do not
     * apply: NSGA-II's survivor selection is elitist by construction. The front collects the
     * non-dominated individuals of every generation, thinned by crowding distance to at most the
     * population size, and keeps one parameter set (the first found in the front's order) per
     * distinct pair of objective values; same seed, same front.
     *
     * @param objective the metrics of a parameter set, pure
     * @return the front, sorted by Sharpe ratio descending
     * @throws IllegalArgumentException if {@code objective} is null or returns null (the message
     *                                  names the parameters)
     */
    public ParetoFront paretoFront(MetricsObjective objective) {
        ArgChecks.notNull(objective, "objective");
        Guard guard = new Guard();
        // The metrics of every evaluated set, so the front's members need no second backtest.
        Map<StrategyParameters, BacktestMetrics> evaluated = new ConcurrentHashMap<>();
        Function<Genotype<DoubleGene>, Vec<double[]>> fitness = guard.wrap(p -> objectives(objective, p, evaluated));
        Engine<DoubleGene, Vec<double[]>> engine = new Engine.Builder<>(evaluator(fitness), dna.codec().encoding())
                .populationSize(populationSize)
                .offspringSelector(UFTournamentSelector.ofVec())
                .survivorsSelector(NSGA2Selector.ofVec())
                .alterers(new SinglePointCrossover<>(crossoverRate), new GaussianMutator<>(mutationRate))
                .maximalPhenotypeAge(Long.MAX_VALUE)
                .executor(SERIAL)
                .maximizing()
                .build();
        int[] generationsRun = new int[1];
        ISeq<Phenotype<DoubleGene, Vec<double[]>>> set = guard.run(seed, () -> engine.stream()
                .limit(generations)
                .peek(result -> generationsRun[0]++)
                .collect(MOEA.toParetoSet(IntRange.of(Math.max(1, populationSize / 2), populationSize))));
        Map<StrategyParameters, ParetoPoint> unique = new LinkedHashMap<>();
        for (Phenotype<DoubleGene, Vec<double[]>> ph : set) {
            StrategyParameters p = dna.decode(ph.genotype());
            unique.computeIfAbsent(p, q -> new ParetoPoint(q, evaluated.get(q)));
        }
        List<ParetoPoint> points = new ArrayList<>(unique.values());
        points.removeIf(a -> points.stream().anyMatch(b -> b.dominates(a)));
        points.sort(Comparator.comparingDouble(ParetoPoint::sharpe).reversed()
                .thenComparingDouble(ParetoPoint::maxDrawdown));
        // One parameter set per distinct (Sharpe, drawdown): e.g. every set that never trades scores (0, 0).
        List<ParetoPoint> distinct = new ArrayList<>(points.size());
        for (ParetoPoint p : points) {
            ParetoPoint prev = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (prev == null || prev.sharpe() != p.sharpe() || prev.maxDrawdown() != p.maxDrawdown()) {
                distinct.add(p);
            }
        }
        return new ParetoFront(distinct, generationsRun[0], guard.evaluations.get(), seed);
    }

    /** Sharpe ratio maximized, drawdown minimized. */
    private static final VecFactory<double[]> SHARPE_UP_DRAWDOWN_DOWN =
            VecFactory.ofDoubleVec(Optimize.MAXIMUM, Optimize.MINIMUM);

    private static Vec<double[]> objectives(MetricsObjective objective, StrategyParameters p,
                                            Map<StrategyParameters, BacktestMetrics> evaluated) {
        BacktestMetrics m = objective.evaluate(p);
        if (m == null) {
            throw new IllegalArgumentException("objective returned null metrics for " + p);
        }
        evaluated.put(p, m);
        return SHARPE_UP_DRAWDOWN_DOWN.newVec(new double[] {m.sharpe(), m.maxDrawdown()});
    }

    private <C extends Comparable<? super C>> Evaluator<DoubleGene, C> evaluator(Function<Genotype<DoubleGene>, C> f) {
        return executor == SERIAL ? Evaluators.serial(f) : Evaluators.concurrent(f, executor);
    }

    /**
     * Counts evaluations and keeps the first failure of the fitness function: Jenetics reports one
     * as a CancellationException without its cause, and the run rethrows it as it was.
     */
    private final class Guard {
        final AtomicLong evaluations = new AtomicLong();
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        <C> Function<Genotype<DoubleGene>, C> wrap(Function<StrategyParameters, C> f) {
            return genotype -> {
                try {
                    C value = f.apply(dna.decode(genotype));
                    evaluations.incrementAndGet();
                    return value;
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    throw e;
                }
            };
        }

        /** Runs with all randomness from a {@link SplittableRandom} seeded with {@code seed}. */
        <R> R run(long seed, Supplier<R> body) {
            try {
                return RandomRegistry.with(new SplittableRandom(seed), random -> body.get());
            } catch (RuntimeException e) {
                RuntimeException cause = failure.get();
                throw cause != null ? cause : e;
            }
        }
    }

    private static GenerationStats stats(EvolutionResult<DoubleGene, Double> result) {
        double sum = 0;
        for (Phenotype<DoubleGene, Double> p : result.population()) {
            sum += p.fitness();
        }
        return new GenerationStats(result.generation(), result.bestFitness(), sum / result.population().size());
    }

    /**
     * The genome searched.
     *
     * @return the genome
     */
    public StrategyDNA dna() {
        return dna;
    }

    /**
     * The population size.
     *
     * @return the size
     */
    public int populationSize() {
        return populationSize;
    }

    /**
     * The most generations a run makes.
     *
     * @return the generation limit
     */
    public int generations() {
        return generations;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * A builder initialized from this optimizer, e.g. to change only the seed.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dna = dna;
        b.populationSize = populationSize;
        b.generations = generations;
        b.tournamentSize = tournamentSize;
        b.crossoverRate = crossoverRate;
        b.mutationRate = mutationRate;
        b.elites = elites;
        b.seed = seed;
        b.executor = executor;
        b.steadyGenerations = steadyGenerations;
        return b;
    }

    @Override
    public String toString() {
        return "GeneticOptimizer[population=" + populationSize + ", generations=" + generations + ", tournament="
                + tournamentSize + ", crossover=" + crossoverRate + ", mutation=" + mutationRate + ", elites=" + elites
                + ", seed=" + seed + ", steadyGenerations=" + steadyGenerations + "]";
    }

    /**
     * Builds a {@link GeneticOptimizer}; each setter validates its argument, {@link #build()} the
     * combination. Not thread-safe; the built optimizer is.
     */
    public static final class Builder {
        private StrategyDNA dna = StrategyDNA.defaults();
        private int populationSize = 50;
        private int generations = 100;
        private int tournamentSize = 3;
        private double crossoverRate = 0.7;
        private double mutationRate = 0.1;
        private int elites = 5;
        private long seed = 42L;
        private Executor executor = SERIAL;
        private int steadyGenerations;

        private Builder() {
        }

        /**
         * Sets the genome to search.
         *
         * @param dna the genome
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder dna(StrategyDNA dna) {
            this.dna = ArgChecks.notNull(dna, "dna");
            return this;
        }

        /**
         * Sets the population size.
         *
         * @param size individuals per generation, at least 2
         * @return this builder
         * @throws IllegalArgumentException if below 2
         */
        public Builder populationSize(int size) {
            ArgChecks.check(size >= 2, "populationSize", size, "must be at least 2");
            this.populationSize = size;
            return this;
        }

        /**
         * Sets the most generations.
         *
         * @param count the generation limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder generations(int count) {
            this.generations = ArgChecks.positive(count, "generations");
            return this;
        }

        /**
         * Sets the tournament size of the offspring selection.
         *
         * @param size individuals per tournament, at least 1 and at most the population size
         * @return this builder
         * @throws IllegalArgumentException if below 1 (the upper bound is checked by {@link #build()})
         */
        public Builder tournamentSize(int size) {
            this.tournamentSize = ArgChecks.positive(size, "tournamentSize");
            return this;
        }

        /**
         * Sets the single-point crossover probability.
         *
         * @param rate a probability in {@code [0, 1]}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder crossoverRate(double rate) {
            this.crossoverRate = ArgChecks.inRange(rate, 0.0, 1.0, "crossoverRate");
            return this;
        }

        /**
         * Sets the gaussian mutation probability per gene.
         *
         * @param rate a probability in {@code [0, 1]}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder mutationRate(double rate) {
            this.mutationRate = ArgChecks.inRange(rate, 0.0, 1.0, "mutationRate");
            return this;
        }

        /**
         * Sets the number of elites kept unchanged each generation.
         *
         * @param count zero or more, below the population size
         * @return this builder
         * @throws IllegalArgumentException if negative (the upper bound is checked by {@link #build()})
         */
        public Builder elites(int count) {
            this.elites = ArgChecks.notNegative(count, "elites");
            return this;
        }

        /**
         * Sets the seed of all the run's randomness.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the executor of fitness evaluations; {@code Runnable::run} (serial, the default) is
         * fastest on few cores.
         *
         * @param executor the executor
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder executor(Executor executor) {
            this.executor = ArgChecks.notNull(executor, "executor");
            return this;
        }

        /**
         * Stops a run after this many generations without improvement of the best fitness.
         *
         * @param count generations, at least 1; or 0 to run all generations (the default)
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder steadyFitness(int count) {
            this.steadyGenerations = ArgChecks.notNegative(count, "steadyFitness");
            return this;
        }

        /**
         * Builds the optimizer.
         *
         * @return the optimizer
         * @throws IllegalArgumentException if {@code elites >= populationSize} or
         *                                  {@code tournamentSize > populationSize}
         */
        public GeneticOptimizer build() {
            ArgChecks.check(elites < populationSize, "elites", elites,
                    "must be below populationSize " + populationSize);
            ArgChecks.check(tournamentSize <= populationSize, "tournamentSize", tournamentSize,
                    "must be at most populationSize " + populationSize);
            return new GeneticOptimizer(this);
        }
    }
}
