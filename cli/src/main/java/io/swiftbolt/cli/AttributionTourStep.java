package io.swiftbolt.cli;

import io.swiftbolt.attribution.brinson.BrinsonAttribution;
import io.swiftbolt.attribution.brinson.BrinsonMethod;
import io.swiftbolt.attribution.brinson.Holding;
import io.swiftbolt.attribution.brinson.LinkedBrinsonResult;
import io.swiftbolt.attribution.brinson.LinkedSectorEffects;
import io.swiftbolt.attribution.brinson.LinkingMethod;
import io.swiftbolt.attribution.factors.FactorAnalyzer;
import io.swiftbolt.attribution.factors.FactorRegression;
import io.swiftbolt.attribution.factors.FamaFrench;
import io.swiftbolt.attribution.factors.MonthlyFactors;
import io.swiftbolt.attribution.factors.MonthlyReturns;
import io.swiftbolt.attribution.factors.RegressionData;
import io.swiftbolt.attribution.factors.TermEstimate;
import io.swiftbolt.core.data.BundledData;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tour's attribution step, on bundled real data: a Fama-French four-factor regression of the
 * S&amp;P 500's monthly excess returns (2000-02 .. 2017-03), and a linked Brinson-Fachler
 * attribution of a 70/30 AAPL/T-bill portfolio against a 60/40 S&amp;P 500/T-bill benchmark,
 * monthly over 2013-02 .. 2013-12.
 */
final class AttributionTourStep implements TourCommand.Step {

    /** Portfolio and benchmark weights of the equity sleeve; the rest is in T-bills. */
    static final double PORTFOLIO_EQUITY = 0.70;
    static final double BENCHMARK_EQUITY = 0.60;

    @Override
    public String title() {
        return "Attribution: Fama-French factor regression and linked Brinson-Fachler (bundled, real)";
    }

    @Override
    public void run(PrintWriter out) {
        MonthlyFactors ff = FamaFrench.monthly();
        RegressionData data = ff.align(MonthlyReturns.of(BundledData.sp500()), FamaFrench.FOUR_FACTORS, FamaFrench.RF);
        FactorRegression ols = FactorAnalyzer.builder().build().fit(data);
        FactorRegression nw = FactorAnalyzer.builder().neweyWest(3).build().fit(data);
        out.printf(Locale.ROOT, "  S&P 500 monthly excess returns on %s, %s .. %s (%d months):%n",
                FamaFrench.FOUR_FACTORS, data.months().get(0), data.months().get(data.months().size() - 1),
                ols.observations());
        String[][] rows = new String[ols.terms().size()][];
        for (int i = 0; i < rows.length; i++) {
            TermEstimate t = ols.terms().get(i);
            TermEstimate h = nw.terms().get(i);
            rows[i] = new String[] {t.term(), f(t.coefficient(), 5), f(t.standardError(), 5), f(t.tStatistic(), 2),
                f(h.standardError(), 5), f(h.tStatistic(), 2)};
        }
        Tables.printGrid(out, new String[] {"term", "coef", "se", "t", "se NW(3)", "t NW(3)"}, rows);
        out.printf(Locale.ROOT, "  R^2 %.4f, alpha %.3f %% a month = %.2f %% a year (a price index lags the "
                + "total-return market by its dividends)%n", ols.rSquared(), 100 * ols.alpha(),
                100 * ols.alphaAnnualized());

        LinkedBrinsonResult linked = brinson2013(LinkingMethod.CARINO);
        LinkedBrinsonResult menchero = brinson2013(LinkingMethod.MENCHERO);
        out.printf(Locale.ROOT, "  2013-02 .. 2013-12, monthly rebalanced: portfolio 70 %% AAPL + 30 %% T-bills, "
                + "benchmark 60 %% S&P 500 + 40 %% T-bills%n");
        out.printf(Locale.ROOT, "  compounded: portfolio %s, benchmark %s, active %s%n", pct(linked.portfolioReturn()),
                pct(linked.benchmarkReturn()), pct(linked.activeReturn()));
        String[][] b = new String[2 * linked.sectors().size() + 2][];
        int k = 0;
        for (LinkedBrinsonResult r : List.of(linked, menchero)) {
            String tag = r.linking() == LinkingMethod.CARINO ? "Carino" : "Menchero";
            for (LinkedSectorEffects e : r.sectors()) {
                b[k++] = new String[] {tag, e.sector(), pct(e.allocation()), pct(e.selection()), pct(e.interaction()),
                    pct(e.total())};
            }
            b[k++] = new String[] {tag, "TOTAL", pct(r.allocation()), pct(r.selection()), pct(r.interaction()),
                pct(r.total())};
        }
        Tables.printGrid(out, new String[] {"linking", "sector", "allocation", "selection", "interaction", "total"}, b);
    }

    /** The 2013 AAPL/T-bill versus S&amp;P 500/T-bill example, Brinson-Fachler, linked monthly. */
    static LinkedBrinsonResult brinson2013(LinkingMethod linking) {
        MonthlyReturns aapl = MonthlyReturns.of(BundledData.aapl2013());
        MonthlyReturns sp = MonthlyReturns.of(BundledData.sp500());
        MonthlyFactors ff = FamaFrench.monthly();
        List<List<Holding>> periods = new ArrayList<>();
        for (int i = 0; i < aapl.size(); i++) {
            YearMonth m = aapl.month(i);
            double spReturn = sp.value(sp.months().indexOf(m));
            double rf = ff.value(FamaFrench.RF, m);
            periods.add(List.of(
                    new Holding("Equity", PORTFOLIO_EQUITY, BENCHMARK_EQUITY, aapl.value(i), spReturn),
                    new Holding("Cash", 1 - PORTFOLIO_EQUITY, 1 - BENCHMARK_EQUITY, rf, rf)));
        }
        return BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).linking(linking).build()
                .attributeAndLink(periods);
    }

    private static String f(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * v);
    }
}
