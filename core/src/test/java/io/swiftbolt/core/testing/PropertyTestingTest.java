package io.swiftbolt.core.testing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PropertyTestingTest {

    record Pair(double[] values, int k) {
    }

    @Test
    void failureReportsTrialSeedAndInput() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> PropertyTesting.forAll(42L, 1000,
                rnd -> new Pair(new double[] {rnd.nextInt(0, 100), 0.5}, rnd.nextInt(10)),
                p -> assertThat(p.values()[0]).isLessThan(90)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("baseSeed=0x2AL").contains("trial seed=0x")
                .containsPattern("input: Pair\\[values=\\[9\\d\\.0, 0\\.5\\], k=\\d\\]");
        assertThat(e.getCause()).isInstanceOf(AssertionError.class);
        String seedHex = e.getMessage().replaceAll("(?s).*trial seed=0x([0-9A-F]+)L.*", "$1");
        long seed = Long.parseUnsignedLong(seedHex, 16);
        assertThatThrownBy(() -> PropertyTesting.replay(seed,
                rnd -> new Pair(new double[] {rnd.nextInt(0, 100), 0.5}, rnd.nextInt(10)),
                p -> assertThat(p.values()[0]).isLessThan(90)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void runsEveryTrialWithDistinctReproducibleSeeds() {
        List<Long> first = new ArrayList<>();
        PropertyTesting.forAll(7L, 250, rnd -> rnd.nextLong(), first::add);
        List<Long> second = new ArrayList<>();
        PropertyTesting.forAll(7L, 250, rnd -> rnd.nextLong(), second::add);
        assertThat(first).hasSize(250).doesNotHaveDuplicates().isEqualTo(second);
        assertThat(PropertyTesting.seed(7L, 0)).isNotEqualTo(PropertyTesting.seed(8L, 0))
                .isNotEqualTo(PropertyTesting.seed(7L, 1));
    }

    @Test
    void exceptionsCountAsFailures() {
        assertThatThrownBy(() -> PropertyTesting.forAll(1L, 3, rnd -> "x", s -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("input: x")
                .hasMessageContaining("IllegalStateException: boom")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PropertyTesting.forAll(1L, 0, rnd -> "x", s -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describeShortensLongInputs() {
        assertThat(PropertyTesting.describe(new double[] {1.5, 2})).isEqualTo("[1.5, 2.0]");
        assertThat(PropertyTesting.describe(null)).isEqualTo("null");
        assertThat(PropertyTesting.describe(new double[5000])).endsWith("chars)").hasSizeLessThan(4100);
    }

    @Test
    void generatedSeriesAreValidAndDeterministic() {
        assertThat(Generators.gbmBars(Generators.random(3), 1, 500))
                .isEqualTo(Generators.gbmBars(Generators.random(3), 1, 500));
        double[] returns = Generators.returns(Generators.random(5), 1000, 0, 0.5, 0.1);
        assertThat(returns).contains(0.0);
        assertThat(Arrays.stream(returns).min().orElseThrow()).isEqualTo(-0.99);
    }
}
