package io.swiftbolt.cli;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.metrics.MetricsCalculator;
import io.swiftbolt.core.options.Greeks;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesMerton;
import io.swiftbolt.core.pricing.BsmInputs;
import io.swiftbolt.core.pricing.ImpliedVolResult;
import io.swiftbolt.core.pricing.ImpliedVolatility;
import io.swiftbolt.core.series.BarSeries;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt tour}: the SDK end to end on bundled real data. Each module contributes a step:
 * market data and metrics; features; option pricing, Greeks and implied volatility; chain
 * analytics on a generated chain; genetic strategy discovery with walk-forward; paper trading of
 * the discovered strategy through the OMS; attribution; tax-aware rebalancing.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Runs SwiftBolt end to end on bundled real data (S&P 500 2000-2020, AAPL 2013).")
final class TourCommand implements Callable<Integer> {

    /** One step of the tour. */
    interface Step {
        String title();

        void run(PrintWriter out);
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Step> steps = List.of(new MarketDataStep(), new FeaturesTourStep(), new OptionsStep(),
                new ChainTourStep(), new DiscoveryTourStep(), new PaperTradingTourStep(), new AttributionTourStep(),
                new RebalancingTourStep());
        long start = System.nanoTime();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.printf(Locale.ROOT, "%n[%d/%d] %s%n", i + 1, steps.size(), step.title());
            step.run(out);
        }
        out.printf(Locale.ROOT, "%ntour finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        return 0;
    }

    /** Bundled bars and their performance metrics. */
    static final class MarketDataStep implements Step {
        @Override
        public String title() {
            return "Market data and performance metrics (bundled, real: see core's PROVENANCE.md)";
        }

        @Override
        public void run(PrintWriter out) {
            MetricsCalculator calc = MetricsCalculator.defaults();
            BarSeries sp = BundledData.sp500();
            MetricsReport.print(out, "S&P 500 index, " + sp.size() + " daily bars", calc.compute(sp));
            BarSeries aapl = BundledData.aapl2013();
            MetricsReport.print(out, "AAPL 2013, " + aapl.size() + " daily bars", calc.compute(aapl));
        }
    }

    /** Black-Scholes-Merton prices, Greeks and implied vol on the S&P 500's last close. */
    static final class OptionsStep implements Step {
        @Override
        public String title() {
            return "Options: Black-Scholes-Merton prices, Greeks and implied volatility";
        }

        @Override
        public void run(PrintWriter out) {
            BarSeries sp = BundledData.sp500();
            int last = sp.size() - 1;
            double spot = sp.close(last);
            double vol = realizedVolatility(sp, 21);
            double t = 30 / 365.0;
            double r = 0.01;
            double q = 0.018;
            out.printf(Locale.ROOT, "  spot %.2f (close %s), 21-day realized vol %.2f %%, T = 30 days, r = 1 %%, "
                    + "q = 1.8 %%%n", spot, sp.date(last), 100 * vol);
            double[] moneyness = {0.90, 0.95, 1.00, 1.05, 1.10};
            String[][] rows = new String[moneyness.length * 2][];
            int k = 0;
            for (OptionRight right : OptionRight.values()) {
                for (double m : moneyness) {
                    double strike = Math.round(spot * m / 5) * 5.0;
                    Greeks g = BlackScholesMerton.greeks(new BsmInputs(right, spot, strike, t, r, q), vol);
                    rows[k++] = new String[] {right.name().toLowerCase(Locale.ROOT), f(strike, 0), f(g.price(), 2),
                        f(g.delta(), 4), f(g.gamma(), 6), f(g.vegaPerPoint(), 4), f(g.thetaPerDay(), 4)};
                }
            }
            Tables.printGrid(out, new String[] {"right", "strike", "price", "delta", "gamma", "vega/pt", "theta/day"},
                    rows);
            BsmInputs atm = new BsmInputs(OptionRight.CALL, spot, Math.round(spot / 5) * 5.0, t, r, q);
            double price = BlackScholesMerton.price(atm, vol);
            ImpliedVolResult iv = ImpliedVolatility.of(atm, price);
            out.printf(Locale.ROOT, "  implied vol of the ATM call's price %.6f: %s %.12f (input %.12f)%n", price,
                    iv.status().code(), iv.volatility().orElseThrow(), vol);
            BsmInputs deepCall = new BsmInputs(OptionRight.CALL, spot, 0.8 * spot, t, r, q);
            double belowIntrinsic = 0.1 * spot;
            out.printf(Locale.ROOT, "  implied vol of %.2f for the %.0f call (intrinsic about %.0f): status %s%n",
                    belowIntrinsic, deepCall.strike(), 0.2 * spot,
                    ImpliedVolatility.of(deepCall, belowIntrinsic).status().code());
        }

        private static double realizedVolatility(BarSeries s, int days) {
            int end = s.size() - 1;
            double sum = 0;
            double sumSq = 0;
            for (int i = end - days + 1; i <= end; i++) {
                double lr = Math.log(s.close(i) / s.close(i - 1));
                sum += lr;
                sumSq += lr * lr;
            }
            double mean = sum / days;
            return Math.sqrt((sumSq - days * mean * mean) / (days - 1) * 252);
        }

        private static String f(double v, int decimals) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
    }
}
