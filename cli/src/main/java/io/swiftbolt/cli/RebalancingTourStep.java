package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.TargetWeights;
import io.swiftbolt.rebalancing.TaxAwareRebalancer;
import io.swiftbolt.rebalancing.Trade;
import io.swiftbolt.rebalancing.cost.CostModel;
import io.swiftbolt.rebalancing.cost.CostOptimizedPlan;
import io.swiftbolt.rebalancing.cost.CostOptimizer;
import io.swiftbolt.rebalancing.cost.Liquidity;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tour's rebalancing step on bundled real closes: an account holding AAPL (three 2013 lots at
 * their real closes) and an S&amp;P 500 tracker priced at a tenth of the index (lots from 2009 and
 * 2013), plus cash, rebalanced on 2013-12-31 to 30 % AAPL / 70 % tracker, FIFO against HIFO, then
 * cost-optimized under a 2 % tracking-error cap with a covariance estimated from 2013's daily returns.
 */
final class RebalancingTourStep implements TourCommand.Step {

    static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);

    @Override
    public String title() {
        return "Rebalancing: tax lots FIFO vs HIFO, and a cost optimization under a tracking-error cap (bundled, real)";
    }

    @Override
    public void run(PrintWriter out) {
        BarSeries aapl = BundledData.aapl2013();
        BarSeries sp = BundledData.sp500();
        double aaplPrice = close(aapl, AS_OF);
        double spPrice = close(sp, AS_OF) / 10;
        LocalDate[] aaplDates = {LocalDate.of(2013, 1, 2), LocalDate.of(2013, 4, 19), LocalDate.of(2013, 9, 19)};
        Holdings.Builder hb = Holdings.builder();
        for (LocalDate d : aaplDates) {
            hb.lot("AAPL", 60, close(aapl, d), d);
        }
        hb.lot("SPX/10", 100, close(sp, LocalDate.of(2009, 3, 9)) / 10, LocalDate.of(2009, 3, 9));
        hb.lot("SPX/10", 60, close(sp, LocalDate.of(2013, 5, 21)) / 10, LocalDate.of(2013, 5, 21));
        Holdings holdings = hb.cash(5_000).build();
        Prices prices = Prices.of(Map.of("AAPL", aaplPrice, "SPX/10", spPrice));
        TargetWeights targets = TargetWeights.of(Map.of("AAPL", 0.30, "SPX/10", 0.70));
        CovarianceMatrix cov = covariance(aapl, sp.between(LocalDate.of(2013, 1, 1), AS_OF));
        out.printf(Locale.ROOT, "  closes on %s: AAPL %.2f, S&P 500 %.2f (tracker %.2f); AAPL lots bought %s; "
                + "tracker lots 2009-03-09 and 2013-05-21; cash 5,000%n", AS_OF, aaplPrice, spPrice * 10, spPrice,
                List.of(aaplDates));
        RebalancePlan fifo = null;
        for (String method : List.of("fifo", "hifo")) {
            RebalancePlan plan = TaxAwareRebalancer.builder().lotSelector(LotSelectors.ofCode(method)).build()
                    .rebalance(holdings, prices, targets, AS_OF, cov);
            fifo = fifo == null ? plan : fifo;
            out.printf(Locale.ROOT, "  %s: %s; tax %.2f; turnover %.2f %%; AAPL %.2f %% -> %.2f %%; tracking error "
                    + "%.2f %% -> %.2f %%%n", method.toUpperCase(Locale.ROOT), describe(plan.trades()),
                    plan.tax().tax(), 100 * plan.turnover(), 100 * plan.weightsBefore().get("AAPL"),
                    100 * plan.weightsAfter().get("AAPL"), 100 * plan.trackingErrorBefore().getAsDouble(),
                    100 * plan.trackingError().getAsDouble());
        }
        Map<String, Liquidity> liquidity = Map.of(
                "AAPL", new Liquidity("AAPL", averageVolume(aapl), 0.0002, Math.sqrt(cov.get("AAPL", "AAPL") / 252)),
                "SPX/10", new Liquidity("SPX/10", 5e5, 0.0001, Math.sqrt(cov.get("SPX/10", "SPX/10") / 252)));
        CostOptimizedPlan opt = CostOptimizer.builder().costModel(new CostModel(0.005, 0.5)).trackingErrorCap(0.02)
                .build().optimize(holdings, prices, fifo, cov, liquidity);
        out.printf(Locale.ROOT, "  cost-optimized (cap 2 %%, %s, %d Newton steps): %s; tracking error %.4f %%%n",
                opt.status().name().toLowerCase(Locale.ROOT), opt.quadraticSolves(), describe(opt.plan().trades()),
                100 * opt.plan().trackingError().getAsDouble());
        out.printf(Locale.ROOT, "  cost + tax: FIFO plan %.2f + %.2f = %.2f, optimized %.2f + %.2f = %.2f, "
                + "saving %.2f%n", opt.originalCost().total(), fifo.tax().tax(), opt.originalTotal(),
                opt.cost().total(), opt.plan().tax().tax(), opt.optimizedTotal(), opt.saving());
    }

    private static String describe(List<Trade> trades) {
        StringBuilder sb = new StringBuilder();
        for (Trade t : trades) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.side().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", t.shares())).append(' ').append(t.symbol());
            if (t.lotAcquired() != null) {
                sb.append(" (lot ").append(t.lotAcquired()).append(')');
            }
        }
        return sb.length() == 0 ? "no trades" : sb.toString();
    }

    private static double close(BarSeries s, LocalDate date) {
        return s.close(s.indexAtOrBefore(date));
    }

    private static double averageVolume(BarSeries s) {
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.volume(i);
        }
        return sum / s.size();
    }

    /** Annualized (252 days) sample covariance of the two series' daily simple returns, joined on date. */
    static CovarianceMatrix covariance(BarSeries a, BarSeries b) {
        double[] ra = new double[a.size()];
        double[] rb = new double[a.size()];
        int n = 0;
        for (int i = 1; i < a.size(); i++) {
            int j = b.indexOf(a.date(i));
            int k = b.indexOf(a.date(i - 1));
            if (j < 0 || k < 0) {
                continue;
            }
            ra[n] = a.close(i) / a.close(i - 1) - 1;
            rb[n] = b.close(j) / b.close(k) - 1;
            n++;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += ra[i] / n;
            mb += rb[i] / n;
        }
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int i = 0; i < n; i++) {
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
            sab += (ra[i] - ma) * (rb[i] - mb);
        }
        double f = 252.0 / (n - 1);
        return CovarianceMatrix.of(List.of("AAPL", "SPX/10"), new double[][] {{saa * f, sab * f}, {sab * f, sbb * f}});
    }
}
