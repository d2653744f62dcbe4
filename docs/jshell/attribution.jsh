// SwiftBolt attribution: Brinson (one period, and linked) and a Fama-French factor regression,
// on bundled real data. The tour's step 7 prints the same numbers.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/attribution.jsh   (the build runs it too)
import io.swiftbolt.attribution.brinson.*;
import io.swiftbolt.attribution.factors.*;
import io.swiftbolt.core.data.BundledData;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
boolean near(double a, double b, double tol) { return Math.abs(a - b) <= tol; }

// One period, two sectors, by hand: portfolio 70 % equity (+10 %) / 30 % cash (+0.1 %),
// benchmark 60 % equity (+8 %) / 40 % cash (+0.1 %).
List<Holding> holdings = List.of(new Holding("Equity", 0.70, 0.60, 0.10, 0.08),
        new Holding("Cash", 0.30, 0.40, 0.001, 0.001));
BrinsonResult bf = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).build().attribute(holdings);
System.out.printf("Rp %.4f Rb %.4f: allocation %.5f selection %.5f interaction %.5f%n", bf.portfolioReturn(),
        bf.benchmarkReturn(), bf.allocation(), bf.selection(), bf.interaction());
double rb = 0.6 * 0.08 + 0.4 * 0.001;
// BF: allocation (wp - wb)(rb_i - Rb), selection wb (rp_i - rb_i), interaction (wp - wb)(rp_i - rb_i).
check(near(bf.allocation(), 0.10 * (0.08 - rb) + (-0.10) * (0.001 - rb), 1e-15), "allocation by hand");
check(near(bf.selection(), 0.60 * 0.02, 1e-15), "selection by hand");
check(near(bf.interaction(), 0.10 * 0.02, 1e-15), "interaction by hand");
check(near(bf.total(), bf.activeReturn(), 1e-15), "effects add up to the active return");

// Linked monthly, 2013: 70 % AAPL + 30 % T-bills against 60 % S&P 500 + 40 % T-bills.
MonthlyReturns aapl = MonthlyReturns.of(BundledData.aapl2013());
MonthlyReturns spx = MonthlyReturns.of(BundledData.sp500());
MonthlyFactors ff = FamaFrench.monthly();
List<List<Holding>> months = new ArrayList<>();
for (int i = 0; i < aapl.size(); i++) {
    YearMonth m = aapl.month(i);
    double rf = ff.value(FamaFrench.RF, m);
    months.add(List.of(new Holding("Equity", 0.70, 0.60, aapl.value(i), spx.value(spx.months().indexOf(m))),
            new Holding("Cash", 0.30, 0.40, rf, rf)));
}
LinkedBrinsonResult year = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER)
        .linking(LinkingMethod.CARINO).build().attributeAndLink(months);
System.out.printf("2013: portfolio %.2f %%, benchmark %.2f %%, active %.2f %% = allocation %.2f + selection %.2f "
        + "+ interaction %.2f%n", 100 * year.portfolioReturn(), 100 * year.benchmarkReturn(),
        100 * year.activeReturn(), 100 * year.allocation(), 100 * year.selection(), 100 * year.interaction());
check(near(year.activeReturn(), 0.0278, 5e-5), "active 2.78 %");
check(near(year.allocation(), 0.0239, 5e-5), "allocation 2.39 %");
check(near(year.total(), year.activeReturn(), 1e-12), "linked effects add up to the compounded active return");

// Fama-French four factors: S&P 500 monthly excess returns, 2000-02 .. 2017-03.
RegressionData data = ff.align(spx, FamaFrench.FOUR_FACTORS, FamaFrench.RF);
FactorRegression ols = FactorAnalyzer.builder().build().fit(data);
FactorRegression nw = FactorAnalyzer.builder().neweyWest(3).build().fit(data);
for (TermEstimate t : ols.terms()) {
    System.out.printf("%-6s %9.5f  t %7.2f  t NW(3) %7.2f%n", t.term(), t.coefficient(), t.tStatistic(),
            nw.term(t.term()).tStatistic());
}
check(ols.observations() == 206, "206 months");
check(near(ols.term("MktRF").coefficient(), 0.98170, 5e-6), "market beta 0.98170");
check(near(ols.rSquared(), 0.9941, 5e-5), "R^2 0.9941");
check(near(100 * ols.alphaAnnualized(), -1.74, 0.005), "alpha -1.74 % a year: the dividends a price index lacks");
check(nw.term("MktRF").standardError() > ols.term("MktRF").standardError(), "HAC errors wider here");
/exit
