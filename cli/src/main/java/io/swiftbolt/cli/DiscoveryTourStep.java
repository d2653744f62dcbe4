package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.discovery.ga.GeneticOptimizer;
import io.swiftbolt.discovery.walkforward.DiscoveryReport;
import io.swiftbolt.discovery.walkforward.StrategyDiscovery;
import java.io.PrintWriter;
import java.time.LocalDate;
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

    @Override
    public void run(PrintWriter out) {
        BarSeries sp = BundledData.sp500().between(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 4, 17));
        GeneticOptimizer optimizer = GeneticOptimizer.builder().populationSize(30).generations(30).seed(SEED).build();
        StrategyDiscovery discovery = StrategyDiscovery.builder().optimizer(optimizer).walkForward(4).build();
        DiscoveryReport report = discovery.discover(sp);
        out.printf(Locale.ROOT, "  %d bars %s..%s; population 30 x 30 generations per fold, seed %d%n", sp.size(),
                sp.firstDate(), sp.lastDate(), SEED);
        DiscoverCommand.print(out, report, discovery.backtester(), 10);
    }
}
