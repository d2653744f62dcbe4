package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.metrics.PerformanceMetrics;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.discovery.backtest.PriceBars;
import io.swiftbolt.discovery.backtest.RiskRules;
import io.swiftbolt.discovery.backtest.Strategy;
import io.swiftbolt.discovery.backtest.ZScoreRsiFamily;
import io.swiftbolt.discovery.dna.StrategyParameters;
import io.swiftbolt.discovery.ga.GeneticOptimizer;
import io.swiftbolt.discovery.walkforward.DiscoveryReport;
import io.swiftbolt.discovery.walkforward.FoldResult;
import io.swiftbolt.discovery.walkforward.StrategyDiscovery;
import io.swiftbolt.trading.broker.AccountSnapshot;
import io.swiftbolt.trading.broker.Position;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.TradingEvent;
import io.swiftbolt.trading.order.BracketRequest;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import io.swiftbolt.trading.paper.Commissions;
import io.swiftbolt.trading.paper.PaperTradingEngine;
import io.swiftbolt.trading.paper.SimulatedClock;
import io.swiftbolt.cli.charts.TourCharts;
import io.swiftbolt.trading.paper.EquityPoint;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The tour's paper-trading step: the strategy the discovery step recommends (same data, seed and
 * settings, so the same parameters) is traded through the order management system on the bundled
 * S&amp;P 500, out of sample (the last walk-forward test window): at each close the strategy names
 * its target, an entry goes in as a bracket (market entry filled at the next open, take-profit and
 * stop-loss from its risk rules), an exit as a market sell. Every event goes to a journal, and the
 * account is rebuilt from it at the end to show recovery.
 */
final class PaperTradingTourStep implements TourCommand.Step {

    static final String SYMBOL = "SPX";

    @Override
    public String title() {
        return "Paper trading: the discovered strategy through the OMS, out of sample on the S&P 500";
    }

    @Override
    public void run(PrintWriter out) {
        run(TourContext.textOnly(out));
    }

    /** Trades the discovery step's recommendation (re-discovered when the step runs alone). */
    @Override
    public void run(TourContext ctx) {
        PrintWriter out = ctx.out();
        BarSeries sp = BundledData.sp500().between(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 4, 17));
        DiscoveryReport report = ctx.get(DiscoveryReport.class).orElseGet(() -> {
            GeneticOptimizer optimizer = GeneticOptimizer.builder().populationSize(30).generations(30)
                    .seed(DiscoveryTourStep.SEED).build();
            return StrategyDiscovery.builder().optimizer(optimizer).walkForward(4).build().discover(sp);
        });
        StrategyParameters params = report.recommended();
        FoldResult fold = report.lastFold();
        LocalDate from = fold.test().map(FoldResult.DateRange::start).orElse(fold.trainEnd());
        Strategy strategy = ZScoreRsiFamily.instance().prepare(PriceBars.of(sp), params);
        RiskRules risk = strategy.riskRules();
        int first = sp.indexAtOrAfter(from);

        SimulatedClock clock = new SimulatedClock(PaperCommand.atOpen(sp.date(first)).minusSeconds(3600));
        Journal journal = Journals.inMemory();
        int[] rejected = {0};
        PaperTradingEngine engine = builder(clock, journal).listener(e -> {
            if (e instanceof TradingEvent.OrderRejected) {
                rejected[0]++;
            }
        }).build();
        int orders = 0;
        for (int i = first; i < sp.size(); i++) {
            LocalDate d = sp.date(i);
            clock.set(PaperCommand.atOpen(d));
            engine.onBar(SYMBOL, sp.open(i), sp.high(i), sp.low(i), sp.close(i), sp.volume(i));
            clock.set(PaperCommand.atOpen(d).plusSeconds(6 * 3600 + 1800));
            engine.closeDay(d);
            if (i == sp.size() - 1) {
                break; // no bar left to trade on
            }
            long held = engine.positions().stream().mapToLong(Position::quantity).sum();
            int target = strategy.target(i, held > 0 ? 1 : 0);
            if (target == 1 && held == 0 && engine.openOrders().isEmpty()) {
                long qty = (long) Math.floor(risk.positionSize() * Money.toDouble(engine.equity()) * 0.99
                        / sp.close(i));
                OrderRequest entry = OrderRequest.market("e" + i, SYMBOL, Side.BUY, Math.max(qty, 1), TimeInForce.DAY);
                if (risk.stopLossPct() > 0 && risk.takeProfitPct() > 0) {
                    engine.submitBracket(new BracketRequest(entry, round(sp.close(i) * (1 + risk.takeProfitPct())),
                            round(sp.close(i) * (1 - risk.stopLossPct()))));
                } else {
                    engine.submit(entry);
                }
                orders++;
            } else if (target == 0 && held > 0) {
                for (OrderSnapshot o : engine.openOrders()) {
                    engine.cancel(o.orderId());
                }
                engine.submit(OrderRequest.market("x" + i, SYMBOL, Side.SELL, held, TimeInForce.DAY));
                orders++;
            }
        }
        AccountSnapshot a = engine.account();
        out.printf(Locale.ROOT, "  strategy (last fold's best): %s%n", params);
        out.printf(Locale.ROOT, "  traded %s..%s (%d bars, out of sample), cash %s, commission 0.005/share, "
                + "slippage 1 bp%n", sp.date(first), sp.lastDate(), sp.size() - first, Money.format(a.initialCash()));
        out.printf(Locale.ROOT, "  %d entries/exits sent, %d fills, %d rejections, %d journal events%n", orders,
                engine.transactions().size(), rejected[0], journal.recordCount());
        out.printf(Locale.ROOT, "  equity %s (cash %s + positions %s), realized %s, fees %s%n",
                Money.format(a.equity()), Money.format(a.cash()), Money.format(a.marketValue()),
                Money.format(a.realizedPnl()), Money.format(a.fees()));
        PerformanceMetrics m = engine.performance().orElseThrow();
        out.printf(Locale.ROOT, "  paper: total return %.2f %%, max drawdown %.2f %%; the backtester's out-of-sample "
                + "return for this window: %s%n", 100 * m.totalReturn(), 100 * m.maxDrawdownDepth(),
                fold.outOfSample().map(b -> String.format(Locale.ROOT, "%.2f %%", 100 * b.totalReturn())).orElse("-"));
        PaperTradingEngine restarted = builder(new SimulatedClock(clock.instant()), journal).build();
        AccountSnapshot r = restarted.account();
        boolean same = r.cash() == a.cash() && r.realizedPnl() == a.realizedPnl() && r.fees() == a.fees()
                && restarted.openOrders().equals(engine.openOrders())
                && restarted.transactions().equals(engine.transactions());
        out.printf(Locale.ROOT, "  restarted from the journal (%d events replayed): cash, positions, orders and "
                + "history %s%n", restarted.recoveredEvents(), same ? "identical" : "DIFFER");
        Result result = new Result(engine.equityCurve(), sp);
        ctx.put(Result.class, result);
        ctx.chart("equity_drawdown.png", result::chart);
    }

    /**
     * The paper account's daily equity and the market it traded, for the attribution step.
     *
     * @param curve  one point per traded day
     * @param market the bars traded (a superset of the curve's dates)
     */
    record Result(List<EquityPoint> curve, BarSeries market) {
        Result {
            curve = List.copyOf(curve);
        }

        /** The market's close on each day of the curve. */
        double[] marketCloses() {
            return curve.stream().mapToDouble(p -> market.close(market.indexOf(p.date()))).toArray();
        }

        BufferedImage chart() {
            return TourCharts.equityWithDrawdown(String.format(Locale.ROOT, "Discovered strategy paper-traded "
                    + "through the OMS, out of sample %s..%s", curve.get(0).date(), curve.get(curve.size() - 1).date()),
                    curve.stream().map(EquityPoint::date).toList(),
                    curve.stream().mapToDouble(p -> Money.toDouble(p.equity())).toArray(), marketCloses(),
                    "S&P 500 buy and hold", "currency");
        }
    }

    private static PaperTradingEngine.Builder builder(SimulatedClock clock, Journal journal) {
        return PaperTradingEngine.builder().clock(clock).journal(journal).initialCash(100_000)
                .instruments(Instrument.equity(SYMBOL)).commission(Commissions.perUnit(0.005, 0.65)).slippageBps(1)
                .barParticipation(1.0);
    }

    private static double round(double price) {
        return Math.round(price * 100) / 100.0;
    }
}
