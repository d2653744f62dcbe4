package io.swiftbolt.chain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.core.options.Greeks;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionQuote;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesMerton;
import io.swiftbolt.core.pricing.BsmInputs;
import io.swiftbolt.core.testing.PropertyTesting;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class VolatilityAnalyticsTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 2);
    private static final LocalDate EXPIRY = LocalDate.of(2020, 4, 2); // 91 days
    private static final double T = 91 / 365.0;

    /** A chain whose mids are exact Black-Scholes-Merton prices at {@code vol(K)}, with the quotes locked. */
    private static OptionChain priced(double spot, double r, double q, DoubleUnaryOperator vol, long oi) {
        OptionChain.Builder b = OptionChain.builder("V").market(spot, AS_OF);
        for (double k = 60; k <= 140; k += 5) {
            for (OptionRight right : OptionRight.values()) {
                double price = BlackScholesMerton.price(new BsmInputs(right, spot, k, T, r, q), vol.applyAsDouble(k));
                if (price < 1e-6) {
                    continue;
                }
                b.add(OptionQuote.of(OptionContract.of("V", right, k, EXPIRY), price, price, 0, 10, oi));
            }
        }
        return b.build();
    }

    @Test
    void flatSmileGivesItsVolatilityEverywhereAndNoSkew() {
        OptionChain chain = priced(100, 0.01, 0.02, k -> 0.2, 100);
        ChainAnalysis a = OptionsChainAnalyzer.builder().rate(0.01).dividendYield(0.02).build().analyze(chain);
        for (int i = 0; i < chain.size(); i++) {
            assertThat(a.ivStatus(i)).isEqualTo(ContractIvStatus.SOLVED);
            assertThat(a.impliedVol(i).getAsDouble()).as("contract %s", chain.contractId(i)).isCloseTo(0.2, within(1e-8));
        }
        ExpiryMetrics m = a.expiries().get(0);
        assertThat(m.atmVol().getAsDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(m.riskReversal25().getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(m.butterfly25().getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(a.termStructure()).singleElement().satisfies(p -> {
            assertThat(p.expiry()).isEqualTo(EXPIRY);
            assertThat(p.years()).isEqualTo(T);
            assertThat(p.atmVol()).isCloseTo(0.2, within(1e-9));
        });
    }

    @Test
    void atmVolInterpolatesLinearlyInStrikeAtTheForward() {
        // r = q = 0: forward = spot = 102.5, halfway between strikes 100 and 105.
        // σ(K) = 0.2 + 0.001·(K − 100): σ(100) = 0.200 (put side, K < F), σ(105) = 0.205 (call side),
        // so ATM = 0.200 + (0.205 − 0.200)·2.5/5 = 0.2025.
        OptionChain chain = priced(102.5, 0, 0, k -> 0.2 + 0.001 * (k - 100), 100);
        ExpiryMetrics m = OptionsChainAnalyzer.defaults().analyze(chain).expiries().get(0);
        assertThat(m.atmVol().getAsDouble()).isCloseTo(0.2025, within(1e-9));
        // Volatility rising with strike: the 25-delta call is richer than the 25-delta put.
        assertThat(m.riskReversal25().getAsDouble()).isPositive();
    }

    @Test
    void equitySkewGivesNegativeRiskReversalAndPositiveButterfly() {
        // σ(K) = 0.2 − 0.3·ln(K/100) + 0.8·ln(K/100)²: downside skew with curvature.
        DoubleUnaryOperator smile = k -> 0.2 - 0.3 * Math.log(k / 100) + 0.8 * Math.pow(Math.log(k / 100), 2);
        ExpiryMetrics m = OptionsChainAnalyzer.defaults().analyze(priced(100, 0, 0, smile, 100)).expiries().get(0);
        assertThat(m.riskReversal25().getAsDouble()).isNegative();
        assertThat(m.butterfly25().getAsDouble()).isPositive();
        assertThat(m.atmVol().getAsDouble()).isCloseTo(0.2, within(1e-9));
    }

    /**
     * Gamma exposure by strike, pooled over several expiries with their own strike grids, against a
     * plain reference: the sorted set of all strikes, and for each the sum, in chain order, of every
     * contract's {@code ±Γ·OI·multiplier·S²·1 %} at that strike. Exact equality: same terms, same order.
     */
    @Test
    void gammaExposureByStrikeEqualsPerStrikeSumsOnRandomChains() {
        PropertyTesting.forAll(0xC4A1_0004L, 200,
                rnd -> MaxPainTest.randomGridChain(rnd).withMarket(rnd.nextInt(20, 120), LocalDate.of(2021, 1, 8)),
                chain -> {
                    ChainAnalysis a = OptionsChainAnalyzer.defaults().analyze(chain);
                    double s = chain.spot().getAsDouble();
                    TreeSet<Double> strikes = new TreeSet<>();
                    for (int i = 0; i < chain.size(); i++) {
                        strikes.add(chain.strike(i));
                    }
                    GammaExposure gex = a.gammaExposure().orElseThrow();
                    assertThat(gex.strikes()).containsExactly(strikes.stream().mapToDouble(Double::doubleValue).toArray());
                    int j = 0;
                    for (double k : strikes) {
                        double sum = 0;
                        for (int i = 0; i < chain.size(); i++) {
                            if (chain.strike(i) == k && a.gamma(i).isPresent()) {
                                sum += (chain.isCall(i) ? 1 : -1) * a.gamma(i).getAsDouble()
                                        * (chain.openInterest(i) * chain.multiplier(i)) * (s * s * 0.01);
                            }
                        }
                        assertThat(gex.exposure(j++)).as("exposure at strike %s", k).isEqualTo(sum);
                    }
                });
    }

    @Test
    void dealerGammaExposureMatchesHandComputation() {
        // One call (OI 300) and one put (OI 500) at 100 and 95, σ = 0.25, S = 100, r = q = 0.
        double s = 100;
        OptionChain.Builder b = OptionChain.builder("G").market(s, AS_OF);
        Greeks call = BlackScholesMerton.greeks(new BsmInputs(OptionRight.CALL, s, 100, T, 0, 0), 0.25);
        Greeks put = BlackScholesMerton.greeks(new BsmInputs(OptionRight.PUT, s, 95, T, 0, 0), 0.25);
        b.add(OptionQuote.of(OptionContract.of("G", OptionRight.CALL, 100, EXPIRY), call.price(), call.price(), 0, 0, 300));
        b.add(OptionQuote.of(OptionContract.of("G", OptionRight.PUT, 95, EXPIRY), put.price(), put.price(), 0, 0, 500));
        ChainAnalysis a = OptionsChainAnalyzer.defaults().analyze(b.build());
        // Dealers long calls, short puts; × multiplier 100 × S² × 1 %.
        double callGex = call.gamma() * 300 * 100 * s * s * 0.01;
        double putGex = -put.gamma() * 500 * 100 * s * s * 0.01;
        GammaExposure gex = a.gammaExposure().orElseThrow();
        assertThat(gex.strikes()).containsExactly(95, 100);
        assertThat(gex.exposure(0)).isCloseTo(putGex, within(1e-6 * Math.abs(putGex)));
        assertThat(gex.exposure(1)).isCloseTo(callGex, within(1e-6 * callGex));
        assertThat(gex.total()).isCloseTo(callGex + putGex, within(1e-6 * Math.abs(callGex)));
        assertThat(a.pooled().gammaExposure().getAsDouble()).isEqualTo(gex.total());
        assertThat(a.expiries().get(0).gammaExposure().getAsDouble()).isCloseTo(gex.total(), within(1e-6));
    }

    @Test
    void withoutMarketDataVolatilityValuesAreUndefinedNotNaN() {
        OptionChain chain = priced(100, 0, 0, k -> 0.2, 100);
        OptionChain bare = OptionChain.builder("V").build();
        ChainAnalysis a = OptionsChainAnalyzer.defaults().analyze(rebuildWithoutMarket(chain));
        assertThat(a.ivStatus(0)).isEqualTo(ContractIvStatus.NO_MARKET_DATA);
        assertThat(a.impliedVol(0)).isEmpty();
        assertThat(a.delta(0)).isEmpty();
        assertThat(a.expiries().get(0).atmVol()).isEmpty();
        assertThat(a.expiries().get(0).gammaExposure()).isEmpty();
        assertThat(a.gammaExposure()).isEmpty();
        assertThat(a.termStructure()).isEmpty();
        assertThat(a.expiries().get(0).maxPain()).isPresent();
        assertThat(OptionsChainAnalyzer.defaults().analyze(bare).gammaExposure()).isEmpty();
    }

    private static OptionChain rebuildWithoutMarket(OptionChain chain) {
        OptionChain.Builder b = OptionChain.builder(chain.underlying());
        chain.quotes().forEach(b::add);
        return b.build();
    }

    @Test
    void statusesExplainMissingVolatilities() {
        OptionChain.Builder b = OptionChain.builder("S").market(100, AS_OF);
        b.add(OptionQuote.of(OptionContract.of("S", OptionRight.CALL, 100, AS_OF), 1, 1.2, 0, 0, 0));  // expires today
        b.add(OptionQuote.of(OptionContract.of("S", OptionRight.CALL, 100, EXPIRY), 0, 5, 0, 0, 0));  // no bid
        b.add(OptionQuote.of(OptionContract.of("S", OptionRight.CALL, 50, EXPIRY), 10, 11, 0, 0, 0)); // below intrinsic 50
        b.add(OptionQuote.of(OptionContract.of("S", OptionRight.PUT, 100, EXPIRY), 0, 0, 0, 0, 0));   // vendor iv below
        b.add("S-VENDOR", new OptionQuote(OptionContract.of("S", OptionRight.PUT, 105, EXPIRY), 0, 0, 0, 0, 0,
                OptionalDouble.of(0.3), Optional.empty()), null);
        OptionChain chain = b.build();
        ChainAnalysis a = OptionsChainAnalyzer.defaults().analyze(chain);
        assertThat(a.ivStatus(0)).isEqualTo(ContractIvStatus.EXPIRED);
        assertThat(a.ivStatus(2)).isEqualTo(ContractIvStatus.NO_TWO_SIDED_QUOTE);
        assertThat(a.ivStatus(1)).isEqualTo(ContractIvStatus.BELOW_INTRINSIC);
        assertThat(a.ivStatus(3)).isEqualTo(ContractIvStatus.NO_TWO_SIDED_QUOTE);
        assertThat(a.ivStatus(4)).isEqualTo(ContractIvStatus.VENDOR);
        assertThat(a.impliedVol(4)).hasValue(0.3);
        assertThat(a.gamma(4)).isPresent();
        assertThat(a.volatilityCount()).isEqualTo(1);
    }
}
