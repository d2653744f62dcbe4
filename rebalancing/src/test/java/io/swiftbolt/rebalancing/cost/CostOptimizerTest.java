package io.swiftbolt.rebalancing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.testing.PropertyTesting;
import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.Side;
import io.swiftbolt.rebalancing.TargetWeights;
import io.swiftbolt.rebalancing.TaxAwareRebalancer;
import io.swiftbolt.rebalancing.Trade;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.TaxLot;
import io.swiftbolt.rebalancing.tax.TaxRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optimizer against an independent solver: a brute-force grid search with successive zooming
 * over the free trade sizes (the budget fixes the last one), evaluating the model's objective
 * directly from its definition (linear cost + {@code c x^1.5} impact + the tax of the cheapest lots
 * per unit), keeping only grid points whose tracking error is at most the cap. No ojAlgo, no MM, no
 * multiplier search: if both agree, the convex treatment is right.
 */
class CostOptimizerTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);
    static final CostModel MODEL = new CostModel(0.005, 0.5);
    static final TaxRules RULES = TaxRules.defaults();

    static CovarianceMatrix cov3() {
        double[] vol = {0.25, 0.20, 0.30};
        double[][] rho = {{1, 0.6, 0.3}, {0.6, 1, 0.5}, {0.3, 0.5, 1}};
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = rho[i][j] * vol[i] * vol[j];
            }
        }
        return CovarianceMatrix.of(List.of("A", "B", "C"), c);
    }

    static Map<String, Liquidity> liquidity(CovarianceMatrix cov) {
        Map<String, Liquidity> m = new HashMap<>();
        double[] adv = {20_000, 10_000, 5_000};
        double[] hs = {0.0005, 0.0003, 0.001};
        String[] s = {"A", "B", "C"};
        for (int i = 0; i < 3; i++) {
            m.put(s[i], new Liquidity(s[i], adv[i], hs[i], Math.sqrt(cov.get(s[i], s[i]) / 252)));
        }
        return m;
    }

    static final Prices PRICES = Prices.of(Map.of("A", 60.0, "B", 100.0, "C", 50.0));

    static Holdings holdings3() {
        return Holdings.builder()
                .lot("A", 100, 40, LocalDate.of(2020, 2, 3))   // long-term gain
                .lot("A", 50, 70, LocalDate.of(2024, 1, 8))    // short-term loss
                .lot("B", 80, 90, LocalDate.of(2022, 5, 2))    // long-term gain
                .lot("C", 10, 45, LocalDate.of(2024, 3, 4))    // short-term gain
                .cash(2000)
                .build();
    }

    /** The model's objective in weights of V, from its definition. */
    static final class Objective {
        final double value;
        final double[] price;
        final double[] lin;
        final double[] imp;
        final List<List<double[]>> lotSteps = new ArrayList<>(); // per symbol: {tax per weight, weight}

        Objective(Holdings h, Prices p, List<String> symbols, double value, Map<String, Liquidity> liq) {
            this.value = value;
            int n = symbols.size();
            price = new double[n];
            lin = new double[n];
            imp = new double[n];
            for (int i = 0; i < n; i++) {
                String s = symbols.get(i);
                price[i] = p.price(s);
                Liquidity l = liq.get(s);
                lin[i] = MODEL.commissionPerShare() / price[i] + l.halfSpread();
                imp[i] = MODEL.impactCoefficient() * l.dailyVolatility()
                        * Math.sqrt(value / (price[i] * l.averageDailyVolume()));
                List<double[]> steps = new ArrayList<>();
                for (TaxLot lot : h.lots(s)) {
                    double rate = RULES.rate(RULES.term(lot.acquired(), AS_OF));
                    steps.add(new double[] {rate * (1 - lot.costBasisPerShare() / price[i]),
                        lot.shares() * price[i] / value});
                }
                steps.sort(Comparator.comparingDouble(a -> a[0]));
                lotSteps.add(steps);
            }
        }

        /** Objective for trade magnitudes x (sells for symbols in {@code sells}). */
        double of(double[] x, boolean[] sells) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                f += lin[i] * x[i] + imp[i] * Math.pow(x[i], 1.5);
                if (sells[i]) {
                    double left = x[i];
                    for (double[] step : lotSteps.get(i)) {
                        double q = Math.min(left, step[1]);
                        f += step[0] * q;
                        left -= q;
                    }
                }
            }
            return f;
        }
    }

    static double te(double[] w, double[] t, CovarianceMatrix cov, List<String> symbols) {
        double q = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                q += (w[i] - t[i]) * cov.get(symbols.get(i), symbols.get(j)) * (w[j] - t[j]);
            }
        }
        return Math.sqrt(q);
    }

    /**
     * Three symbols: A and B are sold toward 30 %, C is bought toward 40 %; the budget fixes C's
     * purchase as cash + A + B sold, so the grid is over (sell A, sell B).
     */
    @ParameterizedTest
    @EnumSource(CostSolver.class)
    void threeAssetsEqualABruteForceGridAtTheCap(CostSolver solver) {
        CovarianceMatrix cov = cov3();
        Map<String, Liquidity> liq = liquidity(cov);
        TargetWeights targets = TargetWeights.of(Map.of("A", 0.3, "B", 0.3, "C", 0.4));
        RebalancePlan original = TaxAwareRebalancer.builder().fractionalShares(true).build()
                .rebalance(holdings3(), PRICES, targets, AS_OF, cov);
        double cap = 0.02;
        CostOptimizedPlan opt = CostOptimizer.builder().costModel(MODEL).trackingErrorCap(cap).solver(solver).build()
                .optimize(holdings3(), PRICES, original, cov, liq);
        List<String> s = List.of("A", "B", "C");
        double v = original.portfolioValue();
        double[] w0 = new double[3];
        double[] t = {0.3, 0.3, 0.4};
        double[] xOpt = new double[3];
        for (int i = 0; i < 3; i++) {
            w0[i] = original.weightsBefore().get(s.get(i));
            xOpt[i] = Math.abs(opt.plan().weightsAfter().get(s.get(i)) - w0[i]);
        }
        double te = opt.plan().trackingError().getAsDouble();
        assertThat(opt.status()).isEqualTo(OptimizationStatus.OPTIMAL_AT_CAP);
        assertThat(te).isLessThanOrEqualTo(cap).isCloseTo(cap, within(1e-6));
        assertThat(te(new double[] {w0[0] - xOpt[0], w0[1] - xOpt[1], w0[2] + xOpt[2]}, t, cov, s))
                .isCloseTo(te, within(1e-12));

        Objective f = new Objective(holdings3(), PRICES, s, v, liq);
        boolean[] sells = {true, true, false};
        double c0 = holdings3().cash() / v;
        double[] lo = {0, 0};
        double[] hi = {w0[0] - 0.3, w0[1] - 0.3};
        double best = Double.POSITIVE_INFINITY;
        double[] bestX = null;
        int grid = 400;
        for (int round = 0; round < 7; round++) {
            double stepA = (hi[0] - lo[0]) / grid;
            double stepB = (hi[1] - lo[1]) / grid;
            for (int a = 0; a <= grid; a++) {
                for (int b = 0; b <= grid; b++) {
                    double xa = lo[0] + a * stepA;
                    double xb = lo[1] + b * stepB;
                    double xc = c0 + xa + xb;
                    double[] w = {w0[0] - xa, w0[1] - xb, w0[2] + xc};
                    if (te(w, t, cov, s) > cap) {
                        continue;
                    }
                    double val = f.of(new double[] {xa, xb, xc}, sells);
                    if (val < best) {
                        best = val;
                        bestX = new double[] {xa, xb, xc};
                    }
                }
            }
            double[] center = bestX;
            lo = new double[] {Math.max(0, center[0] - 4 * stepA), Math.max(0, center[1] - 4 * stepB)};
            hi = new double[] {Math.min(w0[0] - 0.3, center[0] + 4 * stepA), Math.min(w0[1] - 0.3, center[1] + 4 * stepB)};
        }
        double optimized = f.of(xOpt, sells);
        // The grid only visits feasible points, so it can only be above the optimum; both must agree.
        assertThat(optimized).isLessThanOrEqualTo(best + 1e-9).isCloseTo(best, within(1e-8));
        for (int i = 0; i < 3; i++) {
            assertThat(xOpt[i]).as("trade %s", s.get(i)).isCloseTo(bestX[i], within(1e-4));
        }
        // The plan's lines carry the model: cost + surrogate tax in currency = objective * V.
        double surrogateTax = 0;
        for (Trade tr : opt.plan().trades()) {
            if (tr.side() == Side.SELL) {
                surrogateTax += RULES.rate(tr.term()) * tr.realizedGain();
            }
        }
        assertThat(opt.cost().total() + surrogateTax).isCloseTo(optimized * v, within(1e-6 * v * 1e-3));
        assertThat(opt.originalTotal()).isPositive();
    }

    /**
     * Two symbols, the cap far away: A holds a short-term loss lot whose tax credit (0.37 * 1/6 of
     * the price) beats the trading cost, so selling A is worth it until the impact of selling A and
     * buying B (made large with tiny volumes of 3 and 2 shares a day)
     * catches up: an interior optimum found by MM alone. Checked against a 1-D zoomed grid.
     */
    @Test
    void twoAssetsBelowTheCapEqualABruteForceGrid() {
        Holdings h = Holdings.builder().lot("A", 400, 70, LocalDate.of(2024, 1, 8)).lot("B", 100, 90,
                LocalDate.of(2022, 5, 2)).cash(1000).build();
        Prices prices = Prices.of(Map.of("A", 60.0, "B", 100.0));
        CovarianceMatrix cov = CovarianceMatrix.of(List.of("A", "B"), new double[][] {{0.0625, 0.03}, {0.03, 0.04}});
        Map<String, Liquidity> liq = Map.of("A", new Liquidity("A", 3, 0.0005, 0.015),
                "B", new Liquidity("B", 2, 0.0003, 0.0125));
        TargetWeights targets = TargetWeights.of(Map.of("A", 0.5, "B", 0.5));
        RebalancePlan original = TaxAwareRebalancer.builder().fractionalShares(true).build()
                .rebalance(h, prices, targets, AS_OF, cov);
        CostOptimizedPlan opt = CostOptimizer.builder().costModel(MODEL).trackingErrorCap(0.5).build()
                .optimize(h, prices, original, cov, liq);
        assertThat(opt.status()).isEqualTo(OptimizationStatus.OPTIMAL_BELOW_CAP);
        double v = original.portfolioValue();
        double w0a = original.weightsBefore().get("A");
        double xa = w0a - opt.plan().weightsAfter().get("A");
        Objective f = new Objective(h, prices, List.of("A", "B"), v, liq);
        boolean[] sells = {true, false};
        double c0 = 1000 / v;
        double lo = 0;
        double hi = w0a - 0.5;
        double best = Double.POSITIVE_INFINITY;
        double bestX = 0;
        for (int round = 0; round < 8; round++) {
            double step = (hi - lo) / 1000;
            for (int k = 0; k <= 1000; k++) {
                double x = lo + k * step;
                double val = f.of(new double[] {x, c0 + x}, sells);
                if (val < best) {
                    best = val;
                    bestX = x;
                }
            }
            lo = Math.max(0, bestX - 4 * step);
            hi = Math.min(w0a - 0.5, bestX + 4 * step);
        }
        assertThat(bestX).as("interior optimum").isStrictlyBetween(1e-3, w0a - 0.5 - 1e-3);
        assertThat(xa).isCloseTo(bestX, within(1e-6));
        assertThat(f.of(new double[] {xa, c0 + xa}, sells)).isCloseTo(best, within(1e-10));
    }

    /**
     * Random 3-6 symbol problems, all lots gains, through the public API: the cap is met within 1e-6
     * (never exceeded), the saving is never negative and the budget balances.
     */
    @Test
    void trackingErrorCapIsMetOnRandomProblems() {
        PropertyTesting.forAll(0xC0571L, 25, rnd -> CostOptimizerReferenceTest.randomCase(rnd, 3, 6, MODEL, true, false),
                c -> {
                    CostOptimizedPlan opt = CostOptimizer.builder().costModel(MODEL).trackingErrorCap(c.cap()).build()
                            .optimize(c.holdings(), c.prices(), c.original(), c.covariance(), c.liquidity());
                    double te = opt.plan().trackingError().getAsDouble();
                    assertThat(te).isLessThanOrEqualTo(c.cap());
                    if (opt.status() == OptimizationStatus.OPTIMAL_AT_CAP) {
                        assertThat(te).isCloseTo(c.cap(), within(1e-9));
                    } else {
                        assertThat(opt.status()).isEqualTo(OptimizationStatus.OPTIMAL_BELOW_CAP);
                    }
                    // the full move to the targets is feasible (TE 0), so the optimum costs no more in the
                    // model; lots here are all gains, where the model's tax equals the netted tax.
                    double v = c.original().portfolioValue();
                    assertThat(opt.saving()).isGreaterThanOrEqualTo(-1e-9 * v);
                    assertThat(opt.plan().cashAfter()).isCloseTo(0.0, within(1e-9 * v));
                });
    }

    /**
     * Regression (ojAlgo stalled on this degenerate, LP-like QP before the ridge): selling GOOGL's
     * short-term loss lot earns a credit of 0.37 * 100 / 2,800 = 1.3 % of the value sold, far above
     * the trading cost, so the cheapest plan is the full move to the targets (tracking error 0).
     */
    @Test
    void lossCreditMakesTheFullMoveCheapest() {
        Holdings h = Holdings.builder().lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 2, 2500, LocalDate.of(2021, 3, 1)).lot("GOOGL", 3, 2900, LocalDate.of(2024, 2, 1))
                .lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3)).build();
        Prices p = Prices.of(Map.of("AAPL", 150.0, "GOOGL", 2800.0, "MSFT", 300.0));
        CovarianceMatrix cov = CovarianceMatrix.of(List.of("AAPL", "GOOGL", "MSFT"),
                new double[][] {{0.0625, 0.03, 0.025}, {0.03, 0.09, 0.03}, {0.025, 0.03, 0.0484}});
        Map<String, Liquidity> liq = Map.of("AAPL", new Liquidity("AAPL", 6e7, 1e-4, 0.0157),
                "GOOGL", new Liquidity("GOOGL", 1.5e6, 2e-4, 0.0189), "MSFT", new Liquidity("MSFT", 2.5e7, 1e-4, 0.0139));
        RebalancePlan plan = TaxAwareRebalancer.builder().fractionalShares(true).build().rebalance(h, p,
                TargetWeights.of(Map.of("AAPL", 0.4, "GOOGL", 0.3, "MSFT", 0.3)), AS_OF, cov);
        CostOptimizedPlan opt = CostOptimizer.builder().trackingErrorCap(0.03).build().optimize(h, p, plan, cov, liq);
        assertThat(opt.status()).isEqualTo(OptimizationStatus.OPTIMAL_BELOW_CAP);
        assertThat(opt.plan().trackingError().getAsDouble()).isCloseTo(0.0, within(1e-6));
        assertThat(opt.plan().trades()).filteredOn(t -> t.side() == Side.SELL).extracting(Trade::lotId)
                .containsExactly("GOOGL-2");
    }
}
