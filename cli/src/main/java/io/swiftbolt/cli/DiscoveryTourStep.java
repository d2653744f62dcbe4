package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.discovery.ga.GeneticOptimizer;
import io.swiftbolt.discovery.walkforward.DiscoveryReport;
import io.swiftbolt.discovery.walkforward.StrategyDiscovery;
import io.swiftbolt.cli.charts.TourCharts;
import io.swiftbolt.discovery.ga.GenerationStats;
import io.swiftbolt.discovery.walkforward.FoldResult;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tour's discovery step: a seeded genetic-algorithm search of the built-in strategy family on
 * the bundled S&amp;P 500, walk-forward over 2010-2020, in-sample against out-of-sample.
 */
final class DiscoveryTourStep implements TourCommand.Step {

    /** The seed of the tour's run. */
    static final long SEED = 42L;

    @Override
    public String title() {
        return "Strategy discovery: genetic algorithm + walk-forward on the S&P 500 (2010-2020, 4 folds)";
    }

    /** Population and generations per fold: the full tour, and {@code --quick}. */
    static final int POPULATION = 30;
    static final int GENERATIONS = 30;
    static final int QUICK_POPULATION = 20;
    static final int QUICK_GENERATIONS = 15;

    @Override
    public void run(PrintWriter out) {
        run(TourContext.textOnly(out));
    }

    @Override
    public void run(TourContext ctx) {
        PrintWriter out = ctx.out();
        int population = ctx.quick() ? QUICK_POPULATION : POPULATION;
        int generations = ctx.quick() ? QUICK_GENERATIONS : GENERATIONS;
        BarSeries sp = BundledData.sp500().between(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 4, 17));
        GeneticOptimizer optimizer = GeneticOptimizer.builder().populationSize(population).generations(generations)
                .seed(SEED).build();
        StrategyDiscovery discovery = StrategyDiscovery.builder().optimizer(optimizer).walkForward(4).build();
        DiscoveryReport report = discovery.discover(sp);
        ctx.put(DiscoveryReport.class, report);
        out.printf(Locale.ROOT, "  %d bars %s..%s; population %d x %d generations per fold, seed %d%n", sp.size(),
                sp.firstDate(), sp.lastDate(), population, generations, SEED);
        DiscoverCommand.print(out, report, discovery.backtester(), 10);
        ctx.chart("ga_convergence.png", () -> convergenceChart(report));
    }

    private static BufferedImage convergenceChart(DiscoveryReport report) {
        List<TourCharts.FitnessHistory> folds = new ArrayList<>();
        for (FoldResult f : report.folds()) {
            double[] best = f.history().stream().mapToDouble(GenerationStats::bestFitness).toArray();
            double[] mean = f.history().stream().mapToDouble(GenerationStats::meanFitness).toArray();
            folds.add(new TourCharts.FitnessHistory(String.format(Locale.ROOT, "fold %d (train %d-%d)", f.fold(),
                    f.trainStart().getYear(), f.trainEnd().getYear()), best, mean));
        }
        return TourCharts.convergence("GA convergence per walk-forward fold, S&P 500 (solid: best, dashed: "
                + "mean)", folds, "fitness: 0.5 Sharpe + 0.3 return - 0.2 |max DD|");
    }
}
