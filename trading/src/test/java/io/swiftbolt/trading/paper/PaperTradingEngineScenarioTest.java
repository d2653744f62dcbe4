package io.swiftbolt.trading.paper;

import static io.swiftbolt.trading.paper.EngineFixtures.AAA_CALL;
import static io.swiftbolt.trading.paper.EngineFixtures.AAA_PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.broker.AccountSnapshot;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.BracketRequest;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OcoRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven scenarios of every order type and time in force, groups, partial fills and multi-leg orders. */
class PaperTradingEngineScenarioTest {

    private final SimulatedClock clock = new SimulatedClock(EngineFixtures.START);

    private PaperTradingEngine engine(RiskLimits limits) {
        return EngineFixtures.builder(clock, Journals.inMemory()).riskLimits(limits).build();
    }

    private static double nan(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** Against quotes: first quote 99.98 x 300 / 100.02 x 200, then an optional second quote (same sizes). */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} lim={4} stop={5} then {6}/{7} -> {8} {9} @{10}")
    @CsvSource({
        "MARKET,     DAY, BUY,  100,       ,       ,       ,       , FILLED,    100, 100.02, ",
        "MARKET,     DAY, SELL, 100,       ,       ,       ,       , FILLED,    100,  99.98, ",
        "MARKET,     GTC, BUY,  500,       ,       ,       ,       , PARTIAL,   200, 100.02, ",
        "MARKET,     GTC, BUY,  500,       ,       , 100.00, 100.04, PARTIAL,   400, 100.03, ",
        "MARKET,     IOC, BUY,  500,       ,       ,       ,       , CANCELLED, 200, 100.02, IOC_REMAINDER",
        "MARKET,     FOK, BUY,  500,       ,       ,       ,       , CANCELLED,   0,      0, FOK_NOT_FILLED",
        "MARKET,     FOK, BUY,  150,       ,       ,       ,       , FILLED,    150, 100.02, ",
        "LIMIT,      DAY, BUY,  100, 100.00,       ,       ,       , SUBMITTED,   0,      0, ",
        "LIMIT,      DAY, BUY,  100, 100.05,       ,       ,       , FILLED,    100, 100.02, ",
        "LIMIT,      GTC, BUY,  100, 100.00,       ,  99.90,  99.95, FILLED,    100,  99.95, ",
        "LIMIT,      IOC, BUY,  100, 100.00,       ,       ,       , CANCELLED,   0,      0, IOC_REMAINDER",
        "LIMIT,      FOK, SELL, 100,  99.95,       ,       ,       , FILLED,    100,  99.98, ",
        "LIMIT,      GTC, SELL, 100, 100.50,       , 100.55, 100.60, FILLED,    100, 100.55, ",
        "STOP,       GTC, BUY,  100,       , 100.50, 100.55, 100.60, FILLED,    100, 100.60, ",
        "STOP,       GTC, SELL, 100,       ,  99.50,  99.40,  99.45, FILLED,    100,  99.40, ",
        "STOP,       DAY, BUY,  100,       , 100.50, 100.10, 100.15, SUBMITTED,   0,      0, ",
        "STOP,       IOC, BUY,  100,       , 100.00,       ,       , FILLED,    100, 100.02, ",
        "STOP,       FOK, BUY,  100,       , 100.50,       ,       , CANCELLED,   0,      0, FOK_NOT_FILLED",
        "STOP_LIMIT, GTC, BUY,  100, 100.70, 100.50, 100.55, 100.60, FILLED,    100, 100.60, ",
        "STOP_LIMIT, GTC, BUY,  100, 100.55, 100.50, 100.58, 100.60, SUBMITTED,   0,      0, ",
        "STOP_LIMIT, DAY, SELL, 100,  99.30,  99.50,  99.40,  99.45, FILLED,    100,  99.40, ",
        "STOP_LIMIT, IOC, SELL, 100,  99.50,  99.60,  99.40,  99.45, CANCELLED,   0,      0, IOC_REMAINDER"})
    void quoteScenarios(OrderType type, TimeInForce tif, Side side, long qty, Double limit, Double stop, Double bid2,
                        Double ask2, OrderStatus status, long filled, double avgPrice, ReasonCode reason) {
        PaperTradingEngine e = engine(new RiskLimits(1e7, 1_000_000, true));
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        OrderSnapshot s = e.submit(new OrderRequest("x", "AAA", side, qty, type, nan(limit), nan(stop), tif));
        if (bid2 != null) {
            e.onQuote(new Quote("AAA", bid2, 300, ask2, 200));
        }
        OrderSnapshot now = e.order(s.orderId()).orElseThrow();
        assertThat(now.status()).isEqualTo(status);
        assertThat(now.filledQuantity()).isEqualTo(filled);
        assertThat(now.averagePrice()).isCloseTo(avgPrice, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(now.reason().orElse(null)).isEqualTo(reason);
        assertThat(e.positions().stream().mapToLong(p -> p.quantity()).sum()).isEqualTo(side.sign() * filled);
    }

    /** Against bars: a warm-up bar marks AAA at 100, then the bar below (10 % of its volume available). */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} lim={3} stop={4} bar {5}/{6}/{7}/{8} v={9} -> {10} {11} @{12}")
    @CsvSource({
        "MARKET,     BUY,  100,      ,      , 100, 102,  99, 101, 10000, FILLED,    100, 100",
        "MARKET,     BUY,  900,      ,      , 100, 102,  99, 101,  5000, PARTIAL,   500, 100",
        "MARKET,     BUY,  100,      ,      , 100, 102,  99, 101,     0, SUBMITTED,    0,   0",
        "LIMIT,      BUY,  100,  99.5,      , 100, 102,  99, 101, 10000, FILLED,    100, 99.5",
        "LIMIT,      BUY,  100,   101,      , 100, 102,  99, 101, 10000, FILLED,    100, 100",
        "LIMIT,      BUY,  100,    98,      , 100, 102,  99, 101, 10000, SUBMITTED,    0,   0",
        "LIMIT,      SELL, 100, 101.5,      , 100, 102,  99, 101, 10000, FILLED,    100, 101.5",
        "STOP,       BUY,  100,      ,   101, 100, 102,  99, 101, 10000, FILLED,    100, 101",
        "STOP,       BUY,  100,      ,    99, 100, 102,  99, 101, 10000, FILLED,    100, 100",
        "STOP,       SELL, 100,      ,  99.5, 100, 102,  99, 101, 10000, FILLED,    100, 99.5",
        "STOP,       BUY,  100,      ,   103, 100, 102,  99, 101, 10000, SUBMITTED,    0,   0",
        "STOP_LIMIT, BUY,  100, 101.5,   101, 100, 102,  99, 101, 10000, FILLED,    100, 101",
        "STOP_LIMIT, BUY,  100, 100.5,   101, 100, 102,  99, 101, 10000, SUBMITTED,    0,   0"})
    void barScenarios(OrderType type, Side side, long qty, Double limit, Double stop, double open, double high,
                      double low, double close, double volume, OrderStatus status, long filled, double avgPrice) {
        PaperTradingEngine e = engine(new RiskLimits(1e7, 1_000_000, true));
        e.onBar("AAA", 100, 100, 100, 100, 0);
        OrderSnapshot s = e.submit(new OrderRequest("x", "AAA", side, qty, type, nan(limit), nan(stop),
                TimeInForce.GTC));
        e.onBar("AAA", open, high, low, close, volume);
        OrderSnapshot now = e.order(s.orderId()).orElseThrow();
        assertThat(now.status()).isEqualTo(status);
        assertThat(now.filledQuantity()).isEqualTo(filled);
        assertThat(now.averagePrice()).isEqualTo(avgPrice);
    }

    /** Bad input and risk breaches are rejected with a reason and change nothing. */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} {4} lim={5} stop={6} {7} -> {8}")
    @CsvSource({
        "c1,  AAA, BUY,     0, MARKET,          ,    , DAY, INVALID_QUANTITY",
        "c1,  AAA, BUY,    -5, LIMIT,        100,    , DAY, INVALID_QUANTITY",
        "c1,  AAA, BUY,    10, LIMIT,           ,    , DAY, MISSING_LIMIT_PRICE",
        "c1,  AAA, BUY,    10, LIMIT,        NaN,    , DAY, MISSING_LIMIT_PRICE",
        "c1,  AAA, BUY,    10, LIMIT,         -1,    , DAY, INVALID_PRICE",
        "c1,  AAA, BUY,    10, LIMIT,   Infinity,    , DAY, INVALID_PRICE",
        "c1,  AAA, BUY,    10, STOP,            ,    , DAY, MISSING_STOP_PRICE",
        "c1,  AAA, BUY,    10, STOP_LIMIT,   100,   0, DAY, INVALID_PRICE",
        "c1,  AAA, BUY,    10, MARKET,       100,    , DAY, INVALID_PRICE",
        "c1,  XYZ, BUY,    10, MARKET,          ,    , DAY, UNKNOWN_SYMBOL",
        "' ', AAA, BUY,    10, MARKET,          ,    , DAY, INVALID_CLIENT_ORDER_ID",
        "dup, AAA, BUY,    10, LIMIT,         50,    , GTC, DUPLICATE_CLIENT_ORDER_ID",
        "c1,  AAA, BUY,   700, LIMIT,        100,    , DAY, MAX_ORDER_VALUE",
        "c1,  AAA, BUY,  1001, LIMIT,          1,    , DAY, POSITION_LIMIT",
        "c1,  AAA, BUY,   450, LIMIT,        120,    , DAY, INSUFFICIENT_BUYING_POWER",
        "c1,  AAA, SELL,   10, LIMIT,        100,    , DAY, INSUFFICIENT_POSITION",
        "c1,  BBB, BUY,    10, MARKET,          ,    , DAY, NO_REFERENCE_PRICE"})
    void badInputIsRejectedWithAReasonAndChangesNothing(String id, String symbol, Side side, long qty, OrderType type,
                                                        Double limit, Double stop, TimeInForce tif, ReasonCode reason) {
        PaperTradingEngine e = engine(new RiskLimits(60_000, 1_000, false));
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        e.submit(OrderRequest.limit("dup", "AAA", Side.BUY, 550, 90, TimeInForce.GTC)); // reserves 49,500
        AccountSnapshot before = e.account();
        List<OrderSnapshot> ordersBefore = e.allOrders();
        OrderSnapshot s = e.submit(new OrderRequest(id, symbol, side, qty, type, nan(limit), nan(stop), tif));
        assertThat(s.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.reason()).contains(reason);
        assertThat(s.orderId()).isZero();
        assertThat(e.account()).isEqualTo(before);
        assertThat(e.allOrders()).isEqualTo(ordersBefore);
    }

    @Test
    void dayOrdersExpireAtTheCloseAndGtcOrdersStay() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        long day = e.submit(OrderRequest.limit("d", "AAA", Side.BUY, 10, 90, TimeInForce.DAY)).orderId();
        long gtc = e.submit(OrderRequest.limit("g", "AAA", Side.BUY, 10, 90, TimeInForce.GTC)).orderId();
        assertThat(e.account().reservedCash()).isEqualTo(Money.toUnits(1800));
        e.closeDay(LocalDate.of(2020, 1, 2));
        assertThat(e.order(day).orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(e.order(day).orElseThrow().reason()).contains(ReasonCode.DAY_ENDED);
        assertThat(e.order(gtc).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(e.account().reservedCash()).isEqualTo(Money.toUnits(900));
    }

    @Test
    void partialFillsAccumulateBySizeAtTheQuote() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        long id = e.submit(OrderRequest.limit("p", "AAA", Side.BUY, 500, 100.05, TimeInForce.GTC)).orderId();
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        assertThat(e.order(id).orElseThrow().filledQuantity()).isEqualTo(200);
        e.onQuote(new Quote("AAA", 99.98, 300, 100.04, 200));
        assertThat(e.order(id).orElseThrow().status()).isEqualTo(OrderStatus.PARTIAL);
        e.onQuote(new Quote("AAA", 99.98, 300, 100.00, 200));
        OrderSnapshot s = e.order(id).orElseThrow();
        assertThat(s.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.filledQuantity()).isEqualTo(500);
        // 200 @ 100.02 + 200 @ 100.04 + 100 @ 100.00, exact in the ledger
        assertThat(e.account().cash()).isEqualTo(Money.toUnits(100_000 - (20_004 + 20_008 + 10_000)));
        assertThat(e.transactions()).hasSize(3);
        assertThat(e.account().reservedCash()).isZero();
    }

    @Test
    void bracketExitsWaitForTheEntryThenCancelEachOther() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        List<OrderSnapshot> b = e.submitBracket(new BracketRequest(
                OrderRequest.limit("b", "AAA", Side.BUY, 100, 99.00, TimeInForce.GTC), 101.00, 98.00));
        assertThat(b).extracting(OrderSnapshot::status).containsOnly(OrderStatus.SUBMITTED);
        // the stop-loss would trigger at this bid, but the entry has not filled: the exits are held
        e.onQuote(new Quote("AAA", 97.90, 300, 99.50, 200));
        assertThat(e.openOrders()).hasSize(3);
        e.onQuote(new Quote("AAA", 98.90, 300, 98.95, 200)); // entry fills at 98.95
        assertThat(e.order(b.get(0).orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        e.onQuote(new Quote("AAA", 101.00, 300, 101.05, 200)); // take-profit fills at 101.00
        assertThat(e.order(b.get(1).orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        OrderSnapshot sl = e.order(b.get(2).orderId()).orElseThrow();
        assertThat(sl.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(sl.reason()).contains(ReasonCode.OCO_SIBLING_FILLED);
        assertThat(e.positions()).isEmpty();
        assertThat(e.account().realizedPnl()).isEqualTo(Money.toUnits(205)); // (101.00 - 98.95) x 100
    }

    @Test
    void bracketEntryCancelledCancelsItsExitsAndABadExitRejectsTheGroup() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        List<OrderSnapshot> b = e.submitBracket(new BracketRequest(
                OrderRequest.limit("b", "AAA", Side.BUY, 100, 99.00, TimeInForce.GTC), 101.00, 98.00));
        assertThat(e.cancel(b.get(0).orderId()).cancelled()).isTrue();
        assertThat(e.order(b.get(1).orderId()).orElseThrow().reason()).contains(ReasonCode.PARENT_NOT_FILLED);
        assertThat(e.order(b.get(2).orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        List<OrderSnapshot> bad = e.submitBracket(new BracketRequest(
                OrderRequest.limit("c", "AAA", Side.BUY, 100, 99.00, TimeInForce.GTC), Double.NaN, 98.00));
        assertThat(bad).extracting(s -> s.reason().orElseThrow()).containsExactly(ReasonCode.GROUP_REJECTED,
                ReasonCode.MISSING_LIMIT_PRICE, ReasonCode.GROUP_REJECTED);
        List<OrderSnapshot> inverted = e.submitBracket(new BracketRequest(
                OrderRequest.limit("d", "AAA", Side.BUY, 100, 99.00, TimeInForce.GTC), 97.00, 98.00));
        assertThat(inverted).extracting(OrderSnapshot::status).containsOnly(OrderStatus.REJECTED);
        assertThat(e.openOrders()).isEmpty();
    }

    @Test
    void ocoFirstFillCancelsTheOtherAndCancellingOneCancelsBoth() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        e.onQuote(new Quote("AAA", 99.98, 300, 100.02, 200));
        List<OrderSnapshot> o = e.submitOco(new OcoRequest(
                OrderRequest.limit("lo", "AAA", Side.BUY, 100, 99.00, TimeInForce.GTC),
                OrderRequest.stop("hi", "AAA", Side.BUY, 100, 101.00, TimeInForce.GTC)));
        e.onQuote(new Quote("AAA", 100.98, 300, 101.02, 200));
        assertThat(e.order(o.get(1).orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(e.order(o.get(0).orderId()).orElseThrow().reason()).contains(ReasonCode.OCO_SIBLING_FILLED);

        List<OrderSnapshot> p = e.submitOco(new OcoRequest(
                OrderRequest.limit("lo2", "AAA", Side.BUY, 10, 99.00, TimeInForce.GTC),
                OrderRequest.limit("hi2", "AAA", Side.SELL, 10, 105.00, TimeInForce.GTC)));
        CancelResult r = e.cancel(p.get(1).orderId());
        assertThat(r).isEqualTo(new CancelResult(OrderId.of(p.get(1).orderId()), true, ReasonCode.USER_CANCELLED));
        assertThat(e.openOrders()).isEmpty();
        assertThat(e.cancel(p.get(1).orderId()).reason()).isEqualTo(ReasonCode.ORDER_NOT_OPEN);
        assertThat(e.cancel(12345).reason()).isEqualTo(ReasonCode.UNKNOWN_ORDER);
    }

    @Test
    void multiLegFillsAllLegsOrNone() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        e.onQuote(new Quote(AAA_CALL.symbol(), 3.00, 10, 3.10, 1));
        e.onQuote(new Quote(AAA_PUT.symbol(), 2.50, 10, 2.60, 10));
        AccountSnapshot before = e.account();
        MultiLegRequest straddle = new MultiLegRequest("s", List.of(
                new MultiLegRequest.Leg(AAA_CALL.symbol(), Side.BUY, 1),
                new MultiLegRequest.Leg(AAA_PUT.symbol(), Side.BUY, 1)), 2, Double.NaN, TimeInForce.GTC);
        OrderSnapshot s = e.submitMultiLeg(straddle);
        assertThat(s.status()).isEqualTo(OrderStatus.SUBMITTED); // only 1 call offered: no leg fills
        assertThat(e.positions()).isEmpty();
        assertThat(e.account().cash()).isEqualTo(before.cash());
        e.onQuote(new Quote(AAA_CALL.symbol(), 3.00, 10, 3.10, 5));
        assertThat(e.order(s.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(e.positions()).extracting(p -> p.quantity()).containsExactly(2L, 2L);
        assertThat(e.account().cash()).isEqualTo(before.cash() - Money.toUnits(2 * 310 + 2 * 260));

        MultiLegRequest tooCheap = new MultiLegRequest("f", straddle.legs(), 1, 5.00, TimeInForce.FOK);
        OrderSnapshot f = e.submitMultiLeg(tooCheap); // net 3.10 + 2.60 = 5.70 > 5.00
        assertThat(f.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.reason()).contains(ReasonCode.FOK_NOT_FILLED);
        assertThat(e.positions()).extracting(p -> p.quantity()).containsExactly(2L, 2L);
    }

    @Test
    void optionsUseTheMultiplierAndSettleAtIntrinsicOnExpiry() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        e.onQuote(new Quote(AAA_CALL.symbol(), 3.00, 10, 3.10, 10));
        e.submit(OrderRequest.market("c", AAA_CALL.symbol(), Side.BUY, 2, TimeInForce.DAY));
        long open = e.submit(OrderRequest.limit("c2", AAA_CALL.symbol(), Side.BUY, 1, 1.00, TimeInForce.GTC))
                .orderId();
        assertThat(e.account().cash()).isEqualTo(Money.toUnits(100_000 - 620));
        e.onQuote(new Quote("AAA", 104.99, 100, 105.03, 100)); // mark 105.01
        clock.set(java.time.Instant.parse("2020-01-17T21:00:00Z"));
        e.closeDay(LocalDate.of(2020, 1, 17));
        assertThat(e.positions()).isEmpty();
        assertThat(e.account().cash()).isEqualTo(Money.toUnits(100_000 - 620 + 2 * 501));
        assertThat(e.account().realizedPnl()).isEqualTo(Money.toUnits(2 * 501 - 620));
        assertThat(e.order(open).orElseThrow().reason()).contains(ReasonCode.EXPIRED_CONTRACT);
        assertThat(e.transactions().get(1).settlement()).isTrue();
        clock.set(java.time.Instant.parse("2020-01-20T15:00:00Z"));
        assertThat(e.submit(OrderRequest.limit("late", AAA_CALL.symbol(), Side.BUY, 1, 1.0, TimeInForce.DAY))
                .reason()).contains(ReasonCode.CONTRACT_EXPIRED);
    }

    @Test
    void equityCurveFeedsCoreMetrics() {
        PaperTradingEngine e = engine(RiskLimits.DEFAULT);
        double[] closes = {100, 101, 99, 102, 104};
        e.onBar("AAA", 100, 100, 100, 100, 0);
        e.submit(OrderRequest.market("m", "AAA", Side.BUY, 100, TimeInForce.DAY));
        for (int i = 0; i < closes.length; i++) {
            e.onBar("AAA", closes[i], closes[i], closes[i], closes[i], 100_000);
            e.closeDay(LocalDate.of(2020, 1, 6 + i));
        }
        assertThat(e.equityCurve()).hasSize(5);
        assertThat(e.equityCurve().get(4).equity()).isEqualTo(Money.toUnits(100_000 + 400));
        assertThat(e.performance().orElseThrow().totalReturn())
                .isCloseTo(100_400.0 / 100_000 - 1, org.assertj.core.data.Offset.offset(1e-12));
    }
}
