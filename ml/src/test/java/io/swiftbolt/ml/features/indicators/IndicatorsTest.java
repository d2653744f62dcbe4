package io.swiftbolt.ml.features.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validated layer: hand-checked values, explicit warm-up, and clear errors on bad input. */
class IndicatorsTest {

    private static final double[] X = {1, 2, 3, 4, 5, 6, 5, 4, 3, 4, 5, 6, 7, 8, 9, 8, 7, 6};

    @Test
    void handCheckedValuesAndWarmUp() {
        IndicatorValues sma = Indicators.sma(X, 3);
        assertThat(sma.firstDefined()).isEqualTo(2);
        assertThat(sma.value(2)).isEqualTo(2.0);
        assertThat(sma.isDefined(1)).isFalse();
        assertThatThrownBy(() -> sma.value(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("warm-up");
        // EMA seeded with the SMA of the first 3 values, then alpha = 0.5 (TTR EMA(x, 3)).
        IndicatorValues ema = Indicators.ema(X, 3);
        assertThat(ema.value(2)).isEqualTo(2.0);
        assertThat(ema.value(7)).isCloseTo(4.5, within(1e-15));
        assertThat(ema.value(17)).isCloseTo(6.753418, within(1e-6));
        // RSI(3) from TTR: 100 on the first three rises, 66.66667 at index 6.
        IndicatorValues rsi = Indicators.rsi(X, 3);
        assertThat(rsi.firstDefined()).isEqualTo(3);
        assertThat(rsi.value(3)).isEqualTo(100.0);
        assertThat(rsi.value(6)).isCloseTo(66.66667, within(1e-5));
        double[] copy = new double[X.length];
        rsi.copyTo(copy, -1);
        assertThat(copy[2]).isEqualTo(-1);
        assertThat(rsi.definedValues()).hasSize(X.length - 3);
    }

    @Test
    void flatInputsGetDocumentedNeutralValues() {
        double[] flat = {5, 5, 5, 5, 5, 5};
        assertThat(Indicators.rsi(flat, 3).value(5)).isEqualTo(IndicatorKernels.RSI_FLAT);
        assertThat(Indicators.bollinger(flat, 3, 2)[3].value(5)).isEqualTo(IndicatorKernels.FLAT_RANGE_POSITION);
        assertThat(Indicators.rollingRank(flat, 3).value(5)).isEqualTo(IndicatorKernels.FLAT_RANGE_POSITION);
        assertThat(Indicators.volumeRatio(new double[] {0, 0, 0}, 2).value(2)).isEqualTo(1.0);
    }

    @Test
    void emptySeriesIsRejected() {
        assertThatThrownBy(() -> Indicators.sma(new double[0], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Indicators.sma(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    }

    @ParameterizedTest
    @CsvSource({"0, at least 1", "-3, at least 1", "19, longer than the series"})
    void badPeriodIsRejected(int period, String message) {
        assertThatThrownBy(() -> Indicators.sma(X, period))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("n ").hasMessageContaining(message).hasMessageEndingWith("was " + period);
        assertThatThrownBy(() -> Indicators.ema(X, period)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Indicators.rsi(X, period)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Indicators.momentum(X, period)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanPricesAreRejectedNamingTheIndex() {
        double[] bad = X.clone();
        bad[7] = Double.NaN;
        assertThatThrownBy(() -> Indicators.sma(bad, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("values[7]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Indicators.rsi(bad, 3)).hasMessageContaining("closes[7]");
        assertThatThrownBy(() -> Indicators.bollinger(bad, 3, 2)).hasMessageContaining("closes[7]");
        assertThatThrownBy(() -> Indicators.atr(X, X, bad, 3)).hasMessageContaining("close[7]");
        assertThatThrownBy(() -> new Sma(3).update(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> new Atr(3).update(1, 2, 1.5)).hasMessageContaining("low");
        assertThatThrownBy(() -> new LogReturn().update(0)).hasMessageContaining("positive");
    }

    @Test
    void streamingConstructorsRejectBadPeriods() {
        assertThatThrownBy(() -> new Sma(0)).hasMessageContaining("n");
        assertThatThrownBy(() -> new Macd(26, 12, 9)).hasMessageContaining("slow");
        assertThatThrownBy(() -> new RealizedVolatility(1, 252)).hasMessageContaining("n");
        assertThatThrownBy(() -> new BollingerBands(20, Double.NaN)).hasMessageContaining("k");
        assertThatThrownBy(() -> new Macd(12, 26, 9).signal()).isInstanceOf(IllegalStateException.class);
    }
}
