package io.swiftbolt.benchmarks;

import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.TargetWeights;
import io.swiftbolt.rebalancing.TaxAwareRebalancer;
import io.swiftbolt.rebalancing.cost.CostOptimizedPlan;
import io.swiftbolt.rebalancing.cost.CostOptimizer;
import io.swiftbolt.rebalancing.cost.Liquidity;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Tax-aware rebalancing of {@code positions} symbols with three lots each (10 / 30 lots and 500 /
 * 1,500 lots), minimum-tax lot order: the band rebalance alone (the baseline) and the band rebalance
 * followed by the cost optimization under a tracking-error cap of 2 % or 0.15 %. Inputs are seeded: prices 5-500,
 * bases 50-150 % of the price, lots up to three years old, weights drifted +-60 % from equal-weight
 * targets, a five-factor covariance (factor vols 5-25 %, specific 10-30 % a year) given in full or as
 * its factor model.
 * Targets from the issue: 10 positions at most 1 ms, 500 positions with the optimization at most 100 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RebalancingBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);

    @Param({"10", "500"})
    public int positions;

    /** 2 % binds at 10 positions, not at 500 (the optimum without the cap meets it); 0.15 % binds at both. */
    @Param({"0.02", "0.0015"})
    public double trackingErrorCap;

    /**
     * The same covariance given as a full matrix ({@code CovarianceMatrix.of}: the capped solve factors
     * an n x n block per step) or as its five-factor model ({@code ofFactors}: Woodbury, O(n k^2)).
     */
    @Param({"full", "factor"})
    public String covarianceForm;

    Holdings holdings;
    Prices prices;
    TargetWeights targets;
    CovarianceMatrix covariance;
    Map<String, Liquidity> liquidity;
    TaxAwareRebalancer rebalancer;
    CostOptimizer optimizer;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20240628L + positions);
        Holdings.Builder h = Holdings.builder();
        Map<String, Double> px = new HashMap<>();
        Map<String, Double> tw = new HashMap<>();
        List<String> symbols = new ArrayList<>();
        int factors = 5;
        double[][] load = new double[positions][factors];
        double[] specific = new double[positions];
        for (int i = 0; i < positions; i++) {
            String s = String.format("S%04d", i);
            symbols.add(s);
            double p = rnd.nextDouble(5, 500);
            px.put(s, p);
            tw.put(s, 1.0 / positions);
            double value = 1e6 / positions * (1 + rnd.nextDouble(-0.6, 0.6));
            for (int k = 0; k < 3; k++) {
                h.lot(s, value / 3 / p, p * rnd.nextDouble(0.5, 1.5), AS_OF.minusDays(rnd.nextInt(35, 1100)));
            }
            for (int k = 0; k < factors; k++) {
                load[i][k] = rnd.nextDouble(-1, 1.5) * rnd.nextDouble(0.05, 0.25);
            }
            specific[i] = rnd.nextDouble(0.10, 0.30);
        }
        double[][] cov = new double[positions][positions];
        for (int i = 0; i < positions; i++) {
            for (int j = 0; j < positions; j++) {
                double c = 0;
                for (int k = 0; k < factors; k++) {
                    c += load[i][k] * load[j][k];
                }
                cov[i][j] = c + (i == j ? specific[i] * specific[i] : 0);
            }
        }
        holdings = h.cash(1e4).build();
        prices = Prices.of(px);
        targets = TargetWeights.of(tw);
        double[] specificVariance = new double[positions];
        for (int i = 0; i < positions; i++) {
            specificVariance[i] = specific[i] * specific[i];
        }
        covariance = covarianceForm.equals("factor") ? CovarianceMatrix.ofFactors(symbols, load, specificVariance)
                : CovarianceMatrix.of(symbols, cov);
        liquidity = new HashMap<>();
        for (int i = 0; i < positions; i++) {
            String s = symbols.get(i);
            liquidity.put(s, new Liquidity(s, rnd.nextDouble(2e4, 2e6), rnd.nextDouble(1e-4, 1e-3),
                    Math.sqrt(cov[i][i] / 252)));
        }
        rebalancer = TaxAwareRebalancer.builder().lotSelector(LotSelectors.minTax()).fractionalShares(true)
                .tolerance(io.swiftbolt.rebalancing.Tolerance.absolute(0.2 / positions)).build();
        optimizer = CostOptimizer.builder().trackingErrorCap(trackingErrorCap).build();
    }

    /** The band rebalance alone (the baseline). */
    @Benchmark
    public RebalancePlan rebalance() {
        return rebalancer.rebalance(holdings, prices, targets, AS_OF, covariance);
    }

    /** The band rebalance and the cost optimization under the tracking-error cap. */
    @Benchmark
    public CostOptimizedPlan rebalanceAndOptimize() {
        RebalancePlan plan = rebalancer.rebalance(holdings, prices, targets, AS_OF, covariance);
        return optimizer.optimize(holdings, prices, plan, covariance, liquidity);
    }
}
