package io.swiftbolt.chain.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.ToyChains;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.testing.PropertyTesting;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LiquidityAnalyzerTest {

    /*
     * Four contracts, cap 0.5:
     *  #  bid  ask  vol  oi   rel spread           spread pts         vol pct  oi pct   score
     *  0  1.9  2.1  100  500  0.2/2.0 = 0.10       40·(1−0.2) = 32    4/4      4/4      32+30+30     = 92
     *  1  0.9  1.1   10   50  0.2/1.0 = 0.20       40·(1−0.4) = 24    3/4      3/4      24+22.5+22.5 = 69
     *  2  0    0.5   10    0  missing bid → 0      0                  3/4      0        0+22.5+0     = 22.5
     *  3  1.0  3.0    0   50  2/2 = 1.0 ≥ cap → 0  0 (wide)           0        3/4      0+0+22.5     = 22.5
     * (percentile = share of contracts at or below, zeros included; a zero itself scores 0)
     */
    @Test
    void handWorkedKernelScores() {
        double[] bid = {1.9, 0.9, 0, 1.0};
        double[] ask = {2.1, 1.1, 0.5, 3.0};
        double[] vol = {100, 10, 10, 0};
        double[] oi = {500, 50, 0, 50};
        double[] rel = new double[4];
        double[] vp = new double[4];
        double[] op = new double[4];
        double[] score = new double[4];
        int[] flags = new int[4];
        LiquidityAnalyzer.scores(4, bid, ask, vol, oi, 0.5, new long[4], rel, vp, op, score, flags);
        assertThat(score[0]).isCloseTo(92, within(1e-9));
        assertThat(score[1]).isCloseTo(69, within(1e-9));
        assertThat(score[2]).isCloseTo(22.5, within(1e-9));
        assertThat(score[3]).isCloseTo(22.5, within(1e-9));
        assertThat(vp).containsExactly(1, 0.75, 0.75, 0);
        assertThat(op).containsExactly(1, 0.75, 0, 0.75);
        assertThat(rel[0]).isCloseTo(0.1, within(1e-12));
        assertThat(rel[2]).isNaN();
        assertThat(flags[0]).isZero();
        assertThat(flags[2]).isEqualTo(LiquidityFlag.NO_BID.bit());
        assertThat(flags[3]).isEqualTo(LiquidityFlag.WIDE_SPREAD.bit());
    }

    /**
     * The three percentile paths (whole-number counts packed with their index and ordered by radix
     * sort or, given only {@code n} longs of scratch, by comparison sort; any other values by binary
     * search) against the definition {@code #{j : v[j] <= v[i]} / n}, 0 for {@code v[i] <= 0}, on
     * seeded inputs with many ties and zeros, counts up to about 2^42 (one to four radix passes) and
     * up to 5,000 values.
     */
    @Test
    void percentilesMatchTheirDefinitionOnEveryPath() {
        double[] scales = {1, 100, 1e6, 0x1p36};
        PropertyTesting.forAll(77, 600, rnd -> {
            // Now and then past 1,024 keys, where the radix digit reaches its widest (11 bits).
            int n = rnd.nextInt(10) == 0 ? rnd.nextInt(1, 5000) : rnd.nextInt(1, 400);
            boolean counts = rnd.nextBoolean();
            int distinct = rnd.nextInt(1, 50);
            double scale = scales[rnd.nextInt(scales.length)];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double x = rnd.nextInt(-3, distinct);
                v[i] = counts ? Math.max(0, x) * scale : x + (rnd.nextInt(4) == 0 ? 0.5 : 0.0);
            }
            return v;
        }, v -> {
            int n = v.length;
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                int atOrBelow = 0;
                for (double w : v) {
                    atOrBelow += w <= v[i] ? 1 : 0;
                }
                expected[i] = v[i] > 0 ? (double) atOrBelow / n : 0.0;
            }
            for (int scratch : new int[] {n, LiquidityAnalyzer.radixScratchLength(n)}) {
                double[] out = new double[n];
                LiquidityAnalyzer.percentiles(n, v, new long[scratch], out);
                assertThat(out).as("percentiles of %s with %d longs of scratch", java.util.Arrays.toString(v), scratch)
                        .containsExactly(expected);
            }
        });
    }

    @Test
    void crossedAndMissingQuotesScoreZeroOnSpreadAndAreFlagged() {
        double[] bid = {2.0, 0, 0};
        double[] ask = {1.0, 0, 1.0};
        double[] one = {1, 1, 1};
        double[] score = new double[3];
        int[] flags = new int[3];
        LiquidityAnalyzer.scores(3, bid, ask, one, one, 0.5, new long[3], new double[3], new double[3],
                new double[3], score, flags);
        // Everyone ties on volume and interest: percentile 3/3 = 1 → 30 + 30; spread 0.
        assertThat(score).containsExactly(60, 60, 60);
        assertThat(flags[0]).isEqualTo(LiquidityFlag.CROSSED.bit());
        assertThat(flags[1]).isEqualTo(LiquidityFlag.NO_BID.bit() | LiquidityFlag.NO_ASK.bit());
        assertThat(flags[2]).isEqualTo(LiquidityFlag.NO_BID.bit());
    }

    @ParameterizedTest
    @CsvSource({"100, EXCELLENT", "80, EXCELLENT", "79.999, GOOD", "60, GOOD", "59.9, FAIR", "40, FAIR",
        "39.99, POOR", "0, POOR"})
    void ratingBands(double score, LiquidityRating rating) {
        assertThat(LiquidityRating.of(score)).isEqualTo(rating);
    }

    @Test
    void ratingRejectsOutOfRange() {
        assertThatThrownBy(() -> LiquidityRating.of(100.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score");
    }

    @Test
    void typedApiFlagsTheToyChainsUnquotedCall() {
        OptionChain chain = ToyChains.handWorked();
        List<ContractLiquidity> liq = LiquidityAnalyzer.defaults().analyze(chain);
        assertThat(liq).hasSize(chain.size());
        ContractLiquidity unquoted = liq.get(6); // June 95 call: no bid, no ask, no volume, no interest
        assertThat(chain.isCall(6)).isTrue();
        assertThat(chain.contract(6).right()).isEqualTo(OptionRight.CALL);
        assertThat(unquoted.flags()).isEqualTo(Set.of(LiquidityFlag.NO_BID, LiquidityFlag.NO_ASK));
        assertThat(unquoted.score()).isZero();
        assertThat(unquoted.rating()).isEqualTo(LiquidityRating.POOR);
        assertThat(unquoted.relativeSpread()).isEmpty();
        for (ContractLiquidity l : liq) {
            assertThat(l.score()).isBetween(0.0, 100.0);
            assertThat(l.contractId()).isEqualTo(chain.contractId(l.index()));
        }
    }

    @Test
    void spreadCapIsValidated() {
        assertThatThrownBy(() -> LiquidityAnalyzer.builder().spreadCap(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spreadCap");
        assertThat(LiquidityAnalyzer.builder().spreadCap(0.2).build().spreadCap()).isEqualTo(0.2);
    }
}
