package io.swiftbolt.cli;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.analytics.ChainAnalysis;
import io.swiftbolt.chain.analytics.OptionsChainAnalyzer;
import io.swiftbolt.chain.generate.GeneratedChains;
import io.swiftbolt.chain.liquidity.LiquidityAnalyzer;
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.chain.analytics.PainCurve;
import io.swiftbolt.cli.charts.TourCharts;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesMerton;
import io.swiftbolt.core.pricing.BsmInputs;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tour's option-chain step: a <em>generated</em> (synthetic) S&amp;P 500 index chain around the
 * bundled series' last close, analysed as {@code swiftbolt chain} would.
 */
final class ChainTourStep implements TourCommand.Step {

    /** The seed of the tour's generated chain (the same as the shipped sample file's). */
    static final long SEED = 20200417L;

    @Override
    public String title() {
        return "Option chain analytics on a GENERATED S&P 500 chain (synthetic quotes around the real last close)";
    }

    /** The expiry of the charted smile's reference, the pain curve and the spread. */
    static final LocalDate SPREAD_EXPIRY = LocalDate.of(2020, 5, 15);
    /** The spread's strikes: long the lower call, short the upper one. */
    static final double LONG_STRIKE = 2875;
    static final double SHORT_STRIKE = 3050;

    @Override
    public void run(PrintWriter out) {
        run(TourContext.textOnly(out));
    }

    @Override
    public void run(TourContext ctx) {
        PrintWriter out = ctx.out();
        GeneratedChains generator = GeneratedChains.builder().seed(SEED).build();
        OptionChain chain = generator.generate(BundledData.sp500());
        ChainAnalysis analysis = OptionsChainAnalyzer.builder().rate(generator.rate())
                .dividendYield(generator.dividendYield()).build().analyze(chain);
        ChainCommand.print(out, analysis, LiquidityAnalyzer.defaults().analyze(chain));
        double spot = chain.spot().orElseThrow();
        LocalDate asOf = chain.asOf().orElseThrow();
        int e = chain.expiries().indexOf(SPREAD_EXPIRY);
        Spread spread = Spread.of(chain, analysis, e, LONG_STRIKE, SHORT_STRIKE);
        out.printf(Locale.ROOT, "  bull call spread %s %.0f/%.0f at the mids: debit %.2f (x 100 = %,.0f), max profit "
                + "%,.0f, max loss %,.0f, break-even %.2f%n", SPREAD_EXPIRY, LONG_STRIKE, SHORT_STRIKE, spread.debit(),
                100 * spread.debit(), 100 * (SHORT_STRIKE - LONG_STRIKE - spread.debit()), 100 * spread.debit(),
                LONG_STRIKE + spread.debit());
        PainCurve pain = analysis.painCurve(e);
        ctx.chart("max_pain.png", () -> painChart(pain, spot));
        ctx.chart("volatility_smile.png", () -> smileChart(chain, analysis, spot, asOf));
        ctx.chart("spread_payoff.png", () -> spread.chart(spot, asOf, generator.rate(), generator.dividendYield()));
    }

    private static BufferedImage painChart(PainCurve pain, double spot) {
        double[] settlement = new double[pain.size()];
        double[] calls = new double[pain.size()];
        double[] puts = new double[pain.size()];
        for (int i = 0; i < settlement.length; i++) {
            settlement[i] = pain.settlement(i);
            calls[i] = pain.callPayout(i);
            puts[i] = pain.putPayout(i);
        }
        return TourCharts.painCurve("Max pain, GENERATED S&P 500 chain, expiry " + SPREAD_EXPIRY, settlement, calls,
                puts, pain.maxPain().orElseThrow(), spot);
    }

    /** The OTM side's implied vol per strike (puts below the forward, calls above), four expiries. */
    private static BufferedImage smileChart(OptionChain chain, ChainAnalysis a, double spot, LocalDate asOf) {
        List<TourCharts.Smile> smiles = new ArrayList<>();
        for (int e : new int[] {0, chain.expiries().indexOf(SPREAD_EXPIRY), chain.expiryCount() - 3,
            chain.expiryCount() - 1}) {
            LocalDate expiry = chain.expiry(e);
            double t = ChronoUnit.DAYS.between(asOf, expiry) / 365.0;
            double forward = spot * Math.exp((a.rate() - a.dividendYield()) * t);
            List<Double> strikes = new ArrayList<>();
            List<Double> vols = new ArrayList<>();
            for (int i = chain.expiryStart(e); i < chain.expiryEnd(e); i++) {
                boolean otm = chain.isCall(i) == (chain.strike(i) >= forward);
                if (otm && a.impliedVol(i).isPresent()) {
                    strikes.add(chain.strike(i));
                    vols.add(a.impliedVol(i).getAsDouble());
                }
            }
            smiles.add(new TourCharts.Smile(expiry + " (" + ChronoUnit.DAYS.between(asOf, expiry) + " days)",
                    strikes.stream().mapToDouble(Double::doubleValue).toArray(),
                    vols.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return TourCharts.volatilitySmile("Volatility smile, GENERATED S&P 500 chain (out-of-the-money side, "
                + "from mid quotes)", smiles, spot);
    }

    /**
     * A vertical call spread priced at the chain's mid quotes.
     *
     * @param expiry    the expiry
     * @param longK     the strike bought
     * @param shortK    the strike sold
     * @param debit     premium paid, per unit of underlying
     * @param longVol   implied vol of the long leg
     * @param shortVol  implied vol of the short leg
     */
    record Spread(LocalDate expiry, double longK, double shortK, double debit, double longVol, double shortVol) {

        static Spread of(OptionChain chain, ChainAnalysis a, int e, double longK, double shortK) {
            int lo = call(chain, e, longK);
            int hi = call(chain, e, shortK);
            return new Spread(chain.expiry(e), longK, shortK,
                    chain.mid(lo).orElseThrow() - chain.mid(hi).orElseThrow(), a.impliedVol(lo).orElseThrow(),
                    a.impliedVol(hi).orElseThrow());
        }

        private static int call(OptionChain chain, int e, double strike) {
            for (int i = chain.expiryStart(e); i < chain.expiryEnd(e); i++) {
                if (chain.isCall(i) && chain.strike(i) == strike) {
                    return i;
                }
            }
            throw new IllegalArgumentException("strike " + strike + " has no call on " + chain.expiry(e));
        }

        /** P&amp;L at expiry and today over 85 % .. 115 % of spot, per spread (x 100). */
        BufferedImage chart(double spot, LocalDate asOf, double r, double q) {
            int n = 241;
            double[] s = new double[n];
            double[] atExpiry = new double[n];
            double[] today = new double[n];
            double t = ChronoUnit.DAYS.between(asOf, expiry) / 365.0;
            for (int i = 0; i < n; i++) {
                s[i] = spot * (0.85 + 0.30 * i / (n - 1));
                atExpiry[i] = 100 * (Math.max(s[i] - longK, 0) - Math.max(s[i] - shortK, 0) - debit);
                today[i] = 100 * (BlackScholesMerton.price(new BsmInputs(OptionRight.CALL, s[i], longK, t, r, q), longVol)
                        - BlackScholesMerton.price(new BsmInputs(OptionRight.CALL, s[i], shortK, t, r, q), shortVol)
                        - debit);
            }
            return TourCharts.payoff(String.format(Locale.ROOT, "Bull call spread %s %.0f/%.0f, GENERATED chain: "
                    + "debit %.2f at the mids", expiry, longK, shortK, debit), s, atExpiry, today, spot,
                    new double[] {longK + debit}, "currency per spread, x 100 multiplier");
        }
    }
}
