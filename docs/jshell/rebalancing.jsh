// SwiftBolt rebalancing: tax lots, FIFO against HIFO, on real closes (the tour's step 8).
// An account holds AAPL (three 2013 lots) and an S&P 500 tracker priced at a tenth of the index
// (lots from 2009 and 2013), plus 5,000 cash; target 30 % AAPL / 70 % tracker on 2013-12-31.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/rebalancing.jsh   (the build runs it too)
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.rebalancing.*;
import io.swiftbolt.rebalancing.lots.*;
import io.swiftbolt.rebalancing.tax.TaxTerm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
boolean near(double a, double b, double tol) { return Math.abs(a - b) <= tol; }

BarSeries aapl = BundledData.aapl2013();
BarSeries sp = BundledData.sp500();
double close(BarSeries s, LocalDate d) { return s.close(s.indexAtOrBefore(d)); }
LocalDate asOf = LocalDate.of(2013, 12, 31);
Holdings.Builder hb = Holdings.builder();
for (LocalDate d : List.of(LocalDate.of(2013, 1, 2), LocalDate.of(2013, 4, 19), LocalDate.of(2013, 9, 19))) {
    hb.lot("AAPL", 60, close(aapl, d), d);
}
hb.lot("SPX/10", 100, close(sp, LocalDate.of(2009, 3, 9)) / 10, LocalDate.of(2009, 3, 9));
hb.lot("SPX/10", 60, close(sp, LocalDate.of(2013, 5, 21)) / 10, LocalDate.of(2013, 5, 21));
Holdings holdings = hb.cash(5_000).build();
Prices prices = Prices.of(Map.of("AAPL", close(aapl, asOf), "SPX/10", close(sp, asOf) / 10));
TargetWeights targets = TargetWeights.of(Map.of("AAPL", 0.30, "SPX/10", 0.70));

RebalancePlan fifo = TaxAwareRebalancer.builder().lotSelector(LotSelectors.ofCode("fifo")).build()
        .rebalance(holdings, prices, targets, asOf);
RebalancePlan hifo = TaxAwareRebalancer.builder().lotSelector(LotSelectors.ofCode("hifo")).build()
        .rebalance(holdings, prices, targets, asOf);
for (Trade t : hifo.trades()) System.out.println(t);
System.out.printf("tax: FIFO %.2f, HIFO %.2f; AAPL weight %.2f %% -> %.2f %%, turnover %.2f %%%n", fifo.tax().tax(),
        hifo.tax().tax(), 100 * hifo.weightsBefore().get("AAPL"), 100 * hifo.weightsAfter().get("AAPL"),
        100 * hifo.turnover());
check(near(fifo.tax().tax(), 3294.08, 0.005), "FIFO sells the cheap January and April lots: tax 3294.08");
check(near(hifo.tax().tax(), 1841.85, 0.005), "HIFO sells the dearest lots first: tax 1841.85");
check(near(hifo.turnover(), fifo.turnover(), 1e-12), "same trades in value, different lots");
check(near(hifo.weightsAfter().get("AAPL"), 0.2980, 5e-5), "AAPL 74.50 % -> 29.80 % (whole shares)");
check(hifo.withinBands(), "every weight inside its 5-point band after trading");
check(near(hifo.cashAfter(), hifo.cashBefore() + hifo.sellValue() - hifo.buyValue(), 1e-9), "cash conservation");

// Lots bought in 2013 and sold on 2013-12-31 are short-term (long-term means held MORE than a year).
check(hifo.trades().stream().filter(t -> t.side() == Side.SELL).allMatch(t -> t.term() == TaxTerm.SHORT_TERM),
        "2013 lots sold in 2013: short-term, taxed at 37 %");
/exit
