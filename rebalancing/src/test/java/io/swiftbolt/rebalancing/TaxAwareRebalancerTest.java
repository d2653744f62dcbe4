package io.swiftbolt.rebalancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import io.swiftbolt.rebalancing.tax.LossSale;
import io.swiftbolt.rebalancing.tax.TaxTerm;
import io.swiftbolt.rebalancing.tax.WashSaleMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxAwareRebalancerTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);
    static final Prices PRICES = Prices.of(Map.of("AAPL", 150.0, "GOOGL", 2800.0, "MSFT", 300.0));
    static final TargetWeights TARGETS = TargetWeights.of(Map.of("AAPL", 0.40, "GOOGL", 0.30, "MSFT", 0.30));

    /** The example; GOOGL bought 2023-09-01 is short-term on 2024-06-28. */
    static Holdings example() {
        return Holdings.builder()
                .lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 5, 2500, LocalDate.of(2023, 9, 1))
                .lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3))
                .build();
    }

    /**
     * Worked by hand. Values: AAPL 10 * 150 = 1,500; GOOGL 5 * 2,800 = 14,000; MSFT 15 * 300 = 4,500;
     * V = 20,000, weights 7.5 % / 70 % / 22.5 %, all outside their 5-point bands (35-45, 25-35, 25-35),
     * so each goes to target: AAPL +6,500, GOOGL -8,000, MSFT +1,500.
     * Whole shares: sell ceil(8,000 / 2,800) = ceil(2.857) = 3 GOOGL for 8,400, gain 3 * (2,800 - 2,500)
     * = 900 short-term (held 2023-09-01 .. 2024-06-28, under a year), tax 0.37 * 900 = 333.
     * Buy floor(6,500 / 150) = 43 AAPL for 6,450 and 1,500 / 300 = 5 MSFT for 1,500; cash left 450.
     * After: AAPL 53 * 150 = 7,950 (39.75 %), GOOGL 2 * 2,800 = 5,600 (28 %), MSFT 20 * 300 = 6,000
     * (30 %), cash 2.25 %: all inside the bands. Turnover (7,950 + 8,400) / (2 * 20,000) = 0.40875.
     * Active share (0.25 + 2 + 0 + 2.25) / 2 points = 2.25 %.
     */
    @Test
    void handWorkedExampleWholeShares() {
        RebalancePlan plan = TaxAwareRebalancer.builder().build().rebalance(example(), PRICES, TARGETS, AS_OF);
        assertThat(plan.portfolioValue()).isEqualTo(20_000.0);
        assertThat(plan.weightsBefore()).containsEntry("AAPL", 0.075).containsEntry("GOOGL", 0.70)
                .containsEntry("MSFT", 0.225);
        assertThat(plan.trades()).hasSize(3);
        Trade sell = plan.trades().get(0);
        assertThat(sell.side()).isEqualTo(Side.SELL);
        assertThat(sell.symbol()).isEqualTo("GOOGL");
        assertThat(sell.shares()).isEqualTo(3.0);
        assertThat(sell.realizedGain()).isCloseTo(900.0, within(1e-9));
        assertThat(sell.term()).isEqualTo(TaxTerm.SHORT_TERM);
        assertThat(sell.tax()).isCloseTo(333.0, within(1e-9));
        assertThat(plan.trades().get(1)).extracting(Trade::symbol, Trade::side, Trade::shares)
                .containsExactly("AAPL", Side.BUY, 43.0);
        assertThat(plan.trades().get(2)).extracting(Trade::symbol, Trade::side, Trade::shares)
                .containsExactly("MSFT", Side.BUY, 5.0);
        assertThat(plan.tax().tax()).isCloseTo(333.0, within(1e-9));
        assertThat(plan.cashAfter()).isCloseTo(450.0, within(1e-9));
        assertThat(plan.weightsAfter().get("AAPL")).isCloseTo(0.3975, within(1e-12));
        assertThat(plan.weightsAfter().get("GOOGL")).isCloseTo(0.28, within(1e-12));
        assertThat(plan.weightsAfter().get("MSFT")).isCloseTo(0.30, within(1e-12));
        assertThat(plan.turnover()).isCloseTo(0.40875, within(1e-12));
        assertThat(plan.activeShare()).isCloseTo(0.0225, within(1e-12));
        assertThat(plan.withinBands()).isTrue();
        assertThat(plan.trackingError()).isEmpty();
    }

    /**
     * Fractional shares: GOOGL sells 8,000 / 2,800 = 2.857142... shares, gain 2.857142... * 300 =
     * 857.142857..., tax 0.37 * that = 317.142857...; weights land exactly on 40/30/30, turnover 0.4.
     * With a diagonal covariance the tracking error before is sqrt(0.325^2 * 0.04 + 0.4^2 * 0.09 +
     * 0.075^2 * 0.0625) = sqrt(0.00843906...) and after 0.
     */
    @Test
    void handWorkedExampleFractionalWithTrackingError() {
        CovarianceMatrix cov = CovarianceMatrix.of(List.of("AAPL", "GOOGL", "MSFT"),
                new double[][] {{0.04, 0, 0}, {0, 0.09, 0}, {0, 0, 0.0625}});
        RebalancePlan plan = TaxAwareRebalancer.builder().fractionalShares(true).build()
                .rebalance(example(), PRICES, TARGETS, AS_OF, cov);
        assertThat(plan.trades().get(0).shares()).isCloseTo(8000.0 / 2800, within(1e-12));
        assertThat(plan.tax().tax()).isCloseTo(0.37 * 300 * 8000.0 / 2800, within(1e-9));
        assertThat(plan.weightsAfter().get("AAPL")).isCloseTo(0.4, within(1e-12));
        assertThat(plan.cashAfter()).isCloseTo(0.0, within(1e-9));
        assertThat(plan.turnover()).isCloseTo(0.4, within(1e-12));
        assertThat(plan.trackingErrorBefore().getAsDouble()).isCloseTo(
                Math.sqrt(0.325 * 0.325 * 0.04 + 0.4 * 0.4 * 0.09 + 0.075 * 0.075 * 0.0625), within(1e-12));
        assertThat(plan.trackingError().getAsDouble()).isCloseTo(0.0, within(1e-7));
    }

    /** GOOGL in two lots: an old long-term gain lot and a recent short-term loss lot. */
    static Holdings twoGoogleLots() {
        return Holdings.builder()
                .lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 2, 2500, LocalDate.of(2021, 3, 1))   // +300/sh long-term
                .lot("GOOGL", 3, 2900, LocalDate.of(2024, 2, 1))   // -100/sh short-term
                .lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3))
                .build();
    }

    /**
     * Selling 3 GOOGL. FIFO: 2 from GOOGL-1 (+600 long) and 1 from GOOGL-2 (-100 short); the short
     * loss offsets the long gain: 0.20 * 500 = 100. HIFO: 3 from GOOGL-2 (basis 2,900): -300 short,
     * no tax, 300 carried forward. Minimum tax picks the same lots as HIFO here.
     */
    @Test
    void fifoVersusHifo() {
        RebalancePlan fifo = TaxAwareRebalancer.builder().lotSelector(LotSelectors.fifo()).build()
                .rebalance(twoGoogleLots(), PRICES, TARGETS, AS_OF);
        assertThat(fifo.trades().stream().filter(t -> t.side() == Side.SELL).map(Trade::lotId))
                .containsExactly("GOOGL-1", "GOOGL-2");
        assertThat(fifo.tax().netLongTerm()).isCloseTo(600, within(1e-9));
        assertThat(fifo.tax().netShortTerm()).isCloseTo(-100, within(1e-9));
        assertThat(fifo.tax().tax()).isCloseTo(100, within(1e-9));
        RebalancePlan hifo = TaxAwareRebalancer.builder().lotSelector(LotSelectors.hifo()).build()
                .rebalance(twoGoogleLots(), PRICES, TARGETS, AS_OF);
        assertThat(hifo.trades().stream().filter(t -> t.side() == Side.SELL).map(Trade::lotId))
                .containsExactly("GOOGL-2");
        assertThat(hifo.tax().tax()).isEqualTo(0.0);
        assertThat(hifo.tax().lossCarryforward()).isCloseTo(300, within(1e-9));
        assertThat(hifo.trades()).allSatisfy(t -> assertThat(t.tax()).isZero());
        RebalancePlan minTax = TaxAwareRebalancer.builder().lotSelector(LotSelectors.minTax()).build()
                .rebalance(twoGoogleLots(), PRICES, TARGETS, AS_OF);
        assertThat(minTax.trades()).isEqualTo(hifo.trades());
    }

    /** Specific lots: only GOOGL-1 (2 shares) may be sold, so GOOGL stays at 42 % with a reason. */
    @Test
    void specificLotsShortOfTheGoalAreReported() {
        RebalancePlan plan = TaxAwareRebalancer.builder().lotSelector(LotSelectors.specific(List.of("GOOGL-1")))
                .build().rebalance(twoGoogleLots(), PRICES, TARGETS, AS_OF);
        assertThat(plan.weightsAfter().get("GOOGL")).isCloseTo(0.42, within(1e-12));
        assertThat(plan.breaches()).anySatisfy(b -> {
            assertThat(b.symbol()).isEqualTo("GOOGL");
            assertThat(b.reason()).isEqualTo(BreachReason.LOTS_UNAVAILABLE);
        });
        assertThat(plan.cashAfter()).isGreaterThanOrEqualTo(0.0);
    }

    /** The one-year boundary decides the rate: a lot bought exactly a year before is short-term. */
    @Test
    void oneYearBoundaryInAPlan() {
        for (int extraDay = 0; extraDay <= 1; extraDay++) {
            Holdings h = Holdings.builder()
                    .lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                    .lot("GOOGL", 5, 2500, AS_OF.minusYears(1).minusDays(extraDay))
                    .lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3))
                    .build();
            RebalancePlan plan = TaxAwareRebalancer.builder().build().rebalance(h, PRICES, TARGETS, AS_OF);
            boolean longTerm = extraDay == 1;
            assertThat(plan.trades().get(0).term()).isEqualTo(longTerm ? TaxTerm.LONG_TERM : TaxTerm.SHORT_TERM);
            assertThat(plan.tax().tax()).isCloseTo((longTerm ? 0.20 : 0.37) * 900, within(1e-9));
        }
    }

    /**
     * GOOGL-1: 2 sh basis 3,000 (a 200/sh loss), GOOGL-2: 3 sh basis 2,600 bought 14 days before the
     * rebalance (a replacement purchase). HIFO sells GOOGL-1 first (loss 400) then 1 sh of GOOGL-2
     * (+200 short). IGNORE: ST +200, LT -400: tax 0, 200 carried. FLAG: the 400 loss is disallowed:
     * tax 0.37 * 200 = 74. AVOID: GOOGL-1 is skipped, 3 sh of GOOGL-2: +600 short, tax 222.
     */
    @Test
    void washSaleOnTheSellSide() {
        Holdings h = Holdings.builder()
                .lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 2, 3000, LocalDate.of(2023, 1, 5))
                .lot("GOOGL", 3, 2600, AS_OF.minusDays(14))
                .lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3))
                .build();
        TaxAwareRebalancer.Builder b = TaxAwareRebalancer.builder().lotSelector(LotSelectors.hifo());
        RebalancePlan ignore = b.washSaleMode(WashSaleMode.IGNORE).build().rebalance(h, PRICES, TARGETS, AS_OF);
        assertThat(ignore.tax().tax()).isEqualTo(0.0);
        assertThat(ignore.tax().lossCarryforward()).isCloseTo(200, within(1e-9));
        RebalancePlan flag = b.washSaleMode(WashSaleMode.FLAG).build().rebalance(h, PRICES, TARGETS, AS_OF);
        assertThat(flag.trades().get(0)).extracting(Trade::lotId, Trade::washSale).containsExactly("GOOGL-1", true);
        assertThat(flag.tax().disallowedLosses()).isCloseTo(400, within(1e-9));
        assertThat(flag.tax().tax()).isCloseTo(74, within(1e-9));
        RebalancePlan avoid = b.washSaleMode(WashSaleMode.AVOID).build().rebalance(h, PRICES, TARGETS, AS_OF);
        assertThat(avoid.trades().stream().filter(t -> t.side() == Side.SELL).map(Trade::lotId))
                .containsExactly("GOOGL-2");
        assertThat(avoid.tax().tax()).isCloseTo(222, within(1e-9));
        assertThat(avoid.withinBands()).isTrue();
    }

    /** A purchase 18 days after a loss sale of the same symbol: flagged, or left out with a reason. */
    @Test
    void washSaleOnTheBuySide() {
        Holdings h = Holdings.builder()
                .lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 5, 2500, LocalDate.of(2023, 9, 1))
                .lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3))
                .recentLossSale(new LossSale("AAPL", AS_OF.minusDays(18), 250))
                .build();
        RebalancePlan flag = TaxAwareRebalancer.builder().build().rebalance(h, PRICES, TARGETS, AS_OF);
        assertThat(flag.trades()).filteredOn(t -> t.symbol().equals("AAPL"))
                .singleElement().extracting(Trade::washSale).isEqualTo(true);
        RebalancePlan avoid = TaxAwareRebalancer.builder().washSaleMode(WashSaleMode.AVOID).build()
                .rebalance(h, PRICES, TARGETS, AS_OF);
        assertThat(avoid.trades()).noneMatch(t -> t.symbol().equals("AAPL"));
        assertThat(avoid.breaches()).singleElement().satisfies(b -> {
            assertThat(b.symbol()).isEqualTo("AAPL");
            assertThat(b.reason()).isEqualTo(BreachReason.WASH_SALE);
        });
        // 31 days after the loss sale the window has closed
        Holdings later = Holdings.builder().lot("AAPL", 10, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 5, 2500, LocalDate.of(2023, 9, 1)).lot("MSFT", 15, 280, LocalDate.of(2021, 5, 3))
                .recentLossSale(new LossSale("AAPL", AS_OF.minusDays(31), 250)).build();
        assertThat(TaxAwareRebalancer.builder().washSaleMode(WashSaleMode.AVOID).build()
                .rebalance(later, PRICES, TARGETS, AS_OF).withinBands()).isTrue();
    }

    @Test
    void taxBudgetLimitsTheSale() {
        RebalancePlan plan = TaxAwareRebalancer.builder().taxBudget(100).build()
                .rebalance(example(), PRICES, TARGETS, AS_OF);
        assertThat(plan.tax().tax()).isLessThanOrEqualTo(100.0);
        // 100 / (0.37 * 300) = 0.9 share: whole shares round the scaled goal up, so 0 shares fit
        assertThat(plan.breaches()).extracting(BandBreach::symbol).contains("GOOGL");
        assertThat(plan.breaches()).filteredOn(b -> b.symbol().equals("GOOGL"))
                .extracting(BandBreach::reason).containsExactly(BreachReason.TAX_BUDGET);
        RebalancePlan fractional = TaxAwareRebalancer.builder().taxBudget(100).fractionalShares(true).build()
                .rebalance(example(), PRICES, TARGETS, AS_OF);
        assertThat(fractional.tax().tax()).isCloseTo(100.0, within(1e-6)).isLessThanOrEqualTo(100.0);
    }

    @Test
    void noTradesInsideTheBands() {
        Holdings h = Holdings.builder().lot("AAPL", 54, 120, LocalDate.of(2022, 1, 10))
                .lot("GOOGL", 2, 2500, LocalDate.of(2023, 9, 1)).lot("MSFT", 20, 280, LocalDate.of(2021, 5, 3))
                .build();
        RebalancePlan plan = TaxAwareRebalancer.builder().build().rebalance(h, PRICES, TARGETS, AS_OF);
        assertThat(plan.trades()).isEmpty();
        assertThat(plan.tax()).isEqualTo(io.swiftbolt.rebalancing.tax.TaxSummary.NONE);
    }

    @Test
    void weightsNotSummingToOneAreRejected() {
        assertThatThrownBy(() -> TargetWeights.of(Map.of("AAPL", 0.4, "GOOGL", 0.3, "MSFT", 0.2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1")
                .hasMessageContaining("summed to 0.");
    }

    @Test
    void targetSymbolWithoutPriceIsRejected() {
        TargetWeights t = TargetWeights.of(Map.of("AAPL", 0.4, "GOOGL", 0.3, "NVDA", 0.3));
        assertThatThrownBy(() -> TaxAwareRebalancer.builder().build().rebalance(example(), PRICES, t, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("target symbol NVDA has no price");
    }

    @Test
    void negativeSharesAndBadPricesAreRejected() {
        assertThatThrownBy(() -> Holdings.builder().lot("AAPL", -10, 120, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-10");
        assertThatThrownBy(() -> Prices.of(Map.of("AAPL", -1.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price of AAPL");
        assertThatThrownBy(() -> TaxAwareRebalancer.builder().build().rebalance(example(), PRICES, TARGETS,
                LocalDate.of(2022, 1, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the as-of date");
    }
}
