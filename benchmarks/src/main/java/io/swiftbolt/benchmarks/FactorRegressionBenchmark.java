package io.swiftbolt.benchmarks;

import io.swiftbolt.attribution.factors.FactorAnalyzer;
import io.swiftbolt.attribution.factors.FactorRegression;
import io.swiftbolt.attribution.factors.FactorReturns;
import io.swiftbolt.attribution.factors.OlsKernels;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OLS of 252 daily returns on 5 regressors (alpha and four factors): the target is at most
 * 20 microseconds per regression. {@code analyzerClassical} and {@code analyzerNeweyWest} run the
 * whole typed fit (validation, QR, statistics, p-values); {@code qrKernel} is the bare
 * {@link OlsKernels#fit} on a prepared design matrix; {@code normalEquations} is the naive baseline
 * (form X'X and X'y, solve by Gaussian elimination; coefficients only, less accurate). Seeded
 * inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FactorRegressionBenchmark {

    static final int N = 252;
    static final int K = 4;
    static final int P = K + 1;

    double[] y;
    FactorReturns factors;
    double[] design;
    FactorAnalyzer classical;
    FactorAnalyzer neweyWest;
    double[] beta;
    double[] xtxInverse;
    double[] residuals;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20260910L);
        double[][] f = new double[K][N];
        y = new double[N];
        design = new double[N * P];
        for (int i = 0; i < N; i++) {
            double v = 0.0001 + 0.004 * (rnd.nextDouble() - 0.5);
            design[i * P] = 1;
            for (int j = 0; j < K; j++) {
                f[j][i] = 0.01 * (rnd.nextDouble() - 0.5);
                design[i * P + j + 1] = f[j][i];
                v += (j == 0 ? 1.0 : 0.2 * j) * f[j][i];
            }
            y[i] = v;
        }
        factors = new FactorReturns(List.of("MktRF", "SMB", "HML", "Mom"), f);
        classical = FactorAnalyzer.builder().periodsPerYear(252).build();
        neweyWest = FactorAnalyzer.builder().periodsPerYear(252).neweyWest(5).build();
        beta = new double[P];
        xtxInverse = new double[P * P];
        residuals = new double[N];
    }

    @Benchmark
    public FactorRegression analyzerClassical() {
        return classical.fit(y, factors);
    }

    @Benchmark
    public FactorRegression analyzerNeweyWest() {
        return neweyWest.fit(y, factors);
    }

    @Benchmark
    public double[] qrKernel() {
        OlsKernels.fit(design, y, N, P, 1e-10, beta, xtxInverse, residuals);
        return beta;
    }

    @Benchmark
    public double[] normalEquations() {
        double[] a = new double[P * (P + 1)];
        for (int i = 0; i < N; i++) {
            int row = i * P;
            for (int r = 0; r < P; r++) {
                double xr = design[row + r];
                for (int c = 0; c < P; c++) {
                    a[r * (P + 1) + c] += xr * design[row + c];
                }
                a[r * (P + 1) + P] += xr * y[i];
            }
        }
        for (int c = 0; c < P; c++) {
            for (int r = c + 1; r < P; r++) {
                double m = a[r * (P + 1) + c] / a[c * (P + 1) + c];
                for (int k = c; k <= P; k++) {
                    a[r * (P + 1) + k] -= m * a[c * (P + 1) + k];
                }
            }
        }
        double[] b = new double[P];
        for (int r = P - 1; r >= 0; r--) {
            double s = a[r * (P + 1) + P];
            for (int k = r + 1; k < P; k++) {
                s -= a[r * (P + 1) + k] * b[k];
            }
            b[r] = s / a[r * (P + 1) + r];
        }
        return b;
    }
}
