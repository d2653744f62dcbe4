package io.swiftbolt.chain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.testing.PropertyTesting;
import org.junit.jupiter.api.Test;

class IvStatisticsTest {

    private static final double[] HISTORY = {0.10, 0.20, 0.30, 0.40};

    @Test
    void handWorkedRankAndPercentile() {
        // rank: (0.25 − 0.10)/(0.40 − 0.10) = 50 %; percentile: 2 of 4 below → 50 %.
        assertThat(IvStatistics.ivRank(0.25, HISTORY).getAsDouble()).isCloseTo(50, within(1e-12));
        assertThat(IvStatistics.ivPercentile(0.25, HISTORY)).hasValue(50.0);
        // Above the history: max is the current value itself → rank 100; all 4 below → 100.
        assertThat(IvStatistics.ivRank(0.5, HISTORY)).hasValue(100.0);
        assertThat(IvStatistics.ivPercentile(0.5, HISTORY)).hasValue(100.0);
        // Equal to the minimum: rank 0, nothing strictly below → 0.
        assertThat(IvStatistics.ivRank(0.10, HISTORY)).hasValue(0.0);
        assertThat(IvStatistics.ivPercentile(0.10, HISTORY)).hasValue(0.0);
    }

    @Test
    void undefinedCases() {
        assertThat(IvStatistics.ivRank(0.2, new double[0])).isEmpty();
        assertThat(IvStatistics.ivPercentile(0.2, new double[0])).isEmpty();
        assertThat(IvStatistics.ivRank(0.2, new double[] {0.2, 0.2})).isEmpty();
        assertThatThrownBy(() -> IvStatistics.ivRank(0.2, new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history[1]");
        assertThatThrownBy(() -> IvStatistics.ivPercentile(-0.2, HISTORY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current");
    }

    @Test
    void bothStayWithinZeroToHundred() {
        PropertyTesting.forAll(0x1F5EEDL, 200, rnd -> {
            double[] h = new double[rnd.nextInt(1, 300)];
            for (int i = 0; i < h.length; i++) {
                h[i] = rnd.nextDouble(0.05, 1.5);
            }
            return new Object[] {rnd.nextDouble(0.05, 2.0), h};
        }, in -> {
            double current = (double) in[0];
            double[] h = (double[]) in[1];
            IvStatistics.ivRank(current, h).ifPresent(r -> assertThat(r).isBetween(0.0, 100.0));
            assertThat(IvStatistics.ivPercentile(current, h).getAsDouble()).isBetween(0.0, 100.0);
        });
    }
}
