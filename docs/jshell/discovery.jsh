// SwiftBolt discovery: a seeded genetic search of the built-in strategy family, walk-forward on the
// bundled S&P 500 (2010-2020, 4 folds), in-sample against out-of-sample. The tour's step 5.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/discovery.jsh   (the build runs it too)
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.discovery.backtest.*;
import io.swiftbolt.discovery.ga.*;
import io.swiftbolt.discovery.walkforward.*;
import java.time.LocalDate;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
boolean near(double a, double b, double tol) { return Math.abs(a - b) <= tol; }

BarSeries sp = BundledData.sp500().between(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 4, 17));
GeneticOptimizer optimizer = GeneticOptimizer.builder().populationSize(30).generations(30).seed(42).build();
StrategyDiscovery discovery = StrategyDiscovery.builder().optimizer(optimizer).walkForward(4).build();
DiscoveryReport report = discovery.discover(sp);

for (FoldResult f : report.folds()) {
    System.out.printf("fold %d train %s..%s: IS Sharpe %.2f, OOS Sharpe %.2f, %d trials%n", f.fold(), f.trainStart(),
            f.trainEnd(), f.inSample().sharpe(), f.outOfSample().orElseThrow().sharpe(), f.trials());
}
FoldResult last = report.lastFold();
System.out.println("recommended: " + report.recommended());
check(report.folds().size() == 4, "4 walk-forward folds");
check(near(last.bestFitness(), 0.8033, 5e-5), "fold 4 best fitness 0.8033");
check(report.recommended().intValue("lookback_period") == 147, "lookback 147 days");
check(near(report.walkForwardEfficiency().getAsDouble(), 0.470, 5e-4), "walk-forward efficiency 0.470");
// Overfitting made visible: the stitched out-of-sample Sharpe is far below the in-sample one.
check(report.inSample().sharpe() > report.outOfSample().orElseThrow().sharpe(), "IS Sharpe above OOS Sharpe");
check(near(last.deflatedSharpe().orElseThrow().probability(), 0.391, 5e-4), "deflated Sharpe 0.391");

// The GA keeps its best: the best fitness never falls from one generation to the next.
for (int i = 1; i < last.history().size(); i++) {
    check(last.history().get(i).bestFitness() >= last.history().get(i - 1).bestFitness(), "elitism at " + i);
}
// Same seed, same answer.
check(discovery.discover(sp).recommended().equals(report.recommended()), "seeded search is reproducible");

// The recommended parameters backtested on the last unseen window directly.
Backtester bt = discovery.backtester();
FoldResult.DateRange test = last.test().orElseThrow();
BacktestResult oos = bt.run(PriceBars.of(sp.between(test.start(), test.end())), ZScoreRsiFamily.instance(),
        report.recommended());
System.out.printf("last test window %s..%s: total return %.2f %%, %d trades%n", test.start(), test.end(),
        100 * oos.metrics().totalReturn(), oos.trades().size());
check(near(oos.metrics().totalReturn(), last.outOfSample().orElseThrow().totalReturn(), 1e-9),
        "the fold's out-of-sample score is this backtest");
/exit
