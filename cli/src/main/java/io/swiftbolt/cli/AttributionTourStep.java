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
import io.swiftbolt.attribution.factors.FactorReturns;
import io.swiftbolt.cli.charts.ChartImages;
import io.swiftbolt.cli.charts.TourCharts;
import io.swiftbolt.trading.paper.EquityPoint;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tour's attribution step, on bundled real data: a Fama-French four-factor regression of the
 * S&amp;P 500's monthly excess returns (2000-02 .. 2017-03), and a linked Brinson-Fachler
 * attribution of a 70/30 AAPL/T-bill portfolio against a 60/40 S&amp;P 500/T-bill benchmark,
 * monthly over 2013-02 .. 2013-12; then, in the tour, the paper-traded strategy of the previous
 * step against S&amp;P 500 buy and hold ({@link ResultAttribution}).
 */
final class AttributionTourStep implements TourCommand.Step {

    /** Portfolio and benchmark weights of the equity sleeve; the rest is in T-bills. */
    static final double PORTFOLIO_EQUITY = 0.70;
    static final double BENCHMARK_EQUITY = 0.60;

    @Override
    public String title() {
        return "Attribution: Fama-French and linked Brinson-Fachler (bundled, real), then of the paper-traded result";
    }

    @Override
    public void run(PrintWriter out) {
        run(TourContext.textOnly(out));
    }

    /** The bundled examples, then the paper-traded result when the paper step left one. */
    @Override
    public void run(TourContext ctx) {
        PrintWriter out = ctx.out();
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
        Optional<PaperTradingTourStep.Result> paper = ctx.get(PaperTradingTourStep.Result.class);
        if (paper.isPresent()) {
            ResultAttribution result = ResultAttribution.of(paper.get());
            result.print(out);
            ctx.chart("attribution.png", result::chart);
        } else {
            ctx.chart("attribution.png", () -> TourCharts.bars("Linked Brinson-Fachler (Carino), 2013: 70 % AAPL "
                    + "vs 60 % S&P 500, rest in T-bills", "effect (% of the starting value)", EFFECTS,
                    effectBars(linked), ChartImages.WIDTH, ChartImages.HEIGHT));
        }
    }

    private static final List<String> EFFECTS = List.of("allocation", "selection", "interaction", "total");

    /** One bar series per sector over {@link #EFFECTS}, in percent. */
    private static LinkedHashMap<String, double[]> effectBars(LinkedBrinsonResult r) {
        LinkedHashMap<String, double[]> bars = new LinkedHashMap<>();
        for (LinkedSectorEffects e : r.sectors()) {
            bars.put(e.sector(), new double[] {100 * e.allocation(), 100 * e.selection(), 100 * e.interaction(),
                100 * e.total()});
        }
        return bars;
    }

    /**
     * Attribution of the paper-traded strategy against buying and holding the S&amp;P 500, daily.
     *
     * <p>Brinson-Fachler, two sectors, linked with Carino: the benchmark holds the index only; the
     * strategy's index weight on a day is its position's share of equity at the previous close,
     * or at this close when it was flat before (an entry fills at the open), and its index-sleeve
     * return is the day's equity return divided by that weight: on a day held throughout that is
     * exactly the index's return, so selection is execution (fills at the open rather than the
     * close, commission, slippage). Cash earns
     * nothing in the paper account; a day that ends flat with a fill (a same-day round trip) puts
     * its return in the cash sleeve. Effects therefore sum exactly to the active return.
     *
     * <p>Factor side: an OLS market model of the daily returns on the index's (raw returns: the
     * bundled risk-free series ends in 2017), so the sum of the strategy's daily returns splits
     * exactly into beta times the index's sum plus alpha times the days.
     */
    record ResultAttribution(LocalDate from, LocalDate to, LinkedBrinsonResult brinson, FactorRegression market,
            double strategySum, double marketSum, int days) {

        static ResultAttribution of(PaperTradingTourStep.Result paper) {
            List<EquityPoint> c = paper.curve();
            double[] closes = paper.marketCloses();
            int n = c.size() - 1;
            double[] rp = new double[n];
            double[] rm = new double[n];
            List<List<Holding>> periods = new ArrayList<>(n);
            for (int t = 1; t <= n; t++) {
                EquityPoint prev = c.get(t - 1);
                EquityPoint now = c.get(t);
                double w = exposure(prev) > 0 ? exposure(prev) : exposure(now);
                rp[t - 1] = (double) now.equity() / prev.equity() - 1;
                rm[t - 1] = closes[t] / closes[t - 1] - 1;
                double sleeve = w > 0 ? rp[t - 1] / w : rm[t - 1];
                double cash = w > 0 ? 0 : rp[t - 1];
                periods.add(List.of(new Holding("S&P 500", w, 1, sleeve, rm[t - 1]),
                        new Holding("Cash", 1 - w, 0, cash, 0)));
            }
            LinkedBrinsonResult brinson = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER)
                    .linking(LinkingMethod.CARINO).build().attributeAndLink(periods);
            FactorRegression market = FactorAnalyzer.builder().periodsPerYear(252).build()
                    .fit(rp, FactorReturns.of(List.of("SP500"), rm));
            return new ResultAttribution(c.get(0).date(), c.get(n).date(), brinson, market, sum(rp), sum(rm), n);
        }

        private static double exposure(EquityPoint p) {
            return (double) (p.equity() - p.cash()) / p.equity();
        }

        private static double sum(double[] v) {
            double s = 0;
            for (double x : v) {
                s += x;
            }
            return s;
        }

        double beta() {
            return market.term("SP500").coefficient();
        }

        void print(PrintWriter out) {
            out.printf(Locale.ROOT, "  the paper-traded strategy vs S&P 500 buy and hold, %s .. %s (%d days), "
                    + "Brinson-Fachler daily, Carino-linked:%n", from, to, days);
            out.printf(Locale.ROOT, "  compounded: strategy %s, index %s, active %s%n", pct(brinson.portfolioReturn()),
                    pct(brinson.benchmarkReturn()), pct(brinson.activeReturn()));
            String[][] rows = new String[brinson.sectors().size() + 1][];
            int k = 0;
            for (LinkedSectorEffects e : brinson.sectors()) {
                rows[k++] = new String[] {e.sector(), pct(e.allocation()), pct(e.selection()), pct(e.interaction()),
                    pct(e.total())};
            }
            rows[k] = new String[] {"TOTAL", pct(brinson.allocation()), pct(brinson.selection()),
                pct(brinson.interaction()), pct(brinson.total())};
            Tables.printGrid(out, new String[] {"sector", "allocation", "selection", "interaction", "total"}, rows);
            out.printf(Locale.ROOT, "  reading: Cash allocation is market timing (out of the index while it moved); "
                    + "the S&P 500 row is execution on the sleeve (fills at the open against the index's close-to-close "
                    + "return, fees)%n");
            TermEstimate a = market.alphaTerm();
            TermEstimate b = market.term("SP500");
            out.printf(Locale.ROOT, "  market model, daily: beta %.4f (t %.2f), alpha %.4f %% a day (t %.2f) = %.2f %% "
                    + "a year, R^2 %.4f%n", b.coefficient(), b.tStatistic(), 100 * a.coefficient(), a.tStatistic(),
                    100 * market.alphaAnnualized(), market.rSquared());
            out.printf(Locale.ROOT, "  sum of daily returns %s = beta x index %s + alpha x %d days %s%n",
                    pct(strategySum), pct(beta() * marketSum), days, pct(days * a.coefficient()));
        }

        BufferedImage chart() {
            BufferedImage effects = TourCharts.bars(String.format(Locale.ROOT, "Brinson-Fachler, paper-traded strategy vs "
                    + "S&P 500, %s..%s", from, to),
                    "effect (% of the starting value)", EFFECTS, effectBars(brinson), ChartImages.WIDTH, 400);
            LinkedHashMap<String, double[]> split = new LinkedHashMap<>();
            split.put("sum of daily returns (%)", new double[] {100 * strategySum, 100 * beta() * marketSum,
                100 * days * market.alpha()});
            BufferedImage factor = TourCharts.bars(String.format(Locale.ROOT, "Market model: beta %.3f, alpha %.2f %% "
                    + "a year", beta(), 100 * market.alphaAnnualized()), "sum of daily returns (%)",
                    List.of("strategy", "beta x S&P 500", "alpha x days"), split, ChartImages.WIDTH, 360);
            return ChartImages.stack(effects, factor);
        }
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
