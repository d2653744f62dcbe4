package io.swiftbolt.benchmarks;

import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.pricing.ImpliedVolKernels;
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

/**
 * Implied volatility over a seeded mix of 4,096 options: strikes 50-200 % of spot, 1 day to 5
 * years, vol 5-150 %, calls and puts, priced by the kernel. The baseline is plain bisection on the
 * price to the same 1e-12 relative price accuracy, the approach many libraries still use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ImpliedVolBenchmark {

    static final int N = 4096;

    boolean[] call = new boolean[N];
    double[] price = new double[N];
    double[] strike = new double[N];
    double[] t = new double[N];
    double[] r = new double[N];
    double[] q = new double[N];
    int next;
    /** One expiry of 200 options (calls and puts on 100 strikes, 70-130 % of spot, a smile), 30 days. */
    static final int EXPIRY = 200;
    boolean[] expiryCall = new boolean[EXPIRY];
    double[] expiryPrice = new double[EXPIRY];
    double[] expiryStrike = new double[EXPIRY];
    double[] expiryOut = new double[EXPIRY];
    double[] work = new double[ImpliedVolKernels.WORK_SIZE];

    @Setup(Level.Trial)
    public void setUp() {
        for (int i = 0; i < EXPIRY; i++) {
            expiryCall[i] = i % 2 == 0;
            expiryStrike[i] = 70 + 60.0 * (i / 2) / (EXPIRY / 2 - 1);
            double vol = 0.2 + 0.4 * Math.pow(Math.log(expiryStrike[i] / 100), 2);
            expiryPrice[i] = BlackScholesKernels.price(expiryCall[i], 100, expiryStrike[i], 30 / 365.0, 0.03, 0.01, vol);
        }
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            call[i] = rnd.nextBoolean();
            strike[i] = 100 * Math.exp(rnd.nextDouble(Math.log(0.5), Math.log(2)));
            t[i] = Math.exp(rnd.nextDouble(Math.log(1 / 365.0), Math.log(5)));
            r[i] = rnd.nextDouble(-0.01, 0.06);
            q[i] = rnd.nextDouble(0, 0.04);
            double vol = Math.exp(rnd.nextDouble(Math.log(0.05), Math.log(1.5)));
            price[i] = BlackScholesKernels.price(call[i], 100, strike[i], t[i], r[i], q[i], vol);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & (N - 1);
        return i;
    }

    /** The Householder solver, one option per call. */
    @Benchmark
    public double impliedVol() {
        int i = nextIndex();
        return ImpliedVolKernels.impliedVol(call[i], price[i], 100, strike[i], t[i], r[i], q[i]);
    }

    /**
     * The 200 options of one expiry through the per-expiry kernel, which interleaves their
     * iterations; the score is per option.
     */
    @Benchmark
    @OperationsPerInvocation(EXPIRY)
    public double[] sameExpiry200() {
        ImpliedVolKernels.impliedVolSameExpiry(0, EXPIRY, expiryCall, expiryPrice, expiryStrike, 100, 30 / 365.0, 0.03,
                0.01, expiryOut, work);
        return expiryOut;
    }

    /** The same 200 options one call at a time; the score is per option. */
    @Benchmark
    @OperationsPerInvocation(EXPIRY)
    public double sameExpiry200OneByOne() {
        double sum = 0;
        for (int i = 0; i < EXPIRY; i++) {
            sum += ImpliedVolKernels.impliedVol(expiryCall[i], expiryPrice[i], 100, expiryStrike[i], 30 / 365.0, 0.03,
                    0.01);
        }
        return sum;
    }

    /** Baseline: bisection on the price between vol 1e-4 and 10. */
    @Benchmark
    public double bisectionBaseline() {
        int i = nextIndex();
        double lo = 1e-4;
        double hi = 10;
        double target = price[i];
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            double p = BlackScholesKernels.price(call[i], 100, strike[i], t[i], r[i], q[i], mid);
            if (Math.abs(p - target) <= 1e-12 * target) {
                return mid;
            }
            if (p < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
