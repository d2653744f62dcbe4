package io.swiftbolt.discovery.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.metrics.ReturnMetrics;
import io.swiftbolt.core.testing.PropertyTesting;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The backtester on hand-built bars whose trades and P&amp;L are worked out in the comments, and
 * its invariants on random bars.
 */
class BacktesterTest {

    private static final double TOL = 1e-9;

    /** Capital 1,000, no costs: the hand calculations stay short. */
    private static final Backtester FREE = Backtester.builder().initialCapital(1000).commissionRate(0)
            .slippageRate(0).build();

    private static final RiskRules ALL_IN = RiskRules.NONE;

    @Test
    void signalAtCloseTradesAtNextOpenWithCommissionAndSlippage() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {101, 102, 100, 101},
                new double[] {102, 104, 101, 103},
                new double[] {104, 105, 103, 104},
                new double[] {103, 104, 102, 103});
        Backtester costly = Backtester.builder().initialCapital(1000).commissionRate(0.001).slippageRate(0.001).build();
        // Long from the close of bar 0, flat from the close of bar 2.
        BacktestResult r = costly.run(bars, TestBars.script(ALL_IN, 1, 1, 0, 0));
        // Entry at bar 1's open: fill 101 * 1.001 = 101.101; notional 1000 -> units 1000 / 101.101
        // = 9.891099000009893; commission 0.001 * 1000 = 1; cash 1000 - 1000 - 1 = -1.
        // Bar 1 close: -1 + 9.891099 * 101 = 998.000999000999.  Bar 2: -1 + 9.891099 * 103 = 1017.783197001019.
        // Exit at bar 3's open: fill 104 * 0.999 = 103.896; commission 0.001 * 9.891099 * 103.896
        // = 1.027645621705; cash -1 + 9.891099 * 103.896 - 1.0276456 = 1025.617976083323.
        // P&L = 9.891099 * (103.896 - 101.101) - 1 - 1.0276456 = 25.61797608332278.
        assertThat(r.trades()).hasSize(1);
        Trade t = r.trades().get(0);
        assertThat(t.entryBar()).isEqualTo(1);
        assertThat(t.exitBar()).isEqualTo(3);
        assertThat(t.direction()).isEqualTo(1);
        assertThat(t.entryPrice()).isCloseTo(101.101, within(TOL));
        assertThat(t.units()).isCloseTo(9.891099000009893, within(TOL));
        assertThat(t.exitPrice()).isCloseTo(103.896, within(TOL));
        assertThat(t.commission()).isCloseTo(2.0276456217050278, within(TOL));
        assertThat(t.pnl()).isCloseTo(25.61797608332278, within(TOL));
        assertThat(t.exitReason()).isEqualTo(ExitReason.SIGNAL);
        assertThat(r.equityCurve()).containsExactly(new double[] {1000, 998.000999000999, 1017.783197001019,
            1025.617976083323, 1025.617976083323}, within(1e-9));
        assertThat(r.metrics().totalReturn()).isCloseTo(0.025617976083323, within(1e-12));
        assertThat(r.metrics().tradeCount()).isEqualTo(1);
        assertThat(r.metrics().winRate()).isEqualTo(1.0);
    }

    @Test
    void stopLossFillsAtTheLevelWhenTheLowTouchesIt() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 102, 99, 101},
                new double[] {98, 99, 94, 96},
                new double[] {96, 97, 95, 96});
        // Entry at bar 1's open 100: 10 units, stop 100 * (1 - 0.05) = 95, take-profit 150.
        // Bar 1's low 99 stays above 95; equity 10 * 101 = 1010.
        // Bar 2 opens at 98 (above the stop) and trades down to 94: stopped at 95, P&L 10 * (95 - 100) = -50.
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(1.0, 0.05, 0.5), 1, 1, 1));
        // The script still says long at bar 2's close: re-entry at bar 3's open 96, 950 / 96 units,
        // closed at the last close 96 (end of data): P&L 0.
        assertTrades(r.trades(), new Trade(1, 2, 1, 10, 100, 95, 0, -50, ExitReason.STOP_LOSS),
                new Trade(3, 3, 1, 950.0 / 96, 96, 96, 0, 0, ExitReason.END_OF_DATA));
        assertThat(r.equityCurve()).containsExactly(new double[] {1000, 1010, 950, 950}, within(TOL));
        assertThat(r.metrics().maxDrawdown()).isCloseTo(1 - 950.0 / 1010, within(1e-12));
    }

    @Test
    void takeProfitFillsAtTheLevelWhenTheHighTouchesIt() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 103, 99, 102},
                new double[] {104, 111, 103, 108},
                new double[] {108, 109, 107, 108});
        // Entry at 100, 10 units, take-profit at 110, stop at 95. Bar 1: equity 1020.
        // Bar 2: high 111 >= 110, low 103 above the stop: filled at 110, P&L +100, equity 1100.
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(1.0, 0.05, 0.10), 1, 1, 0));
        assertTrades(r.trades(), new Trade(1, 2, 1, 10, 100, 110, 0, 100, ExitReason.TAKE_PROFIT));
        assertThat(r.equityCurve()).containsExactly(new double[] {1000, 1020, 1100, 1100}, within(TOL));
        assertThat(r.metrics().totalReturn()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void aGapThroughTheStopFillsAtTheOpen() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 102, 99, 101},
                new double[] {90, 92, 88, 91},
                new double[] {91, 92, 90, 91});
        // Stop at 95, but bar 2 opens at 90: a stop order fills at the first price, 90. P&L -100.
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(1.0, 0.05, 0.5), 1, 1, 0));
        assertTrades(r.trades(), new Trade(1, 2, 1, 10, 100, 90, 0, -100, ExitReason.STOP_LOSS));
    }

    @Test
    void aGapThroughTheTakeProfitFillsAtTheBetterOpen() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 102, 99, 101},
                new double[] {115, 116, 112, 113},
                new double[] {113, 114, 112, 113});
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(1.0, 0.05, 0.10), 1, 1, 0));
        assertTrades(r.trades(), new Trade(1, 2, 1, 10, 100, 115, 0, 150, ExitReason.TAKE_PROFIT));
    }

    @Test
    void whenOneBarTouchesBothLevelsTheStopComesFirst() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 102, 99, 101},
                new double[] {100, 112, 94, 105},
                new double[] {105, 106, 104, 105});
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(1.0, 0.05, 0.10), 1, 1, 0));
        assertTrades(r.trades(), new Trade(1, 2, 1, 10, 100, 95, 0, -50, ExitReason.STOP_LOSS));
    }

    @Test
    void theEntryBarItselfCanStopOut() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 101, 94, 96},
                new double[] {96, 97, 95, 96});
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(1.0, 0.05, 0.10), 1, 0));
        assertTrades(r.trades(), new Trade(1, 1, 1, 10, 100, 95, 0, -50, ExitReason.STOP_LOSS));
        assertThat(r.equityCurve()).containsExactly(new double[] {1000, 950, 950}, within(TOL));
    }

    @Test
    void shortTradesMirrorLongOnes() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 101, 97, 98},
                new double[] {95, 96, 89, 90},
                new double[] {92, 93, 91, 92},
                new double[] {92, 93, 91, 92});
        // Short 10 at 100: cash 1000 + 1000 = 2000. Bar 1: 2000 - 10 * 98 = 1020; bar 2: 2000 - 900 = 1100.
        // Cover at bar 3's open 92: P&L -10 * (92 - 100) = +80, cash 2000 - 920 = 1080.
        BacktestResult r = FREE.run(bars, TestBars.script(ALL_IN, -1, -1, 0, 0));
        assertTrades(r.trades(), new Trade(1, 3, -1, 10, 100, 92, 0, 80, ExitReason.SIGNAL));
        assertThat(r.equityCurve()).containsExactly(new double[] {1000, 1020, 1100, 1080, 1080}, within(TOL));
        // A short's stop is above the entry: 105; bar 2 of this series has high 106.
        PriceBars up = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 101, 99, 101},
                new double[] {102, 106, 101, 104},
                new double[] {104, 105, 103, 104});
        BacktestResult stopped = FREE.run(up, TestBars.script(new RiskRules(1.0, 0.05, 0.10), -1, -1, 0));
        assertTrades(stopped.trades(), new Trade(1, 2, -1, 10, 100, 105, 0, -50, ExitReason.STOP_LOSS));
    }

    @Test
    void positionSizeCommitsAFractionAndAnOpenTradeClosesAtTheLastClose() {
        PriceBars bars = TestBars.of(
                new double[] {100, 101, 99, 100},
                new double[] {100, 102, 99, 101},
                new double[] {101, 104, 100, 104});
        // Half the equity: 500 / 100 = 5 units; still long after the data: closed at 104, P&L 20.
        BacktestResult r = FREE.run(bars, TestBars.script(new RiskRules(0.5, 0, 0), 1, 1));
        assertTrades(r.trades(), new Trade(1, 2, 1, 5, 100, 104, 0, 20, ExitReason.END_OF_DATA));
        assertThat(r.equityCurve()).containsExactly(new double[] {1000, 1005, 1020}, within(TOL));
    }

    @Test
    void theStrategyIsNeverAskedAboutTheLastBarAndMustAnswerMinusOneZeroOrOne() {
        PriceBars bars = TestBars.of(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        Strategy strict = (t, position) -> {
            assertThat(t).isLessThan(1);
            return 0;
        };
        assertThat(FREE.run(bars, strict).trades()).isEmpty();
        assertThatThrownBy(() -> FREE.run(bars, (t, position) -> 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be -1, 0 or 1, was 2");
    }

    @Test
    void noTradeMeansAFlatCurveWithZeroSharpe() {
        BacktestMetrics m = FREE.evaluate(TestBars.of(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100},
                new double[] {100, 101, 99, 100}), (t, p) -> 0);
        assertThat(m).isEqualTo(new BacktestMetrics(3, 252, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void badInputIsRejectedWithNames() {
        assertThatThrownBy(() -> Backtester.builder().commissionRate(-0.1)).hasMessageContaining("commissionRate");
        assertThatThrownBy(() -> Backtester.builder().initialCapital(0)).hasMessageContaining("initialCapital");
        assertThatThrownBy(() -> new RiskRules(0, 0, 0)).hasMessageContaining("positionSize");
        assertThatThrownBy(() -> new RiskRules(1, 1.5, 0)).hasMessageContaining("stopLossPct");
        assertThatThrownBy(() -> PriceBars.of(new double[] {1}, new double[] {2}, new double[] {0.5}, new double[] {3}))
                .hasMessage("bar 0: close 3.0 must be in [low 0.5, high 2.0]");
        assertThatThrownBy(() -> PriceBars.of(new double[] {1}, new double[] {2}, new double[] {-1}, new double[] {1}))
                .hasMessageContaining("low[0] must be positive");
        assertThatThrownBy(() -> FREE.run(PriceBars.of(new double[0], new double[0], new double[0], new double[0]),
                (t, p) -> 0)).hasMessageContaining("at least one bar");
    }

    @Test
    void cashIsConservedAndMetricsAgreeWithCoreReturnMetrics() {
        Backtester costly = Backtester.builder().commissionRate(0.001).slippageRate(0.0007).build();
        PropertyTesting.forAll(0xCA5L, 300, rnd -> {
            PriceBars bars = TestBars.randomBars(rnd);
            return new Object[] {bars, TestBars.randomParameters(rnd, bars.size())};
        }, input -> {
            PriceBars bars = (PriceBars) input[0];
            StrategyParameters p = (StrategyParameters) input[1];
            BacktestResult r = costly.run(bars, ZScoreRsiFamily.instance(), p);
            double[] equity = r.equityCurve();
            double pnl = r.trades().stream().mapToDouble(Trade::pnl).sum();
            // Every currency unit gained or lost is some trade's P&L (the last trade is closed at the end).
            assertThat(equity[equity.length - 1] - costly.initialCapital()).isCloseTo(pnl, within(1e-6));
            double[] returns = r.returns();
            BacktestMetrics m = r.metrics();
            assertThat(m.totalReturn()).isCloseTo(ReturnMetrics.totalReturn(returns), within(1e-10));
            assertThat(m.maxDrawdown()).isCloseTo(ReturnMetrics.maxDrawdown(returns), within(1e-10));
            double sharpe = ReturnMetrics.sharpe(returns, 0, 252);
            assertThat(m.sharpe()).isCloseTo(Double.isNaN(sharpe) ? 0 : sharpe, within(1e-7));
            assertThat(m).isEqualTo(costly.evaluate(bars, ZScoreRsiFamily.instance().prepare(bars, p)));
            long wins = r.trades().stream().filter(t -> t.pnl() > 0).count();
            assertThat(m.tradeCount()).isEqualTo(r.trades().size());
            assertThat(m.winRate()).isEqualTo(r.trades().isEmpty() ? 0 : (double) wins / r.trades().size());
            // Trades never overlap and follow the fill rules' timing.
            int lastExit = 0;
            for (Trade t : r.trades()) {
                assertThat(t.entryBar()).isGreaterThanOrEqualTo(lastExit).isGreaterThanOrEqualTo(1);
                lastExit = t.exitBar();
            }
        });
    }

    @Test
    void changingLaterBarsChangesNoEarlierDecision() {
        PropertyTesting.forAll(0x100CL, 200, rnd -> {
            PriceBars bars = TestBars.randomBars(rnd);
            int n = bars.size();
            int cut = rnd.nextInt(n / 3, n - 1);
            // Replace every bar after the cut by a different random walk.
            double[] o = new double[n];
            double[] h = new double[n];
            double[] l = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                if (i <= cut) {
                    o[i] = bars.open(i);
                    h[i] = bars.high(i);
                    l[i] = bars.low(i);
                    c[i] = bars.close(i);
                } else {
                    o[i] = c[i - 1] * Math.exp(0.03 * rnd.nextGaussian());
                    c[i] = o[i] * Math.exp(0.03 * rnd.nextGaussian());
                    h[i] = Math.max(o[i], c[i]) * (1 + 0.02 * rnd.nextDouble());
                    l[i] = Math.min(o[i], c[i]) * (1 - 0.02 * rnd.nextDouble());
                }
            }
            return new Object[] {bars, PriceBars.of(o, h, l, c), cut, TestBars.randomParameters(rnd, n)};
        }, input -> {
            PriceBars original = (PriceBars) input[0];
            PriceBars changed = (PriceBars) input[1];
            int cut = (Integer) input[2];
            StrategyParameters p = (StrategyParameters) input[3];
            int[][] decisions = new int[2][original.size()];
            double[][] equity = new double[2][];
            PriceBars[] both = {original, changed};
            for (int k = 0; k < 2; k++) {
                Strategy inner = ZScoreRsiFamily.instance().prepare(both[k], p);
                int[] log = decisions[k];
                Strategy recording = new Strategy() {
                    @Override
                    public int target(int t, int position) {
                        int target = inner.target(t, position);
                        log[t] = 10 * target + position;
                        return target;
                    }

                    @Override
                    public RiskRules riskRules() {
                        return inner.riskRules();
                    }
                };
                equity[k] = Backtester.defaults().run(both[k], recording).equityCurve();
            }
            for (int t = 0; t <= cut; t++) {
                assertThat(decisions[1][t]).as("decision at bar %d (cut %d)", t, cut).isEqualTo(decisions[0][t]);
                assertThat(equity[1][t]).as("equity at bar %d (cut %d)", t, cut).isEqualTo(equity[0][t]);
            }
        });
    }

    /** Trades equal field by field, prices and amounts to 1e-9. */
    private static void assertTrades(List<Trade> actual, Trade... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Trade a = actual.get(i);
            Trade e = expected[i];
            assertThat(new int[] {a.entryBar(), a.exitBar(), a.direction()}).as("trade %d bars", i)
                    .containsExactly(e.entryBar(), e.exitBar(), e.direction());
            assertThat(new double[] {a.units(), a.entryPrice(), a.exitPrice(), a.commission(), a.pnl()})
                    .as("trade %d amounts", i)
                    .containsExactly(new double[] {e.units(), e.entryPrice(), e.exitPrice(), e.commission(), e.pnl()},
                            within(TOL));
            assertThat(a.exitReason()).as("trade %d exit reason", i).isEqualTo(e.exitReason());
        }
    }

    @Test
    void resultsCopyTheirArrays() {
        BacktestResult r = FREE.run(TestBars.of(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100}),
                (t, p) -> 0);
        r.equityCurve()[0] = -1;
        assertThat(r.equityCurve()[0]).isEqualTo(1000);
        assertThat(r.trades()).isEqualTo(List.of());
    }
}
