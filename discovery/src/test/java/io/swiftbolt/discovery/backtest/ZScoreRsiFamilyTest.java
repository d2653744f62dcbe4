package io.swiftbolt.discovery.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;
import org.junit.jupiter.api.Test;

class ZScoreRsiFamilyTest {

    private static final ZScoreRsiFamily FAMILY = ZScoreRsiFamily.instance();

    private static PriceBars line(double... closes) {
        double[][] rows = new double[closes.length][];
        for (int i = 0; i < closes.length; i++) {
            rows[i] = new double[] {closes[i], closes[i], closes[i], closes[i]};
        }
        return TestBars.of(rows);
    }

    @Test
    void aSeriesShorterThanTheLookbackIsRejectedClearly() {
        StrategyParameters p = StrategyDNA.defaults().midpoint().with(StrategyDNA.LOOKBACK_PERIOD, 50);
        double[] closes = new double[51];
        java.util.Arrays.fill(closes, 100);
        assertThatThrownBy(() -> FAMILY.prepare(line(closes), p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series of 51 bars is shorter than lookback_period 50 allows: needs at least 52 bars "
                        + "(warm-up + a bar to decide + a bar to trade)");
        assertThat(FAMILY.minimumBars(StrategyDNA.defaults())).isEqualTo(202);
    }

    @Test
    void meanReversionBuysAnOversoldDipAndSellsTheRebound() {
        // 20 flat-ish bars, a sharp fall, then a rebound. Lookback 5, entry z <= -1 with RSI <= 40,
        // exit at z >= 0.5, volatility filter wide open, no stops that could interfere.
        double[] closes = new double[30];
        for (int i = 0; i < 20; i++) {
            closes[i] = 100 + (i % 2 == 0 ? 0.5 : -0.5);
        }
        for (int i = 20; i < 25; i++) {
            closes[i] = 100 - 3 * (i - 19);
        }
        for (int i = 25; i < 30; i++) {
            closes[i] = closes[24] + 4 * (i - 24);
        }
        StrategyParameters p = StrategyDNA.defaults().parameters(5, -1.0, 0.5, 0.20, 0.50, 0.20, 40, 1.0);
        Strategy s = FAMILY.prepare(line(closes), p);
        assertThat(s.target(13, 0)).as("warm-up: nothing before bar 14").isZero();
        assertThat(s.target(20, 0)).as("first down day: z very negative, RSI low").isEqualTo(1);
        assertThat(s.target(21, 1)).as("still falling: stay long").isEqualTo(1);
        assertThat(s.target(27, 1)).as("rebounded above the exit z").isZero();
        assertThat(s.riskRules()).isEqualTo(new RiskRules(0.20, 0.20, 0.50));
    }

    @Test
    void momentumBuysStrengthAndTheVolatilityFilterBlocksEntries() {
        double[] closes = new double[40];
        for (int i = 0; i < 40; i++) {
            closes[i] = 100 * Math.pow(1.01, i) * (i % 2 == 0 ? 1.001 : 0.999);
        }
        StrategyParameters momentum = StrategyDNA.defaults().parameters(10, 1.0, -1.0, 0.05, 0.2, 0.1, 60, 1.0);
        assertThat(FAMILY.prepare(line(closes), momentum).target(30, 0)).isEqualTo(1);
        StrategyParameters calmOnly = momentum.with(StrategyDNA.VOLATILITY_FILTER, 0.10);
        // Realized vol of this zig-zag is about 0.002 * sqrt(252) ~ 3 %: below 10 %, so still allowed;
        // a noisier series is blocked.
        assertThat(FAMILY.prepare(line(closes), calmOnly).target(30, 0)).isEqualTo(1);
        double[] noisy = closes.clone();
        for (int i = 0; i < 40; i++) {
            noisy[i] = closes[i] * (i % 2 == 0 ? 1.01 : 0.99);
        }
        noisy[30] = noisy[29] * 1.2;
        StrategyParameters anyRsi = calmOnly.with(StrategyDNA.RSI_THRESHOLD, 20);
        assertThat(FAMILY.prepare(line(noisy), anyRsi).target(30, 0)).as("vol about 30 percent, above 10").isZero();
        assertThat(FAMILY.prepare(line(noisy), anyRsi.with(StrategyDNA.VOLATILITY_FILTER, 1.0)).target(30, 0))
                .as("same bar, filter at 100 percent").isEqualTo(1);
    }
}
