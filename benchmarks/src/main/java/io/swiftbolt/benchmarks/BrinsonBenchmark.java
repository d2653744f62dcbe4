package io.swiftbolt.benchmarks;

import io.swiftbolt.attribution.brinson.BrinsonAttribution;
import io.swiftbolt.attribution.brinson.BrinsonKernels;
import io.swiftbolt.attribution.brinson.BrinsonMethod;
import io.swiftbolt.attribution.brinson.Holding;
import io.swiftbolt.attribution.brinson.LinkedBrinsonResult;
import io.swiftbolt.attribution.brinson.LinkingMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Brinson-Fachler over 500 securities in 11 sectors for 252 days, grouped by sector each day and
 * linked (Carino or Menchero) into one year: the target is at most 5 ms per year of attribution.
 * {@code kernels} runs {@link BrinsonKernels} on preallocated arrays (no allocation per call);
 * {@code typedEngine} runs {@link BrinsonAttribution#attributeAndLink} on {@link Holding} lists,
 * the validated API people use, as the baseline. Inputs: seeded weights (some securities held by
 * one side only) and returns.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BrinsonBenchmark {

    static final int SECURITIES = 500;
    static final int SECTORS = 11;
    static final int DAYS = 252;

    @Param({"CARINO", "MENCHERO"})
    LinkingMethod linking;

    int[] sectorOf;
    double[][] wp;
    double[][] wb;
    double[][] rp;
    double[][] rb;
    List<List<Holding>> holdings;
    BrinsonAttribution engine;

    double[] sWp;
    double[] sWb;
    double[] sRp;
    double[] sRb;
    double[] alloc;
    double[] sel;
    double[] inter;
    double[] effects;
    double[] portfolio;
    double[] benchmark;
    double[] coefficients;
    double[] linked;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20260909L);
        sectorOf = new int[SECURITIES];
        for (int i = 0; i < SECURITIES; i++) {
            sectorOf[i] = rnd.nextInt(SECTORS);
        }
        wp = new double[DAYS][SECURITIES];
        wb = new double[DAYS][SECURITIES];
        rp = new double[DAYS][SECURITIES];
        rb = new double[DAYS][SECURITIES];
        holdings = new ArrayList<>(DAYS);
        for (int d = 0; d < DAYS; d++) {
            double sp = 0;
            double sb = 0;
            for (int i = 0; i < SECURITIES; i++) {
                wp[d][i] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
                wb[d][i] = rnd.nextDouble();
                sp += wp[d][i];
                sb += wb[d][i];
                rp[d][i] = 0.0003 + 0.015 * gaussian(rnd);
                rb[d][i] = rp[d][i];
            }
            List<Holding> day = new ArrayList<>(SECURITIES);
            for (int i = 0; i < SECURITIES; i++) {
                wp[d][i] /= sp;
                wb[d][i] /= sb;
                day.add(new Holding("S" + sectorOf[i], wp[d][i], wb[d][i], rp[d][i], rb[d][i]));
            }
            holdings.add(day);
        }
        engine = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).linking(linking).build();
        sWp = new double[SECTORS];
        sWb = new double[SECTORS];
        sRp = new double[SECTORS];
        sRb = new double[SECTORS];
        alloc = new double[SECTORS];
        sel = new double[SECTORS];
        inter = new double[SECTORS];
        effects = new double[DAYS * 3 * SECTORS];
        portfolio = new double[DAYS];
        benchmark = new double[DAYS];
        coefficients = new double[DAYS];
        linked = new double[3 * SECTORS];
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller; SplittableRandom has no nextGaussian on JDK 17 without RandomGenerator.
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    /** One year of daily attribution and linking on arrays; returns the linked effects. */
    @Benchmark
    public double[] kernels() {
        for (int d = 0; d < DAYS; d++) {
            BrinsonKernels.groupBySector(sectorOf, wp[d], wb[d], rp[d], rb[d], SECURITIES, SECTORS, sWp, sWb, sRp, sRb);
            benchmark[d] = BrinsonKernels.effects(BrinsonMethod.BRINSON_FACHLER, sWp, sWb, sRp, sRb, SECTORS, alloc,
                    sel, inter);
            double p = 0;
            int row = d * 3 * SECTORS;
            for (int s = 0; s < SECTORS; s++) {
                p += sWp[s] * sRp[s];
                effects[row + 3 * s] = alloc[s];
                effects[row + 3 * s + 1] = sel[s];
                effects[row + 3 * s + 2] = inter[s];
            }
            portfolio[d] = p;
        }
        if (linking == LinkingMethod.CARINO) {
            BrinsonKernels.carinoCoefficients(portfolio, benchmark, DAYS, coefficients);
        } else {
            BrinsonKernels.mencheroCoefficients(portfolio, benchmark, DAYS, coefficients);
        }
        BrinsonKernels.link(effects, DAYS, 3 * SECTORS, coefficients, linked);
        return linked;
    }

    /** The same through the validated, typed engine (grouping by sector name, records out). */
    @Benchmark
    public LinkedBrinsonResult typedEngine() {
        return engine.attributeAndLink(holdings);
    }
}
