package io.swiftbolt.benchmarks;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.analytics.ChainAnalysis;
import io.swiftbolt.chain.analytics.MaxPainKernels;
import io.swiftbolt.chain.analytics.OptionsChainAnalyzer;
import io.swiftbolt.chain.generate.GeneratedChains;
import io.swiftbolt.chain.liquidity.LiquidityAnalyzer;
import io.swiftbolt.core.data.BundledData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Option-chain analytics on generated (seeded, synthetic) S&amp;P 500 chains around the bundled
 * series' last close:
 * <ul>
 *   <li>{@code smallChainAllMetrics}: one expiry of 100 strikes (200 contracts), every metric
 *       (max pain per expiry and pooled, ratios, IV solving, ATM/RR/BF, GEX, liquidity); target ≤ 50 µs;</li>
 *   <li>{@code largeChainAllMetrics}: 30 expiries × 117 strikes × 2 = 7,020 contracts, the same,
 *       including 7,020 implied-vol solves; target ≤ 5 ms;</li>
 *   <li>{@code maxPainPrefixSums} vs {@code maxPainBruteForce}: the pain curve of a 1,000-strike
 *       expiry by the O(n) prefix-sum kernel and by the naive O(n²) double loop (the baseline).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ChainBenchmark {

    static final int CURVE_STRIKES = 1_000;

    OptionChain small;
    OptionChain large;
    OptionsChainAnalyzer analyzer;
    LiquidityAnalyzer liquidity;
    double[] strike;
    double[] callWeight;
    double[] putWeight;
    double[] callPayout;
    double[] putPayout;

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedChains smallGen = GeneratedChains.builder().seed(101).expiries(1, 1).strikesPerSide(50).build();
        // 101 strikes generated; keep exactly 100 (200 contracts) by dropping the top strike's pair.
        OptionChain s = smallGen.generate(BundledData.sp500());
        OptionChain.Builder b = OptionChain.builder(s.underlying()).market(s.spot().getAsDouble(), s.asOf().orElseThrow());
        for (int i = 0; i < s.size() - 2; i++) {
            b.add(s.quote(i));
        }
        small = b.build();
        large = GeneratedChains.builder().seed(202).expiries(30, 4).strikesPerSide(58).build()
                .generate(BundledData.sp500());
        analyzer = OptionsChainAnalyzer.builder().rate(smallGen.rate()).dividendYield(smallGen.dividendYield()).build();
        liquidity = LiquidityAnalyzer.defaults();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(303);
        strike = new double[CURVE_STRIKES];
        callWeight = new double[CURVE_STRIKES];
        putWeight = new double[CURVE_STRIKES];
        callPayout = new double[CURVE_STRIKES];
        putPayout = new double[CURVE_STRIKES];
        for (int i = 0; i < CURVE_STRIKES; i++) {
            strike[i] = 1000 + 5 * i;
            callWeight[i] = 100 * rnd.nextInt(0, 5000);
            putWeight[i] = 100 * rnd.nextInt(0, 5000);
        }
        if (small.size() != 200 || large.size() != 7_020) {
            throw new IllegalStateException("unexpected chain sizes " + small.size() + ", " + large.size());
        }
    }

    /** 100 strikes, one expiry: every metric. */
    @Benchmark
    public void smallChainAllMetrics(Blackhole bh) {
        ChainAnalysis a = analyzer.analyze(small);
        bh.consume(a);
        bh.consume(liquidity.analyze(small));
    }

    /** 7,020 contracts over 30 expiries: every metric, including implied-vol solving. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void largeChainAllMetrics(Blackhole bh) {
        ChainAnalysis a = analyzer.analyze(large);
        bh.consume(a);
        bh.consume(liquidity.analyze(large));
    }

    /** The pain curve of 1,000 strikes with prefix sums. */
    @Benchmark
    public int maxPainPrefixSums() {
        return MaxPainKernels.painCurve(CURVE_STRIKES, strike, callWeight, putWeight, callPayout, putPayout);
    }

    /** Baseline: the same pain curve by the O(n²) double loop. */
    @Benchmark
    public int maxPainBruteForce() {
        int best = -1;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < CURVE_STRIKES; i++) {
            double p = strike[i];
            double calls = 0;
            double puts = 0;
            for (int j = 0; j < CURVE_STRIKES; j++) {
                calls += callWeight[j] * Math.max(p - strike[j], 0);
                puts += putWeight[j] * Math.max(strike[j] - p, 0);
            }
            callPayout[i] = calls;
            putPayout[i] = puts;
            if (calls + puts < min) {
                min = calls + puts;
                best = i;
            }
        }
        return best;
    }
}
