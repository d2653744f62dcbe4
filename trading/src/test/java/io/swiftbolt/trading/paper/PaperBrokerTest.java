package io.swiftbolt.trading.paper;

import static io.swiftbolt.trading.paper.EngineFixtures.AAA;
import static io.swiftbolt.trading.paper.EngineFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.trading.broker.LatestQuote;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.broker.OrderUpdate;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.journal.FileJournal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.BracketRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper engine's side of the broker interface beyond the shared contract. */
class PaperBrokerTest {

    @TempDir
    Path dir;

    private static PaperTradingEngine engine(double cash) {
        return PaperTradingEngine.builder().clock(new SimulatedClock(START)).journal(Journals.none())
                .initialCash(cash).instruments(AAA).build();
    }

    @Test
    void replaceIsCheckedAsIfTheOriginalWereReleased() {
        PaperTradingEngine e = engine(10_000);
        // reserves 9,000 of 10,000
        OrderSnapshot old = e.submit(OrderRequest.limit("a", "AAA", Side.BUY, 100, 90, TimeInForce.GTC));
        // 9,500 alone would not fit beside the original, but fits in its place
        OrderSnapshot next = e.replace(old.id(), OrderRequest.limit("b", "AAA", Side.BUY, 100, 95, TimeInForce.GTC));
        assertThat(next.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(e.account().reservedCash()).isEqualTo(95_000_000L);
        assertThat(e.order(old.orderId()).orElseThrow().reason()).contains(ReasonCode.REPLACED);
    }

    @Test
    void aRefusedReplacementChangesNothing() {
        PaperTradingEngine e = engine(10_000);
        OrderSnapshot old = e.submit(OrderRequest.limit("a", "AAA", Side.BUY, 100, 90, TimeInForce.GTC));
        var before = e.account();
        OrderSnapshot r = e.replace(old.id(), OrderRequest.limit("b", "AAA", Side.BUY, 200, 90, TimeInForce.GTC));
        assertThat(r.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.reason()).contains(ReasonCode.INSUFFICIENT_BUYING_POWER);
        assertThat(e.account()).isEqualTo(before);
        assertThat(e.openOrders()).containsExactly(e.order(old.orderId()).orElseThrow());
        assertThat(e.order(old.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void groupMembersAndChangesOfSymbolSideOrTypeAreNotReplaceable() {
        PaperTradingEngine e = engine(100_000);
        List<OrderSnapshot> b = e.submitBracket(new BracketRequest(
                OrderRequest.limit("en", "AAA", Side.BUY, 10, 90, TimeInForce.GTC), 110, 80));
        assertThat(e.replace(b.get(0).id(), OrderRequest.limit("en2", "AAA", Side.BUY, 10, 91, TimeInForce.GTC))
                .reason()).contains(ReasonCode.NOT_REPLACEABLE);
        OrderSnapshot plain = e.submit(OrderRequest.limit("p", "AAA", Side.BUY, 10, 90, TimeInForce.GTC));
        assertThat(e.replace(plain.id(), OrderRequest.limit("p2", "AAA", Side.SELL, 10, 90, TimeInForce.GTC))
                .reason()).contains(ReasonCode.NOT_REPLACEABLE);
        assertThat(e.replace(plain.id(), OrderRequest.stop("p3", "AAA", Side.BUY, 10, 90, TimeInForce.GTC))
                .reason()).contains(ReasonCode.NOT_REPLACEABLE);
        assertThat(e.replace(OrderId.of("nope"), OrderRequest.limit("p4", "AAA", Side.BUY, 10, 90,
                TimeInForce.GTC)).reason()).contains(ReasonCode.UNKNOWN_ORDER);
        assertThat(e.openOrders()).hasSize(4);
    }

    @Test
    void aReplacementSurvivesRecoveryFromTheJournal() {
        Path file = dir.resolve("paper.journal");
        List<OrderSnapshot> before;
        try (PaperTradingEngine e = PaperTradingEngine.builder().clock(new SimulatedClock(START))
                .journal(FileJournal.open(file)).instruments(AAA).build()) {
            OrderSnapshot old = e.submit(OrderRequest.limit("a", "AAA", Side.BUY, 100, 90, TimeInForce.GTC));
            e.replace(old.id(), OrderRequest.limit("b", "AAA", Side.BUY, 50, 91, TimeInForce.GTC));
            e.replace(old.id(), OrderRequest.limit("c", "AAA", Side.BUY, 50, 92, TimeInForce.GTC)); // refused
            before = e.allOrders();
        }
        try (PaperTradingEngine e = PaperTradingEngine.builder().clock(new SimulatedClock(START))
                .journal(FileJournal.open(file)).instruments(AAA).build()) {
            assertThat(e.allOrders()).isEqualTo(before);
            assertThat(e.allOrders().get(0).reason()).contains(ReasonCode.REPLACED);
            assertThat(e.orderByClientId("c")).isEmpty();
        }
    }

    @Test
    void latestQuoteReportsQuotesBarsAndFills() {
        PaperTradingEngine e = engine(100_000);
        assertThat(e.latestQuote("AAA")).isEmpty();
        e.onBar("AAA", 100, 102, 99, 101, 10_000);
        LatestQuote bar = e.latestQuote("AAA").orElseThrow();
        assertThat(bar.hasBidAsk()).isFalse();
        assertThat(bar.last()).isEqualTo(101.0);
        e.onQuote(new Quote("AAA", 100.5, 10, 100.7, 20));
        e.submit(OrderRequest.market("m", "AAA", Side.BUY, 5, TimeInForce.DAY));
        LatestQuote q = e.latestQuote("AAA").orElseThrow();
        assertThat(q.bid()).isEqualTo(100.5);
        assertThat(q.askSize()).isEqualTo(15);
        assertThat(q.last()).isEqualTo(100.7);
        assertThat(q.time()).isEqualTo(START);
        assertThatThrownBy(() -> e.latestQuote("ZZZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ZZZ");
    }

    @Test
    void updatesStopWhenTheSubscriptionCloses() {
        PaperTradingEngine e = engine(100_000);
        List<OrderUpdate> got = new ArrayList<>();
        Subscription s = e.orderUpdates(got::add);
        e.submit(OrderRequest.limit("a", "AAA", Side.BUY, 1, 90, TimeInForce.GTC));
        e.submit(OrderRequest.limit("a", "AAA", Side.BUY, 1, 90, TimeInForce.GTC));
        s.close();
        s.close();
        e.submit(OrderRequest.limit("b", "AAA", Side.BUY, 1, 90, TimeInForce.GTC));
        assertThat(got).extracting(OrderUpdate::kind).containsExactly(OrderUpdate.Kind.NEW, OrderUpdate.Kind.REJECTED);
        assertThat(got.get(1).order().reason()).contains(ReasonCode.DUPLICATE_CLIENT_ORDER_ID);
    }

    @Test
    void idsThatAreNotTheEnginesNumbersAreUnknown() {
        PaperTradingEngine e = engine(100_000);
        OrderSnapshot o = e.submit(OrderRequest.limit("a", "AAA", Side.BUY, 1, 90, TimeInForce.GTC));
        assertThat(o.id()).isEqualTo(OrderId.of("1"));
        assertThat(e.order(OrderId.of("1"))).contains(o);
        for (String id : new String[] {"x1", "-1", "0", "99999999999999999999", "1.0"}) {
            assertThat(e.order(OrderId.of(id))).as(id).isEmpty();
            assertThat(e.cancel(OrderId.of(id)).reason()).as(id).isEqualTo(ReasonCode.UNKNOWN_ORDER);
        }
        assertThat(OrderId.of(0)).isEqualTo(OrderId.NONE);
        assertThatThrownBy(() -> OrderId.of("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderId.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
