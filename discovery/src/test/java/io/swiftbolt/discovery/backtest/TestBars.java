package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.discovery.dna.GeneSpec;
import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;
import java.util.random.RandomGenerator;

/** Test fixtures: hand-built bars, scripted strategies, random inputs. */
final class TestBars {

    private TestBars() {
    }

    /** Bars from rows of {open, high, low, close}. */
    static PriceBars of(double[]... rows) {
        int n = rows.length;
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = rows[i][0];
            h[i] = rows[i][1];
            l[i] = rows[i][2];
            c[i] = rows[i][3];
        }
        return PriceBars.of(o, h, l, c);
    }

    /** A strategy whose target at bar t is {@code targets[t]}. */
    static Strategy script(RiskRules risk, int... targets) {
        return new Strategy() {
            @Override
            public int target(int t, int position) {
                return targets[t];
            }

            @Override
            public RiskRules riskRules() {
                return risk;
            }
        };
    }

    /** GBM bars of 250 .. 600 bars. */
    static PriceBars randomBars(RandomGenerator rnd) {
        return PriceBars.of(Generators.gbmBars(rnd, 250, 600));
    }

    /** Random default-genome parameters whose look-back fits {@code bars}. */
    static StrategyParameters randomParameters(RandomGenerator rnd, int bars) {
        StrategyDNA dna = StrategyDNA.defaults();
        double[] v = new double[dna.size()];
        for (int i = 0; i < v.length; i++) {
            GeneSpec g = dna.gene(i);
            v[i] = g.fromUnit(rnd.nextDouble());
        }
        v[0] = rnd.nextInt(5, Math.min(200, bars - 2) + 1);
        return dna.parameters(v);
    }
}
