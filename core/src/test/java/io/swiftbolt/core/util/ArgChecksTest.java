package io.swiftbolt.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgChecksTest {

    @Test
    void returnsValidValues() {
        assertThat(ArgChecks.positive(2.5, "x")).isEqualTo(2.5);
        assertThat(ArgChecks.notNegative(0.0, "x")).isZero();
        assertThat(ArgChecks.finite(-3.0, "x")).isEqualTo(-3.0);
        assertThat(ArgChecks.inRange(5, 1, 10, "n")).isEqualTo(5);
        assertThat(ArgChecks.notBlank("a", "s")).isEqualTo("a");
    }

    @Test
    void messagesNameArgumentAndValue() {
        assertThatThrownBy(() -> ArgChecks.positive(0.0, "strike")).hasMessage("strike must be positive and finite, was 0.0");
        assertThatThrownBy(() -> ArgChecks.positive(Double.POSITIVE_INFINITY, "spot")).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> ArgChecks.notNegative(Double.NaN, "vol")).hasMessageContaining("vol").hasMessageContaining("NaN");
        assertThatThrownBy(() -> ArgChecks.finite(Double.NEGATIVE_INFINITY, "r")).hasMessageContaining("-Infinity");
        assertThatThrownBy(() -> ArgChecks.inRange(11, 1, 10, "n")).hasMessage("n must be in [1, 10], was 11");
        assertThatThrownBy(() -> ArgChecks.inRange(Double.NaN, 0, 1, "p")).hasMessageContaining("p must be in");
        assertThatThrownBy(() -> ArgChecks.positive(-1, "count")).hasMessage("count must be positive, was -1");
        assertThatThrownBy(() -> ArgChecks.notNegative(-1, "n")).hasMessageContaining("-1");
        assertThatThrownBy(() -> ArgChecks.notNull(null, "series")).hasMessage("series must not be null");
        assertThatThrownBy(() -> ArgChecks.notBlank(" ", "name")).hasMessageContaining("\" \"");
        assertThatThrownBy(() -> ArgChecks.allFinite(new double[] {1, Double.NaN}, "xs")).hasMessage("xs[1] must be finite, was NaN");
        assertThatThrownBy(() -> ArgChecks.sameLength(3, 4, "close")).hasMessage("close must have length 4, had 3");
        assertThatThrownBy(() -> ArgChecks.check(false, "high", 1.0, "must not be below low")).hasMessage("high must not be below low, was 1.0");
    }
}
