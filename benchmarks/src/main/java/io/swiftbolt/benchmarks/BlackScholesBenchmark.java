package io.swiftbolt.benchmarks;

import io.swiftbolt.core.math.NormalDistribution;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.pricing.GreeksBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Black-Scholes-Merton price and all nine outputs (price, delta, gamma, vega, theta, rho, vanna,
 * volga, charm): one option per call, and a chain of 10,000 per call (reported per option). The
 * baseline is the textbook formula with four separate normal CDF evaluations and no shared
 * exponential. Inputs: a seeded mix of strikes 50-200 % of spot, 1 day to 5 years, vol 5-150 %.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BlackScholesBenchmark {

    static final int BATCH = 10_000;

    boolean[] call;
    double[] spot;
    double[] strike;
    double[] t;
    double[] r;
    double[] q;
    double[] vol;
    boolean[] chainCall;
    double[] chainStrike;
    double[] chainVol;
    double[] chainT;
    double[] chainR;
    double[] chainQ;
    double[] slot;
    GreeksBuffer buffer;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20261124L);
        call = new boolean[BATCH];
        spot = new double[BATCH];
        strike = new double[BATCH];
        t = new double[BATCH];
        r = new double[BATCH];
        q = new double[BATCH];
        vol = new double[BATCH];
        for (int i = 0; i < BATCH; i++) {
            call[i] = rnd.nextBoolean();
            spot[i] = 100;
            strike[i] = 100 * Math.exp(rnd.nextDouble(Math.log(0.5), Math.log(2)));
            t[i] = Math.exp(rnd.nextDouble(Math.log(1 / 365.0), Math.log(5)));
            r[i] = rnd.nextDouble(-0.01, 0.06);
            q[i] = rnd.nextDouble(0, 0.04);
            vol[i] = Math.exp(rnd.nextDouble(Math.log(0.05), Math.log(1.5)));
        }
        chainT = new double[BATCH];
        chainR = new double[BATCH];
        chainQ = new double[BATCH];
        chainCall = new boolean[BATCH];
        chainStrike = new double[BATCH];
        chainVol = new double[BATCH];
        int perExpiry = BATCH / 25;
        int perSide = perExpiry / 2;
        for (int i = 0; i < BATCH; i++) {
            int expiry = i / perExpiry;
            int k = i % perExpiry;
            chainCall[i] = k < perSide;
            chainStrike[i] = 50 + 150.0 * (k % perSide) / perSide;
            chainVol[i] = 0.18 + 0.25 * Math.abs(Math.log(chainStrike[i] / 100));
            chainT[i] = (7 + 30 * expiry) / 365.0;
            chainR[i] = 0.03;
            chainQ[i] = 0.015;
        }
        slot = new double[BlackScholesKernels.SLOT_SIZE];
        buffer = new GreeksBuffer(BATCH);
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == BATCH ? 0 : i + 1;
        return i;
    }

    /** Price only, one option per call. */
    @Benchmark
    public double price() {
        int i = nextIndex();
        return BlackScholesKernels.price(call[i], spot[i], strike[i], t[i], r[i], q[i], vol[i]);
    }

    /** Price and all Greeks of one option per call, into a reused slot. */
    @Benchmark
    public void priceAndGreeks(Blackhole bh) {
        int i = nextIndex();
        BlackScholesKernels.priceAndGreeks(call[i], spot[i], strike[i], t[i], r[i], q[i], vol[i], slot, 0);
        bh.consume(slot);
    }

    /** 10,000 options with independent random expiries and rates per call; the score is per option. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void greeksBatch10k(Blackhole bh) {
        BlackScholesKernels.greeksBatch(BATCH, call, spot, strike, t, r, q, vol, buffer);
        bh.consume(buffer);
    }

    /**
     * A chain of 10,000 options laid out as a listed chain is: 25 expiries, each with 200 calls
     * then 200 puts on ascending strikes 50-200 % of spot and a smile; options of one expiry share
     * t, r and q. The score is per option.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void greeksChain10k(Blackhole bh) {
        BlackScholesKernels.greeksBatch(BATCH, chainCall, spot, chainStrike, chainT, chainR, chainQ, chainVol, buffer);
        bh.consume(buffer);
    }

    /** Baseline: textbook price and Greeks with four separate CDF calls and a separate density. */
    @Benchmark
    public void textbookBaseline(Blackhole bh) {
        int i = nextIndex();
        textbook(call[i], spot[i], strike[i], t[i], r[i], q[i], vol[i], slot);
        bh.consume(slot);
    }

    static void textbook(boolean isCall, double s, double k, double tt, double rr, double qq, double v, double[] out) {
        double sq = Math.sqrt(tt);
        double d1 = (Math.log(s / k) + (rr - qq + 0.5 * v * v) * tt) / (v * sq);
        double d2 = d1 - v * sq;
        double dq = Math.exp(-qq * tt);
        double dr = Math.exp(-rr * tt);
        double n1 = NormalDistribution.cdf(d1);
        double n2 = NormalDistribution.cdf(d2);
        double m1 = NormalDistribution.cdf(-d1);
        double m2 = NormalDistribution.cdf(-d2);
        double pdf = NormalDistribution.pdf(d1);
        double decay = -s * dq * pdf * v / (2 * sq);
        out[0] = isCall ? s * dq * n1 - k * dr * n2 : k * dr * m2 - s * dq * m1;
        out[1] = isCall ? dq * n1 : -dq * m1;
        out[2] = dq * pdf / (s * v * sq);
        out[3] = s * dq * pdf * sq;
        out[4] = isCall ? decay - rr * k * dr * n2 + qq * s * dq * n1 : decay + rr * k * dr * m2 - qq * s * dq * m1;
        out[5] = isCall ? k * tt * dr * n2 : -k * tt * dr * m2;
        out[6] = -dq * pdf * d2 / v;
        out[7] = out[3] * d1 * d2 / v;
        out[8] = (isCall ? qq * dq * n1 : -qq * dq * m1) - dq * pdf * (2 * (rr - qq) * tt - d2 * v * sq) / (2 * tt * v * sq);
    }
}
