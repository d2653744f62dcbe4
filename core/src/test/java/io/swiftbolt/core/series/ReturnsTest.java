package io.swiftbolt.core.series;

import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.core.testing.PropertyTesting;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReturnsTest {

    @Test
    void simpleReturnsOfAShortPath() {
        assertThat(Returns.simple(new double[] {100, 110, 99}))
                .containsExactly(new double[] {0.1, -0.1}, within(1e-15));
    }

    @Test
    void logReturnsOfAShortPath() {
        assertThat(Returns.log(new double[] {100, 200, 100}))
                .containsExactly(new double[] {Math.log(2), -Math.log(2)}, within(1e-15));
    }

    @Test
    void fewerThanTwoPricesGiveNoReturns() {
        assertThat(Returns.simple(new double[0])).isEmpty();
        assertThat(Returns.simple(new double[] {5})).isEmpty();
        assertThat(Returns.log(new double[] {5})).isEmpty();
    }

    @Test
    void writesIntoCallerArrayAndLeavesTheRestAlone() {
        double[] out = {7, 7, 7, 7};
        Returns.simple(new double[] {1, 2, 4}, out);
        assertThat(out).containsExactly(1, 1, 7, 7);
        Returns.log(new double[] {1, 2, 4}, 1, 2, out, 2);
        assertThat(out).containsExactly(new double[] {1, 1, Math.log(2), 7}, within(1e-15));
    }

    @Test
    void rejectsInvalidPricesNamingIndexAndValue() {
        assertThatThrownBy(() -> Returns.simple(new double[] {1, 0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prices[1] must be positive and finite, was 0.0");
        assertThatThrownBy(() -> Returns.log(new double[] {1, 2, Double.NaN}))
                .hasMessage("prices[2] must be positive and finite, was NaN");
        assertThatThrownBy(() -> Returns.simple(new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("prices[0]");
        assertThatThrownBy(() -> Returns.simple(null)).hasMessage("prices must not be null");
    }

    @Test
    void rangeVariantOnlyValidatesTheRange() {
        double[] prices = {-1, 1, 2, Double.NaN};
        double[] out = new double[1];
        Returns.simple(prices, 1, 2, out, 0);
        assertThat(out).containsExactly(1.0);
    }

    @Test
    void rejectsBadRangesAndShortOutput() {
        double[] prices = {1, 2, 3};
        assertThatThrownBy(() -> Returns.simple(prices, new double[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outOffset").hasMessageContaining("room for 2 returns");
        assertThatThrownBy(() -> Returns.simple(prices, 2, 2, new double[5], 0))
                .hasMessage("length must be in [0, 1], was 2");
        assertThatThrownBy(() -> Returns.simple(prices, -1, 2, new double[5], 0))
                .hasMessageContaining("from");
        assertThatThrownBy(() -> Returns.log(prices, 0, 3, new double[5], 4))
                .hasMessageContaining("outOffset");
        assertThatThrownBy(() -> Returns.log(prices, null)).hasMessage("out must not be null");
    }

    @Test
    void logReturnIsLog1pOfSimpleReturn() {
        PropertyTesting.forAll(0xA11CEL, 300,
                rnd -> Generators.uniform(rnd, rnd.nextInt(0, 60), 0.5, 2000),
                prices -> {
                    double[] simple = Returns.simple(prices);
                    double[] log = Returns.log(prices);
                    assertThat(log).hasSameSizeAs(simple).hasSize(Math.max(0, prices.length - 1));
                    for (int i = 0; i < simple.length; i++) {
                        assertThat(log[i]).isCloseTo(Math.log1p(simple[i]), within(1e-12));
                    }
                });
    }

    @Test
    void rangeVariantEqualsReturnsOfTheCopiedRange() {
        PropertyTesting.forAll(0xB0BL, 300,
                rnd -> {
                    double[] prices = Generators.uniform(rnd, rnd.nextInt(0, 50), 1, 100);
                    int from = rnd.nextInt(0, prices.length + 1);
                    int length = rnd.nextInt(0, prices.length - from + 1);
                    return new Range(prices, from, length);
                },
                range -> {
                    double[] copy = Arrays.copyOfRange(range.prices(), range.from(), range.from() + range.length());
                    double[] out = new double[Math.max(0, range.length() - 1)];
                    Returns.simple(range.prices(), range.from(), range.length(), out, 0);
                    assertThat(out).containsExactly(Returns.simple(copy));
                    Returns.log(range.prices(), range.from(), range.length(), out, 0);
                    assertThat(out).containsExactly(Returns.log(copy));
                });
    }

    record Range(double[] prices, int from, int length) {
    }
}
