package io.swiftbolt.discovery.walkforward;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.backtest.BacktestResult;
import io.swiftbolt.discovery.backtest.Backtester;
import io.swiftbolt.discovery.backtest.PriceBars;
import io.swiftbolt.discovery.backtest.StrategyFamily;
import io.swiftbolt.discovery.backtest.Trade;
import io.swiftbolt.discovery.backtest.ZScoreRsiFamily;
import io.swiftbolt.discovery.fitness.FitnessEvaluator;
import io.swiftbolt.discovery.ga.GeneticOptimizer;
import io.swiftbolt.discovery.ga.OptimizationResult;
import io.swiftbolt.discovery.ga.ParetoFront;
import io.swiftbolt.discovery.ga.ParetoPoint;
import io.swiftbolt.discovery.overfit.DeflatedSharpe;
import io.swiftbolt.discovery.overfit.DeflatedSharpeRatio;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Strategy discovery with an overfitting guard: a {@link GeneticOptimizer} searches a
 * {@link StrategyFamily} on a {@link Backtester} with a {@link FitnessEvaluator}, walk-forward.
 *
 * <h2>Walk-forward</h2>
 * With {@code folds = K >= 1} the series is cut into {@code K + 1} consecutive windows of equal
 * length (bar {@code j}'s window boundary at {@code round(j n / (K + 1))}). Fold {@code i}
 * optimizes on window {@code i} and scores the best parameters, untouched, on window
 * {@code i + 1}, which the optimizer never saw; then it rolls forward one window. Each window is
 * backtested on its own (indicators warm up inside it), so no information crosses a boundary.
 * With {@code folds = 0} the whole series is optimized and there is no out-of-sample result.
 * Fold {@code i} uses seed {@code seed + i - 1}.
 *
 * <h2>Overfitting statistics</h2>
 * Per fold, the {@link DeflatedSharpe deflated Sharpe ratio} of the in-sample best, with the
 * number of trials the GA evaluated and the variance of their per-period Sharpe ratios; over all
 * folds, stitched in-sample and out-of-sample metrics and the walk-forward efficiency (see
 * {@link DiscoveryReport}).
 *
 * <p>Made by {@link #builder()}; immutable and thread-safe. Reproducible: the same inputs and seed
 * give the same report (bit for bit with the default serial executor; with a concurrent one the
 * trials' Sharpe variance may differ in its last digits, as its sum's order does).
 */
public final class StrategyDiscovery {

    private final Backtester backtester;
    private final StrategyFamily family;
    private final FitnessEvaluator fitness;
    private final GeneticOptimizer optimizer;
    private final int folds;

    private StrategyDiscovery(Builder b) {
        this.backtester = b.backtester;
        this.family = b.family;
        this.fitness = b.fitness;
        this.optimizer = b.optimizer;
        this.folds = b.folds;
    }

    /**
     * A builder: default backtester, the built-in {@link ZScoreRsiFamily}, the default fitness, the
     * default optimizer, no walk-forward.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the discovery on a daily bar series.
     *
     * @param series the bars
     * @return the report
     * @throws IllegalArgumentException if {@code series} is null, or a window is shorter than the
     *                                  family needs for the genome's bounds (the message gives the
     *                                  window length and what is needed)
     */
    public DiscoveryReport discover(BarSeries series) {
        ArgChecks.notNull(series, "series");
        int n = series.size();
        checkLength(series);
        int windows = folds + 1;
        PriceBars all = PriceBars.of(series);
        int foldCount = Math.max(1, folds);
        List<FoldResult> results = new ArrayList<>(foldCount);
        List<double[]> inReturns = new ArrayList<>();
        List<double[]> outReturns = new ArrayList<>();
        int[] inTrades = new int[2];
        int[] outTrades = new int[2];
        for (int f = 1; f <= foldCount; f++) {
            int trainFrom = folds == 0 ? 0 : boundary(f - 1, n, windows);
            int trainTo = folds == 0 ? n : boundary(f, n, windows);
            PriceBars train = all.slice(trainFrom, trainTo);
            TrialStatistics trials = new TrialStatistics();
            GeneticOptimizer foldOptimizer = optimizer.toBuilder().seed(optimizer.seed() + f - 1).build();
            OptimizationResult opt = foldOptimizer.optimize(p -> {
                BacktestMetrics m = backtester.evaluate(train, family.prepare(train, p));
                trials.add(m.sharpePerPeriod());
                return fitness.fitness(m);
            });
            BacktestResult in = backtester.run(train, family, opt.best());
            double[] inR = in.returns();
            inReturns.add(inR);
            count(in.trades(), inTrades);
            Optional<DeflatedSharpeRatio> dsr = Optional.empty();
            if (inR.length >= 2 && varies(inR)) {
                dsr = Optional.of(DeflatedSharpe.of(inR, opt.evaluations(), trials.variance()));
            }
            Optional<FoldResult.DateRange> testRange = Optional.empty();
            Optional<BacktestMetrics> oos = Optional.empty();
            if (folds > 0) {
                int testFrom = trainTo;
                int testTo = boundary(f + 1, n, windows);
                PriceBars test = all.slice(testFrom, testTo);
                BacktestResult out = backtester.run(test, family, opt.best());
                outReturns.add(out.returns());
                count(out.trades(), outTrades);
                oos = Optional.of(out.metrics());
                testRange = Optional.of(new FoldResult.DateRange(series.date(testFrom), series.date(testTo - 1)));
            }
            results.add(new FoldResult(f, series.date(trainFrom), series.date(trainTo - 1), testRange, opt.best(),
                    opt.bestFitness(), in.metrics(), oos, dsr, opt.evaluations(), opt.history()));
        }
        double ppy = backtester.periodsPerYear();
        BacktestMetrics inSample = BacktestMetrics.fromReturns(concat(inReturns), ppy, inTrades[0], inTrades[1]);
        Optional<BacktestMetrics> outOfSample = Optional.empty();
        OptionalDouble efficiency = OptionalDouble.empty();
        if (folds > 0) {
            BacktestMetrics oos = BacktestMetrics.fromReturns(concat(outReturns), ppy, outTrades[0], outTrades[1]);
            outOfSample = Optional.of(oos);
            if (inSample.annualizedReturn() > 0) {
                efficiency = OptionalDouble.of(oos.annualizedReturn() / inSample.annualizedReturn());
            }
        }
        return new DiscoveryReport(series.name(), n, results, inSample, outOfSample, efficiency);
    }

    /**
     * Searches the Pareto front of (maximum Sharpe ratio, minimum drawdown) with NSGA-II
     * ({@link GeneticOptimizer#paretoFront}) instead of one weighted fitness. With walk-forward on
     * ({@code folds > 0}), the search runs on the last fold's training window and every member of
     * the front is then scored on the last, unseen window; without it, on the whole series.
     *
     * @param series the bars
     * @return the front with in-sample and out-of-sample metrics per member
     * @throws IllegalArgumentException if {@code series} is null, or a window is shorter than the
     *                                  family needs for the genome's bounds
     */
    public ParetoReport paretoFront(BarSeries series) {
        ArgChecks.notNull(series, "series");
        int n = series.size();
        checkLength(series);
        int windows = folds + 1;
        PriceBars all = PriceBars.of(series);
        int trainFrom = folds == 0 ? 0 : boundary(folds - 1, n, windows);
        int trainTo = folds == 0 ? n : boundary(folds, n, windows);
        PriceBars train = all.slice(trainFrom, trainTo);
        Optional<PriceBars> test = folds == 0 ? Optional.empty() : Optional.of(all.slice(trainTo, n));
        ParetoFront front = optimizer.paretoFront(p -> backtester.evaluate(train, family.prepare(train, p)));
        List<ParetoReport.Member> members = new ArrayList<>(front.size());
        for (ParetoPoint point : front.points()) {
            Optional<BacktestMetrics> oos = test.map(t -> backtester.evaluate(t, family.prepare(t, point.parameters())));
            members.add(new ParetoReport.Member(point.parameters(), point.metrics(), oos));
        }
        return new ParetoReport(series.name(), new FoldResult.DateRange(series.date(trainFrom), series.date(trainTo - 1)),
                test.map(t -> new FoldResult.DateRange(series.date(trainTo), series.date(n - 1))), members, front);
    }

    /**
     * The number of walk-forward folds.
     *
     * @return folds, 0 when off
     */
    public int folds() {
        return folds;
    }

    /**
     * The optimizer.
     *
     * @return the optimizer
     */
    public GeneticOptimizer optimizer() {
        return optimizer;
    }

    /**
     * The backtester.
     *
     * @return the backtester
     */
    public Backtester backtester() {
        return backtester;
    }

    /**
     * The strategy family searched.
     *
     * @return the family
     */
    public StrategyFamily family() {
        return family;
    }

    /** Fails if a walk-forward window is shorter than the family needs for the genome's bounds. */
    private void checkLength(BarSeries series) {
        int n = series.size();
        int windows = folds + 1;
        int need = family.minimumBars(optimizer.dna());
        int shortest = Integer.MAX_VALUE;
        for (int j = 0; j < windows; j++) {
            shortest = Math.min(shortest, boundary(j + 1, n, windows) - boundary(j, n, windows));
        }
        if (shortest < need) {
            throw new IllegalArgumentException("series " + series.name() + " of " + n + " bars"
                    + (folds > 0 ? " cut into " + windows + " walk-forward windows gives windows of " + shortest + " bars" : "")
                    + ", shorter than the " + need + " bars " + family + " needs for the genome's largest look-back"
                    + (folds > 0 ? "; use fewer folds, more data or a smaller lookback bound" : ""));
        }
    }

    static int boundary(int j, int n, int windows) {
        return (int) Math.round((double) j * n / windows);
    }

    private static boolean varies(double[] r) {
        for (double x : r) {
            if (x != r[0]) {
                return true;
            }
        }
        return false;
    }

    private static void count(List<Trade> trades, int[] counts) {
        for (Trade t : trades) {
            counts[0]++;
            if (t.pnl() > 0) {
                counts[1]++;
            }
        }
    }

    private static double[] concat(List<double[]> parts) {
        int total = 0;
        for (double[] p : parts) {
            total += p.length;
        }
        double[] all = new double[total];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, all, k, p.length);
            k += p.length;
        }
        return all;
    }

    /** Running sum and sum of squares of the trials' Sharpe ratios; thread-safe. */
    private static final class TrialStatistics {
        private long count;
        private double sum;
        private double sumSquares;

        synchronized void add(double sharpe) {
            count++;
            sum += sharpe;
            sumSquares += sharpe * sharpe;
        }

        /** Sample variance; 0 with fewer than two trials. */
        synchronized double variance() {
            if (count < 2) {
                return 0.0;
            }
            double mean = sum / count;
            return Math.max(0.0, (sumSquares - count * mean * mean) / (count - 1));
        }
    }

    /** Builds a {@link StrategyDiscovery}. Not thread-safe; the built engine is. */
    public static final class Builder {
        private Backtester backtester = Backtester.defaults();
        private StrategyFamily family = ZScoreRsiFamily.instance();
        private FitnessEvaluator fitness = FitnessEvaluator.defaults();
        private GeneticOptimizer optimizer = GeneticOptimizer.builder().build();
        private int folds;

        private Builder() {
        }

        /**
         * Sets the backtester.
         *
         * @param backtester the backtester
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder backtester(Backtester backtester) {
            this.backtester = ArgChecks.notNull(backtester, "backtester");
            return this;
        }

        /**
         * Sets the strategy family.
         *
         * @param family the family, thread-safe
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder family(StrategyFamily family) {
            this.family = ArgChecks.notNull(family, "family");
            return this;
        }

        /**
         * Sets the fitness.
         *
         * @param fitness the fitness evaluator
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder fitness(FitnessEvaluator fitness) {
            this.fitness = ArgChecks.notNull(fitness, "fitness");
            return this;
        }

        /**
         * Sets the optimizer (its genome is the one searched; its seed that of fold 1).
         *
         * @param optimizer the optimizer
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder optimizer(GeneticOptimizer optimizer) {
            this.optimizer = ArgChecks.notNull(optimizer, "optimizer");
            return this;
        }

        /**
         * Sets the number of walk-forward folds.
         *
         * @param count folds, 0 (off, the default) to 100
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder walkForward(int count) {
            this.folds = ArgChecks.inRange(count, 0, 100, "walkForward");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public StrategyDiscovery build() {
            return new StrategyDiscovery(this);
        }
    }
}
