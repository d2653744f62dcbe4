package io.swiftbolt.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionModelTest {

    private static final OptionContract CONTRACT = OptionContract.of("AAPL", OptionRight.CALL, 150,
            LocalDate.of(2026, 12, 18));

    @ParameterizedTest
    @CsvSource({"C, CALL", "call, CALL", " Call , CALL", "P, PUT", "put, PUT", "PUT, PUT"})
    void parsesRights(String text, OptionRight expected) {
        assertThat(OptionRight.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "calls", "1"})
    void rejectsUnknownRights(String text) {
        assertThatThrownBy(() -> OptionRight.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option right").hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void payoffAndSign() {
        assertThat(OptionRight.CALL.payoff(110, 100)).isEqualTo(10);
        assertThat(OptionRight.PUT.payoff(110, 100)).isZero();
        assertThat(OptionRight.PUT.sign()).isEqualTo(-1);
    }

    @Test
    void contractValidatesAndComputesYears() {
        assertThat(CONTRACT.multiplier()).isEqualTo(100);
        assertThat(CONTRACT.yearsToExpiry(LocalDate.of(2026, 11, 18))).isEqualTo(30 / 365.0);
        assertThatThrownBy(() -> OptionContract.of(" ", OptionRight.CALL, 1, LocalDate.MAX))
                .hasMessageContaining("underlying");
        assertThatThrownBy(() -> OptionContract.of("X", OptionRight.CALL, -5, LocalDate.MAX))
                .hasMessageContaining("strike").hasMessageContaining("-5");
        assertThatThrownBy(() -> new OptionContract("X", OptionRight.CALL, 5, LocalDate.MAX, 0))
                .hasMessageContaining("multiplier");
    }

    @Test
    void quoteMidAndSpreadOnlyWhenTwoSided() {
        OptionQuote q = OptionQuote.of(CONTRACT, 2.0, 2.2, 2.1, 10, 500);
        assertThat(q.mid()).hasValue(2.1);
        assertThat(q.spread().getAsDouble()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-15));
        OptionQuote noBid = OptionQuote.of(CONTRACT, 0, 2.2, 0, 0, 0);
        assertThat(noBid.isTwoSided()).isFalse();
        assertThat(noBid.mid()).isEmpty();
    }

    @Test
    void quoteRejectsCrossedOrNegativeValues() {
        assertThatThrownBy(() -> OptionQuote.of(CONTRACT, 2.5, 2.2, 0, 0, 0)).hasMessageContaining("bid");
        assertThatThrownBy(() -> OptionQuote.of(CONTRACT, -1, 2.2, 0, 0, 0)).hasMessageContaining("bid");
        assertThatThrownBy(() -> OptionQuote.of(CONTRACT, 1, 2.2, 0, -3, 0)).hasMessageContaining("volume");
        assertThatThrownBy(() -> OptionQuote.of(CONTRACT, 1, 2.2, 0, 3, -1)).hasMessageContaining("openInterest");
        assertThatThrownBy(() -> new OptionQuote(CONTRACT, 1, 2, 0, 0, 0, OptionalDouble.of(-0.2), Optional.empty()))
                .hasMessageContaining("impliedVol");
    }

    @Test
    void greeksNeverHoldNaN() {
        assertThatThrownBy(() -> new Greeks(1, Double.NaN, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delta");
    }
}
