// SwiftBolt chain: a GENERATED (synthetic) S&P 500 chain around the real last close, analysed.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/chain.jsh   (the build runs it too)
import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.analytics.*;
import io.swiftbolt.chain.generate.GeneratedChains;
import io.swiftbolt.chain.greeks.*;
import io.swiftbolt.chain.liquidity.*;
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.options.*;
import java.time.LocalDate;
import java.util.List;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
boolean near(double a, double b, double tol) { return Math.abs(a - b) <= tol; }

// The same chain as docs/data/generated_chain_sp500_2020-04-17.csv: seed 20200417.
GeneratedChains generator = GeneratedChains.builder().seed(20200417L).build();
OptionChain chain = generator.generate(BundledData.sp500());
System.out.println(chain.size() + " contracts, " + chain.expiryCount() + " expiries, spot " + chain.spot());
check(chain.size() == 656 && chain.expiryCount() == 8, "8 expiries x 41 strikes x 2");
check(near(chain.spot().getAsDouble(), 2874.56, 0.005), "the real last close, 2874.560059");

ChainAnalysis a = OptionsChainAnalyzer.builder().rate(generator.rate()).dividendYield(generator.dividendYield())
        .build().analyze(chain);
ExpiryMetrics first = a.expiries().get(0);
System.out.println(first.expiry().get() + ": max pain " + first.maxPain() + ", ATM IV " + first.atmVol()
        + ", RR25 " + first.riskReversal25());
check(first.maxPain().getAsDouble() == 3000, "first expiry's max pain at the round 3000 strike");
check(near(100 * first.atmVol().getAsDouble(), 55.15, 0.005), "ATM IV 55.15 %");
check(first.riskReversal25().getAsDouble() < 0, "downside skew: puts richer than calls");
check(a.pooled().maxPain().getAsDouble() == 2975, "pooled max pain 2975");
check(near(a.pooled().ratios().volumeRatio().getAsDouble(), 1.338, 5e-4), "put/call volume ratio 1.338");
check(a.volatilityCount() == 643, "643 of 656 implied vols solved (13 without a two-sided quote)");

// The pain curve is the payout to option holders at each settlement; max pain is its minimum.
PainCurve pain = a.painCurve(0);
int mp = pain.maxPainIndex();
for (int i = 0; i < pain.size(); i++) {
    check(pain.totalPayout(i) >= pain.totalPayout(mp), "max pain is the minimum at " + pain.settlement(i));
}

// Dealer gamma (long calls, short puts): currency per 1 % move.
double gex = a.gammaExposure().orElseThrow().total();
System.out.printf("dealer GEX %.1f million per 1 %% move%n", gex / 1e6);
check(near(gex / 1e6, -5809.3, 0.05), "dealers short gamma, -5.8 bn per 1 %");

// Liquidity score per contract.
List<ContractLiquidity> liq = LiquidityAnalyzer.defaults().analyze(chain);
long excellent = liq.stream().filter(c -> c.rating() == LiquidityRating.EXCELLENT).count();
System.out.println("excellent liquidity: " + excellent);
check(excellent == 179, "179 contracts rated Excellent");

// Greeks of a position: short 20 May puts at 2700, vol 55 %.
PortfolioGreeks book = GreeksAggregator.builder().market(2874.56, LocalDate.of(2020, 4, 17))
        .rate(0.01).dividendYield(0.018).strikeBucketWidth(100).build()
        .aggregate(List.of(new Position(OptionContract.of("SPX", OptionRight.PUT, 2700, LocalDate.of(2020, 5, 15)),
                -20, 0.55)));
System.out.println(book.total());
check(book.total().delta() > 0 && book.total().gamma() < 0 && book.total().vega() < 0, "short puts: long delta, "
        + "short gamma and vega");
/exit
