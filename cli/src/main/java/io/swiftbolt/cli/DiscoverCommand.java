package io.swiftbolt.cli;

import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.discovery.backtest.BacktestMetrics;
import io.swiftbolt.discovery.backtest.Backtester;
import io.swiftbolt.discovery.dna.StrategyParameters;
import io.swiftbolt.discovery.ga.GenerationStats;
import io.swiftbolt.discovery.ga.GeneticOptimizer;
import io.swiftbolt.discovery.overfit.DeflatedSharpeRatio;
import io.swiftbolt.discovery.walkforward.DiscoveryReport;
import io.swiftbolt.discovery.walkforward.FoldResult;
import io.swiftbolt.discovery.walkforward.ParetoReport;
import io.swiftbolt.discovery.walkforward.StrategyDiscovery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt discover}: genetic-algorithm strategy discovery with walk-forward validation.
 * The output holds no timing, so the same input and seed give byte-identical output.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {
            "Searches the built-in z-score/RSI/volatility strategy family with a seeded genetic algorithm "
                + "(Jenetics) on a daily bar CSV, walk-forward: optimize on a window, score on the next unseen one.",
            "Prints the best parameters, in-sample and out-of-sample metrics side by side, the deflated Sharpe "
                + "ratio (Bailey & Lopez de Prado) and the convergence history. Signals at a close trade at the "
                + "next open; commission and slippage 5 bp per side; Sharpe annualized with 252, risk-free 0."})
final class DiscoverCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "BARS.csv", description = "daily bars CSV")
    Path in;

    @Option(names = "--population", paramLabel = "N", defaultValue = "50",
            description = "population size, at least 2 (default: ${DEFAULT-VALUE})")
    int population;

    @Option(names = "--generations", paramLabel = "N", defaultValue = "100",
            description = "generations (default: ${DEFAULT-VALUE})")
    int generations;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "seed of all randomness; fold i uses SEED + i - 1 (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--walk-forward", paramLabel = "K", defaultValue = "3",
            description = "walk-forward folds: K + 1 equal windows; 0 optimizes the whole series with no "
                + "out-of-sample test (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--steady", paramLabel = "N", defaultValue = "0",
            description = "stop a fold after N generations without improvement; 0 = never (default: ${DEFAULT-VALUE})")
    int steady;

    @Option(names = "--pareto",
            description = "search the Pareto front of (max Sharpe, min drawdown) with NSGA-II instead of the "
                + "weighted fitness: on the last fold's training window, each member scored on the unseen last window")
    boolean pareto;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write parameters.csv, folds.csv, summary.csv and history.csv into DIR "
                + "(with --pareto: pareto.csv)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GeneticOptimizer optimizer = GeneticOptimizer.builder().populationSize(population).generations(generations)
                .seed(seed).steadyFitness(steady).build();
        StrategyDiscovery discovery = StrategyDiscovery.builder().optimizer(optimizer).walkForward(folds).build();
        BarSeries series = BarSeriesCsv.read(in);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "discover: %s, %d bars %s..%s; population %d, generations %d, seed %d, %s%n",
                series.name(), series.size(), series.firstDate(), series.lastDate(), population, generations, seed,
                folds == 0 ? "no walk-forward" : "walk-forward " + folds + " folds");
        if (pareto) {
            ParetoReport front = discovery.paretoFront(series);
            printPareto(w, front);
            if (out != null) {
                AtomicCsv.writeFiles(out, List.of("pareto.csv"), List.of(paretoRows(front)));
            }
            return 0;
        }
        DiscoveryReport report = discovery.discover(series);
        print(w, report, discovery.backtester(), 10);
        if (out != null) {
            write(out, report);
        }
        return 0;
    }

    /**
     * Prints a report: folds, best parameters, in-sample against out-of-sample, deflated Sharpe and
     * the last fold's convergence history every {@code every} generations (and the last).
     */
    static void print(PrintWriter w, DiscoveryReport report, Backtester backtester, int every) {
        w.printf(Locale.ROOT, "family ZScoreRsiFamily; fitness 0.5 sharpe + 0.3 total return - 0.2 |max drawdown|; "
                + "commission %s bp, slippage %s bp per side%n", bp(backtester.commissionRate()),
                bp(backtester.slippageRate()));
        w.println();
        String[][] rows = new String[report.folds().size()][];
        for (int i = 0; i < rows.length; i++) {
            FoldResult f = report.folds().get(i);
            Optional<BacktestMetrics> o = f.outOfSample();
            rows[i] = new String[] {Integer.toString(f.fold()), f.trainStart() + ".." + f.trainEnd(),
                f.test().map(t -> t.start() + ".." + t.end()).orElse("-"), Long.toString(f.trials()),
                fix(f.inSample().sharpe(), 2), o.map(m -> fix(m.sharpe(), 2)).orElse("-"),
                pct(f.inSample().annualizedReturn()), o.map(m -> pct(m.annualizedReturn())).orElse("-"),
                pct(f.inSample().maxDrawdown()), o.map(m -> pct(m.maxDrawdown())).orElse("-"),
                f.deflatedSharpe().map(d -> fix(d.probability(), 3)).orElse("-")};
        }
        w.println("folds: optimized on train, scored untouched on the next unseen window (test)");
        Tables.printGrid(w, new String[] {"fold", "train", "test", "trials", "IS sharpe", "OOS sharpe", "IS ann.ret %",
            "OOS ann.ret %", "IS maxDD %", "OOS maxDD %", "DSR"}, rows);
        w.println();
        FoldResult last = report.lastFold();
        StrategyParameters best = last.best();
        String[][] params = new String[best.dna().size()][];
        for (int i = 0; i < params.length; i++) {
            params[i] = new String[] {best.dna().gene(i).name(), best.format(i)};
        }
        Tables.print(w, String.format(Locale.ROOT, "best parameters (fold %d, trained on %s..%s; fitness %s)",
                last.fold(), last.trainStart(), last.trainEnd(), fix(last.bestFitness(), 4)), params);
        w.println();
        BacktestMetrics is = report.inSample();
        Optional<BacktestMetrics> oos = report.outOfSample();
        w.println("in-sample vs out-of-sample (each fold's window, stitched in time order)");
        Tables.printGrid(w, new String[] {"metric", "in-sample", "out-of-sample"}, new String[][] {
            side("sharpe (annualized)", is, oos, m -> fix(m.sharpe(), 3)),
            side("annualized return %", is, oos, m -> pct(m.annualizedReturn())),
            side("total return %", is, oos, m -> pct(m.totalReturn())),
            side("annualized volatility %", is, oos, m -> pct(m.annualizedVolatility())),
            side("max drawdown %", is, oos, m -> pct(m.maxDrawdown())),
            side("win rate %", is, oos, m -> pct(m.winRate())),
            side("trades", is, oos, m -> Integer.toString(m.tradeCount())),
            side("bars", is, oos, m -> Integer.toString(m.bars()))});
        w.println("walk-forward efficiency (OOS / IS annualized return): "
                + (report.walkForwardEfficiency().isPresent() ? fix(report.walkForwardEfficiency().getAsDouble(), 3)
                : oos.isPresent() ? "undefined (in-sample return not positive)" : "n/a (no walk-forward)"));
        Optional<DeflatedSharpeRatio> dsr = last.deflatedSharpe();
        double ppy = backtester.periodsPerYear();
        if (dsr.isPresent()) {
            DeflatedSharpeRatio d = dsr.get();
            w.printf(Locale.ROOT, "deflated Sharpe ratio (fold %d): %s = P[true Sharpe > SR0]; in-sample Sharpe %s vs "
                    + "SR0 %s, the expected best of %d trials by luck (annualized; skew %s, kurtosis %s)%n",
                    last.fold(), fix(d.probability(), 3), fix(d.sharpe() * Math.sqrt(ppy), 3),
                    fix(d.annualizedBenchmark(ppy), 3), d.trials(), fix(d.moments().skewness(), 2),
                    fix(d.moments().kurtosis(), 2));
        } else {
            w.printf(Locale.ROOT, "deflated Sharpe ratio (fold %d): undefined (the in-sample equity never moved)%n",
                    last.fold());
        }
        w.println();
        w.printf(Locale.ROOT, "convergence (fold %d, every %d generations)%n", last.fold(), every);
        List<GenerationStats> history = last.history();
        List<String[]> conv = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            GenerationStats g = history.get(i);
            if (i == 0 || (i + 1) % every == 0 || i == history.size() - 1) {
                conv.add(new String[] {Long.toString(g.generation()), fix(g.bestFitness(), 4), fix(g.meanFitness(), 4)});
            }
        }
        Tables.printGrid(w, new String[] {"generation", "best fitness", "mean fitness"}, conv.toArray(new String[0][]));
        w.flush();
    }

    /** Prints a Pareto report: one row per member, in-sample beside out-of-sample. */
    static void printPareto(PrintWriter w, ParetoReport report) {
        w.printf(Locale.ROOT, "Pareto front (NSGA-II): maximize Sharpe, minimize max drawdown; trained on %s..%s%s; "
                + "%d members from %d trials in %d generations%n", report.train().start(), report.train().end(),
                report.test().map(t -> ", tested on " + t.start() + ".." + t.end()).orElse(" (no test window)"),
                report.members().size(), report.front().evaluations(), report.front().generations());
        String[][] rows = new String[report.members().size()][];
        for (int i = 0; i < rows.length; i++) {
            ParetoReport.Member m = report.members().get(i);
            Optional<BacktestMetrics> o = m.outOfSample();
            StrategyParameters p = m.parameters();
            rows[i] = new String[] {Integer.toString(i + 1), fix(m.inSample().sharpe(), 2), pct(m.inSample().maxDrawdown()),
                o.map(x -> fix(x.sharpe(), 2)).orElse("-"), o.map(x -> pct(x.maxDrawdown())).orElse("-"),
                Integer.toString(m.inSample().tradeCount()), compact(p)};
        }
        Tables.printGrid(w, new String[] {"#", "IS sharpe", "IS maxDD %", "OOS sharpe", "OOS maxDD %", "IS trades",
            "parameters"}, rows);
        w.println("parameters: " + String.join(" ", report.members().get(0).parameters().dna().names()));
        w.flush();
    }

    private static String compact(StrategyParameters p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.dna().size(); i++) {
            sb.append(i == 0 ? "" : " ").append(p.format(i));
        }
        return sb.toString();
    }

    private static List<List<String>> paretoRows(ParetoReport report) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("member"));
        header.addAll(report.members().get(0).parameters().dna().names());
        header.addAll(List.of("is_sharpe", "is_max_drawdown", "is_total_return", "is_trades", "oos_sharpe",
                "oos_max_drawdown", "oos_total_return", "oos_trades"));
        rows.add(header);
        for (int i = 0; i < report.members().size(); i++) {
            ParetoReport.Member m = report.members().get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
            for (double v : m.parameters().values()) {
                row.add(Double.toString(v));
            }
            row.addAll(metricCells(Optional.of(m.inSample())));
            row.addAll(metricCells(m.outOfSample()));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> metricCells(Optional<BacktestMetrics> m) {
        return List.of(m.map(x -> Double.toString(x.sharpe())).orElse(""),
                m.map(x -> Double.toString(x.maxDrawdown())).orElse(""),
                m.map(x -> Double.toString(x.totalReturn())).orElse(""),
                m.map(x -> Integer.toString(x.tradeCount())).orElse(""));
    }

    private static String[] side(String label, BacktestMetrics is, Optional<BacktestMetrics> oos,
                                 Function<BacktestMetrics, String> f) {
        return new String[] {label, f.apply(is), oos.map(f).orElse("-")};
    }

    /** Writes the four CSV files atomically: all or none. */
    static void write(Path dir, DiscoveryReport report) {
        List<String[]> params = new ArrayList<>();
        List<String[]> folds = new ArrayList<>();
        List<String[]> history = new ArrayList<>();
        for (FoldResult f : report.folds()) {
            StrategyParameters p = f.best();
            for (int i = 0; i < p.dna().size(); i++) {
                params.add(new String[] {Integer.toString(f.fold()), p.dna().gene(i).name(), Double.toString(p.value(i))});
            }
            Optional<BacktestMetrics> o = f.outOfSample();
            folds.add(new String[] {Integer.toString(f.fold()), f.trainStart().toString(), f.trainEnd().toString(),
                f.test().map(t -> t.start().toString()).orElse(""), f.test().map(t -> t.end().toString()).orElse(""),
                Long.toString(f.trials()), Double.toString(f.bestFitness()),
                Double.toString(f.inSample().sharpe()), o.map(m -> Double.toString(m.sharpe())).orElse(""),
                Double.toString(f.inSample().annualizedReturn()),
                o.map(m -> Double.toString(m.annualizedReturn())).orElse(""),
                Double.toString(f.inSample().maxDrawdown()), o.map(m -> Double.toString(m.maxDrawdown())).orElse(""),
                Integer.toString(f.inSample().tradeCount()), o.map(m -> Integer.toString(m.tradeCount())).orElse(""),
                f.deflatedSharpe().map(d -> Double.toString(d.probability())).orElse("")});
            for (GenerationStats g : f.history()) {
                history.add(new String[] {Integer.toString(f.fold()), Long.toString(g.generation()),
                    Double.toString(g.bestFitness()), Double.toString(g.meanFitness())});
            }
        }
        BacktestMetrics is = report.inSample();
        Optional<BacktestMetrics> oos = report.outOfSample();
        List<String[]> summary = List.of(
                row("sharpe", is, oos, BacktestMetrics::sharpe),
                row("annualized_return", is, oos, BacktestMetrics::annualizedReturn),
                row("total_return", is, oos, BacktestMetrics::totalReturn),
                row("annualized_volatility", is, oos, BacktestMetrics::annualizedVolatility),
                row("max_drawdown", is, oos, BacktestMetrics::maxDrawdown),
                row("win_rate", is, oos, BacktestMetrics::winRate),
                row("trades", is, oos, m -> (double) m.tradeCount()),
                new String[] {"walk_forward_efficiency", "", report.walkForwardEfficiency().isPresent()
                    ? Double.toString(report.walkForwardEfficiency().getAsDouble()) : ""},
                new String[] {"deflated_sharpe_last_fold", report.lastFold().deflatedSharpe()
                    .map(d -> Double.toString(d.probability())).orElse(""), ""});
        AtomicCsv.writeFiles(dir, List.of("parameters.csv", "folds.csv", "summary.csv", "history.csv"), List.of(
                table(new String[] {"fold", "gene", "value"}, params),
                table(new String[] {"fold", "train_start", "train_end", "test_start", "test_end", "trials",
                    "best_fitness", "is_sharpe", "oos_sharpe", "is_annualized_return", "oos_annualized_return",
                    "is_max_drawdown", "oos_max_drawdown", "is_trades", "oos_trades", "deflated_sharpe"}, folds),
                table(new String[] {"metric", "in_sample", "out_of_sample"}, summary),
                table(new String[] {"fold", "generation", "best_fitness", "mean_fitness"}, history)));
    }

    private static List<List<String>> table(String[] header, List<String[]> rows) {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(List.of(header));
        for (String[] r : rows) {
            all.add(List.of(r));
        }
        return all;
    }

    private static String[] row(String name, BacktestMetrics is, Optional<BacktestMetrics> oos,
                                java.util.function.ToDoubleFunction<BacktestMetrics> f) {
        return new String[] {name, Double.toString(f.applyAsDouble(is)),
            oos.map(m -> Double.toString(f.applyAsDouble(m))).orElse("")};
    }

    private static String fix(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f", 100 * v);
    }

    private static String bp(double rate) {
        return String.format(Locale.ROOT, "%.0f", rate * 1e4);
    }
}
