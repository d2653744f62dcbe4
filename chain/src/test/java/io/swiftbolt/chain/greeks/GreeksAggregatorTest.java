package io.swiftbolt.chain.greeks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.testing.PropertyTesting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreeksAggregatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 4, 17);
    private static final double S = 2874.56;
    private static final double R = 0.01;
    private static final double Q = 0.018;

    private static GreeksAggregator aggregator() {
        return GreeksAggregator.builder().market(S, AS_OF).rate(R).dividendYield(Q).strikeBucketWidth(100).build();
    }

    /** Sums core's kernel by hand: {delta, gamma, vega, theta, rho, callDelta, putDelta}. */
    private static double[] byHand(List<Position> positions) {
        double[] sums = new double[7];
        double[] g = new double[BlackScholesKernels.SLOT_SIZE];
        for (Position p : positions) {
            double t = p.contract().yearsToExpiry(AS_OF);
            boolean call = p.contract().right().isCall();
            BlackScholesKernels.priceAndGreeks(call, S, p.contract().strike(), t, R, Q, p.volatility(), g, 0);
            double units = p.quantity() * 100.0;
            sums[0] += units * g[BlackScholesKernels.DELTA];
            sums[1] += units * g[BlackScholesKernels.GAMMA];
            sums[2] += units * g[BlackScholesKernels.VEGA];
            sums[3] += units * g[BlackScholesKernels.THETA];
            sums[4] += units * g[BlackScholesKernels.RHO];
            sums[call ? 5 : 6] += units * g[BlackScholesKernels.DELTA];
        }
        return sums;
    }

    private static List<Position> book() {
        return List.of(
                new Position(OptionContract.of("SPX", OptionRight.CALL, 2900, LocalDate.of(2020, 5, 15)), 10, 0.45),
                new Position(OptionContract.of("SPX", OptionRight.PUT, 2700, LocalDate.of(2020, 5, 15)), -20, 0.55),
                new Position(OptionContract.of("SPX", OptionRight.PUT, 2750, LocalDate.of(2020, 6, 19)), 5, 0.42));
    }

    @Test
    void totalsEqualSummingTheKernelByHand() {
        PortfolioGreeks pg = aggregator().aggregate(book());
        double[] h = byHand(book());
        GreeksTotals t = pg.total();
        assertThat(t.delta()).isCloseTo(h[0], within(1e-9));
        assertThat(t.gamma()).isCloseTo(h[1], within(1e-12));
        assertThat(t.vega()).isCloseTo(h[2], within(1e-7));
        assertThat(t.theta()).isCloseTo(h[3], within(1e-6));
        assertThat(t.rho()).isCloseTo(h[4], within(1e-7));
        assertThat(t.callDelta()).isCloseTo(h[5], within(1e-9));
        assertThat(t.putDelta()).isCloseTo(h[6], within(1e-9));
        assertThat(t.dollarDelta()).isCloseTo(h[0] * S, within(1e-6));
        assertThat(t.dollarGamma()).isCloseTo(h[1] * S * S * 0.01, within(1e-6));
        assertThat(t.thetaPerDay()).isCloseTo(h[3] / 365, within(1e-8));
        // Short puts and a long call: positive delta from both sides.
        assertThat(t.callDelta()).isPositive();
        assertThat(t.putDelta()).isPositive();
    }

    @Test
    void gammaWeightedVegaByHand() {
        List<Position> book = book();
        double num = 0;
        double den = 0;
        double[] g = new double[BlackScholesKernels.SLOT_SIZE];
        for (Position p : book) {
            BlackScholesKernels.priceAndGreeks(p.contract().right().isCall(), S, p.contract().strike(),
                    p.contract().yearsToExpiry(AS_OF), R, Q, p.volatility(), g, 0);
            double gamma = Math.abs(p.units() * g[BlackScholesKernels.GAMMA]);
            num += gamma * p.units() * g[BlackScholesKernels.VEGA];
            den += gamma;
        }
        assertThat(aggregator().aggregate(book).total().gammaWeightedVega().getAsDouble())
                .isCloseTo(num / den, within(1e-9));
        assertThat(aggregator().aggregate(List.of()).total().gammaWeightedVega()).isEmpty();
    }

    @Test
    void groupsPartitionTheTotal() {
        PropertyTesting.forAll(0x6EE45L, 200, rnd -> {
            List<Position> book = new ArrayList<>();
            int n = rnd.nextInt(1, 40);
            for (int i = 0; i < n; i++) {
                OptionRight right = rnd.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
                double strike = 2000 + 25 * rnd.nextInt(0, 60);
                LocalDate expiry = AS_OF.plusDays(rnd.nextInt(1, 400));
                book.add(new Position(OptionContract.of("SPX", right, strike, expiry), rnd.nextInt(-50, 51),
                        rnd.nextDouble(0.1, 0.9)));
            }
            return book;
        }, book -> {
            PortfolioGreeks pg = aggregator().aggregate(book);
            double[] h = byHand(book);
            double scale = 1 + Math.abs(h[2]);
            assertThat(pg.total().delta()).isCloseTo(h[0], within(1e-9 * (1 + Math.abs(h[0]))));
            assertThat(pg.total().vega()).isCloseTo(h[2], within(1e-9 * scale));
            assertThat(pg.byExpiry().stream().mapToDouble(e -> e.totals().vega()).sum())
                    .isCloseTo(h[2], within(1e-9 * scale));
            assertThat(pg.byStrikeBucket().stream().mapToDouble(b -> b.totals().delta()).sum())
                    .isCloseTo(h[0], within(1e-9 * (1 + Math.abs(h[0]))));
            assertThat(pg.byExpiry().stream().mapToInt(ExpiryGreeks::positions).sum()).isEqualTo(book.size());
            assertThat(pg.byStrikeBucket().stream().mapToInt(StrikeBucketGreeks::positions).sum()).isEqualTo(book.size());
            for (StrikeBucketGreeks b : pg.byStrikeBucket()) {
                assertThat(b.upperStrike() - b.lowerStrike()).isEqualTo(100);
            }
        });
    }

    @Test
    void bucketsAndExpiriesAreOrdered() {
        PortfolioGreeks pg = aggregator().aggregate(book());
        assertThat(pg.byExpiry()).extracting(ExpiryGreeks::expiry)
                .containsExactly(LocalDate.of(2020, 5, 15), LocalDate.of(2020, 6, 19));
        assertThat(pg.byStrikeBucket()).extracting(StrikeBucketGreeks::lowerStrike).containsExactly(2700.0, 2900.0);
        assertThat(pg.byStrikeBucket().get(0).positions()).isEqualTo(2);
    }

    @Test
    void rejectsMisuse() {
        List<Position> expired = List.of(new Position(OptionContract.of("SPX", OptionRight.CALL, 2900, AS_OF), 1, 0.3));
        assertThatThrownBy(() -> aggregator().aggregate(expired)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positions[0].contract.expiry");
        assertThatThrownBy(() -> GreeksAggregator.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("market");
        assertThatThrownBy(() -> new Position(OptionContract.of("SPX", OptionRight.CALL, 1, AS_OF), 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volatility");
    }
}
