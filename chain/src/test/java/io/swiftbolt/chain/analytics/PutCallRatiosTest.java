package io.swiftbolt.chain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.chain.ToyChains;
import org.junit.jupiter.api.Test;

class PutCallRatiosTest {

    /*
     * May, by hand: call volume 1 + 4 + 5 = 10, put volume 2 + 3 + 1 = 6 → 0.6.
     * Call OI 10 + 20 + 5 = 35, put OI 5 + 15 + 30 = 50 → 50/35 = 1.4285714…
     * Premium = volume × mid × 100: calls 1·11 + 4·3 + 5·0.5 = 25.5 → 2550;
     * puts 2·0.6 + 3·2.5 + 1·10 = 18.7 → 1870; ratio 1870/2550 = 0.7333…
     */
    @Test
    void handWorkedRatios() {
        ChainAnalysis a = OptionsChainAnalyzer.defaults().analyze(ToyChains.handWorked());
        PutCallRatios may = a.expiries().get(0).ratios();
        assertThat(may.callVolume()).isEqualTo(10);
        assertThat(may.putVolume()).isEqualTo(6);
        assertThat(may.volumeRatio()).hasValue(0.6);
        assertThat(may.openInterestRatio().getAsDouble()).isCloseTo(50.0 / 35.0, within(1e-15));
        assertThat(may.callPremium()).isCloseTo(2550, within(1e-9));
        assertThat(may.putPremium()).isCloseTo(1870, within(1e-9));
        assertThat(may.premiumRatio().getAsDouble()).isCloseTo(1870.0 / 2550.0, within(1e-12));
        // Pooled adds June's put: volume 7, premium 7 × 1.1 × 100 = 770.
        PutCallRatios all = a.pooled().ratios();
        assertThat(all.volumeRatio()).hasValue(13.0 / 10.0);
        assertThat(all.premiumRatio().getAsDouble()).isCloseTo(2640.0 / 2550.0, within(1e-12));
    }

    @Test
    void zeroDenominatorsAreUndefined() {
        // June: no call volume, no open interest at all, a call without quotes.
        PutCallRatios june = OptionsChainAnalyzer.defaults().analyze(ToyChains.handWorked()).expiries().get(1).ratios();
        assertThat(june.volumeRatio()).isEmpty();
        assertThat(june.openInterestRatio()).isEmpty();
        assertThat(june.premiumRatio()).isEmpty();
        // Zero numerator with a positive denominator is 0, not undefined.
        assertThat(new PutCallRatios(5, 0, 1, 0, 1, 0).volumeRatio()).hasValue(0.0);
    }

    @Test
    void negativeTotalsAreRejected() {
        assertThatThrownBy(() -> new PutCallRatios(-1, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callVolume").hasMessageContaining("-1");
    }
}
