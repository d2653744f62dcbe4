package io.swiftbolt.chain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.ToyChains;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionQuote;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.testing.PropertyTesting;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class MaxPainTest {

    private final OptionsChainAnalyzer analyzer = OptionsChainAnalyzer.defaults();

    /*
     * Hand-worked May expiry (multiplier 100):
     *   strike  callOI putOI
     *     90      10     5
     *    100      20    15
     *    110       5    30
     * P = 90:  calls 0;                          puts 15·10 + 30·20 = 750  → total 750 → 75,000
     * P = 100: calls 10·10 = 100;                puts 30·10 = 300          → total 400 → 40,000
     * P = 110: calls 10·20 + 20·10 = 400;        puts 0                    → total 400 → 40,000
     * 100 and 110 tie at 40,000: ties go to the lowest strike, max pain = 100.
     */
    @Test
    void handWorkedPainCurveAndMaxPain() {
        ChainAnalysis a = analyzer.analyze(ToyChains.handWorked());
        PainCurve may = a.painCurve(0);
        assertThat(may.expiry()).contains(ToyChains.MAY);
        assertThat(may.size()).isEqualTo(3);
        double[][] expected = {{90, 0, 75_000}, {100, 10_000, 30_000}, {110, 40_000, 0}};
        for (int i = 0; i < 3; i++) {
            assertThat(may.settlement(i)).isEqualTo(expected[i][0]);
            assertThat(may.callPayout(i)).isEqualTo(expected[i][1]);
            assertThat(may.putPayout(i)).isEqualTo(expected[i][2]);
        }
        assertThat(may.maxPain()).hasValue(100.0);
        assertThat(a.expiries().get(0).maxPain()).hasValue(100.0);
    }

    /*
     * Pooled over both expiries: candidates 90, 95, 100, 105, 110 (June adds strikes, no interest).
     * P = 95:  calls 10·5 = 50;  puts 15·5 + 30·15 = 525      → 575 → 57,500
     * P = 105: calls 10·15 + 20·5 = 250; puts 30·5 = 150      → 400 → 40,000
     * totals 75,000 / 57,500 / 40,000 / 40,000 / 40,000 → max pain 100 (lowest of the tie).
     */
    @Test
    void handWorkedPooledCurve() {
        PainCurve pooled = analyzer.analyze(ToyChains.handWorked()).pooledPainCurve();
        assertThat(pooled.expiry()).isEmpty();
        double[] totals = new double[pooled.size()];
        double[] strikes = new double[pooled.size()];
        for (int i = 0; i < pooled.size(); i++) {
            totals[i] = pooled.totalPayout(i);
            strikes[i] = pooled.settlement(i);
        }
        assertThat(strikes).containsExactly(90, 95, 100, 105, 110);
        assertThat(totals).containsExactly(75_000, 57_500, 40_000, 40_000, 40_000);
        assertThat(pooled.maxPain()).hasValue(100.0);
    }

    @Test
    void expiryWithoutOpenInterestHasNoMaxPain() {
        ChainAnalysis a = analyzer.analyze(ToyChains.handWorked());
        assertThat(a.painCurve(1).maxPain()).isEmpty();
        assertThat(a.painCurve(1).maxPainIndex()).isEqualTo(-1);
        assertThat(a.expiries().get(1).maxPain()).isEmpty();
        assertThat(a.painCurve(1).totalPayout(0)).isZero();
    }

    @Test
    void emptyChainHasNoMaxPainAndUndefinedRatios() {
        ChainAnalysis a = analyzer.analyze(OptionChain.builder("X").build());
        assertThat(a.expiries()).isEmpty();
        assertThat(a.pooled().maxPain()).isEmpty();
        assertThat(a.pooled().ratios().volumeRatio()).isEmpty();
    }

    @Test
    void kernelTiesGoToTheLowestStrike() {
        // One call at 90 and one put at 110, unit weight each.
        double[] k = {90, 100, 110};
        double[] cw = {1, 0, 0};
        double[] pw = {0, 0, 1};
        double[] cp = new double[3];
        double[] pp = new double[3];
        // P=90: puts 1·20 = 20; P=100: calls 10 + puts 10 = 20; P=110: calls 20. All tie: lowest wins.
        assertThat(MaxPainKernels.painCurve(3, k, cw, pw, cp, pp)).isZero();
        assertThat(cp).containsExactly(0, 10, 20);
        assertThat(pp).containsExactly(20, 10, 0);
    }

    // ---------------------------------------------------------------- property tests

    /**
     * A random chain on a half-unit strike grid with integer interest: every sum is exact. One to
     * seven expiries, each on its own strike grid, so the pooled union merges up to three rounds of
     * overlapping runs.
     */
    static OptionChain randomGridChain(RandomGenerator rnd) {
        OptionChain.Builder b = OptionChain.builder("RND");
        int expiries = rnd.nextInt(1, 8);
        boolean noInterest = rnd.nextDouble() < 0.05;
        for (int e = 0; e < expiries; e++) {
            LocalDate expiry = LocalDate.of(2021, 1, 15).plusWeeks(e);
            int strikes = rnd.nextInt(1, 60);
            double base = rnd.nextInt(1, 200) * 0.5;
            double step = rnd.nextInt(1, 11) * 0.5;
            for (int j = 0; j < strikes; j++) {
                double strike = base + j * step;
                for (OptionRight right : OptionRight.values()) {
                    if (rnd.nextDouble() < 0.15) {
                        continue;
                    }
                    // Few distinct values make exact ties common.
                    long oi = noInterest || rnd.nextDouble() < 0.3 ? 0 : rnd.nextInt(0, 4) * 50L;
                    long volume = rnd.nextDouble() < 0.3 ? 0 : rnd.nextInt(0, 1000);
                    double bid = rnd.nextDouble() < 0.2 ? 0 : rnd.nextInt(1, 400) * 0.05;
                    double ask = rnd.nextDouble() < 0.1 ? 0 : bid + rnd.nextInt(0, 20) * 0.05 + 0.05;
                    b.add(OptionQuote.of(OptionContract.of("RND", right, strike, expiry), bid, ask, 0, volume, oi));
                }
            }
        }
        return b.build();
    }

    /** Brute force, O(n²): every candidate against every contract. Returns {call, put} payouts. */
    static double[][] bruteForce(OptionChain chain, int from, int to) {
        TreeSet<Double> candidates = new TreeSet<>();
        for (int i = from; i < to; i++) {
            candidates.add(chain.strike(i));
        }
        double[][] out = new double[candidates.size()][];
        int k = 0;
        for (double p : candidates) {
            double calls = 0;
            double puts = 0;
            for (int i = from; i < to; i++) {
                double w = chain.openInterest(i) * chain.multiplier(i);
                if (chain.isCall(i)) {
                    calls += w * Math.max(p - chain.strike(i), 0);
                } else {
                    puts += w * Math.max(chain.strike(i) - p, 0);
                }
            }
            out[k++] = new double[] {p, calls, puts};
        }
        return out;
    }

    /** Brute-force max pain: strict improvement only, scanning ascending, so ties keep the lowest. */
    static double bruteMaxPain(double[][] curve, boolean anyInterest) {
        if (!anyInterest) {
            return Double.NaN;
        }
        double best = Double.NaN;
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : curve) {
            if (row[1] + row[2] < min) {
                min = row[1] + row[2];
                best = row[0];
            }
        }
        return best;
    }

    private static boolean anyInterest(OptionChain c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c.openInterest(i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void assertCurveEquals(PainCurve curve, double[][] brute, double relTol) {
        assertThat(curve.size()).isEqualTo(brute.length);
        for (int i = 0; i < brute.length; i++) {
            assertThat(curve.settlement(i)).isEqualTo(brute[i][0]);
            if (relTol == 0) {
                assertThat(curve.callPayout(i)).isEqualTo(brute[i][1]);
                assertThat(curve.putPayout(i)).isEqualTo(brute[i][2]);
            } else {
                assertThat(curve.callPayout(i)).isCloseTo(brute[i][1], within(relTol * (1 + brute[i][1])));
                assertThat(curve.putPayout(i)).isCloseTo(brute[i][2], within(relTol * (1 + brute[i][2])));
            }
        }
    }

    @Test
    void maxPainAndCurvesEqualBruteForceOnRandomChains() {
        PropertyTesting.forAll(0xC4A1_0001L, 300, MaxPainTest::randomGridChain, chain -> {
            ChainAnalysis a = analyzer.analyze(chain);
            for (int e = 0; e < chain.expiryCount(); e++) {
                int from = chain.expiryStart(e);
                int to = chain.expiryEnd(e);
                double[][] brute = bruteForce(chain, from, to);
                PainCurve curve = a.painCurve(e);
                assertCurveEquals(curve, brute, 0);
                double expected = bruteMaxPain(brute, anyInterest(chain, from, to));
                if (Double.isNaN(expected)) {
                    assertThat(curve.maxPain()).isEmpty();
                } else {
                    assertThat(curve.maxPain()).hasValue(expected);
                }
            }
            double[][] pooled = bruteForce(chain, 0, chain.size());
            assertCurveEquals(a.pooledPainCurve(), pooled, 0);
            double expected = bruteMaxPain(pooled, anyInterest(chain, 0, chain.size()));
            if (Double.isNaN(expected)) {
                assertThat(a.pooled().maxPain()).isEmpty();
            } else {
                assertThat(a.pooled().maxPain()).hasValue(expected);
            }
        });
    }

    @Test
    void curvesAgreeToRoundingOnArbitraryDecimalStrikes() {
        PropertyTesting.forAll(0xC4A1_0002L, 200, rnd -> {
            OptionChain.Builder b = OptionChain.builder("DEC");
            LocalDate expiry = LocalDate.of(2021, 3, 19);
            int n = rnd.nextInt(1, 80);
            double[] strikes = new double[n];
            for (int j = 0; j < n; j++) {
                strikes[j] = rnd.nextDouble(1, 5000);
            }
            Arrays.sort(strikes);
            for (int j = 0; j < n; j++) {
                if (j > 0 && strikes[j] == strikes[j - 1]) {
                    continue;
                }
                for (OptionRight right : OptionRight.values()) {
                    b.add(OptionQuote.of(OptionContract.of("DEC", right, strikes[j], expiry), 0, 0, 0, 0,
                            rnd.nextInt(0, 100_000)));
                }
            }
            return b.build();
        }, chain -> {
            PainCurve curve = analyzer.painCurve(chain, 0);
            double[][] brute = bruteForce(chain, 0, chain.size());
            assertCurveEquals(curve, brute, 1e-9);
            double bruteMin = Arrays.stream(brute).mapToDouble(r -> r[1] + r[2]).min().orElseThrow();
            if (curve.maxPainIndex() >= 0) {
                assertThat(curve.totalPayout(curve.maxPainIndex())).isCloseTo(bruteMin, within(1e-9 * (1 + bruteMin)));
            }
        });
    }

    @Test
    void ratiosEqualBruteForceSumsOnRandomChains() {
        PropertyTesting.forAll(0xC4A1_0003L, 200, MaxPainTest::randomGridChain, chain -> {
            ChainAnalysis a = analyzer.analyze(chain);
            for (int e = 0; e < chain.expiryCount(); e++) {
                double[] s = new double[6];
                for (int i = chain.expiryStart(e); i < chain.expiryEnd(e); i++) {
                    int side = chain.isCall(i) ? 0 : 1;
                    s[side] += chain.volume(i);
                    s[2 + side] += chain.openInterest(i);
                    if (chain.quote(i).mid().isPresent()) {
                        s[4 + side] += chain.volume(i) * chain.quote(i).mid().getAsDouble() * 100;
                    }
                }
                PutCallRatios r = a.expiries().get(e).ratios();
                assertThat(r.volumeRatio().isPresent()).isEqualTo(s[0] > 0);
                if (s[0] > 0) {
                    assertThat(r.volumeRatio().getAsDouble()).isEqualTo(s[1] / s[0]);
                }
                assertThat(r.openInterestRatio().isPresent()).isEqualTo(s[2] > 0);
                if (s[2] > 0) {
                    assertThat(r.openInterestRatio().getAsDouble()).isEqualTo(s[3] / s[2]);
                }
                assertThat(r.premiumRatio().isPresent()).isEqualTo(s[4] > 0);
                if (s[4] > 0) {
                    assertThat(r.premiumRatio().getAsDouble()).isCloseTo(s[5] / s[4], within(1e-12 * s[5] / s[4]));
                }
            }
        });
    }
}
