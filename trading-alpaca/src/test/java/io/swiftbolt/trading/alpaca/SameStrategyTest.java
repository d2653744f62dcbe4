package io.swiftbolt.trading.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.alpaca.testing.FakeAlpaca;
import io.swiftbolt.trading.broker.BrokerInterface;
import io.swiftbolt.trading.broker.BrokerOrder;
import io.swiftbolt.trading.broker.LatestQuote;
import io.swiftbolt.trading.broker.OrderUpdate;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import io.swiftbolt.trading.paper.PaperTradingEngine;
import io.swiftbolt.trading.paper.Quote;
import io.swiftbolt.trading.paper.SimulatedClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The strategy of docs/trading.md ("Brokers"), run unchanged on the paper engine and on Alpaca. */
class SameStrategyTest {

    /** docs/trading.md quotes this method. */
    @SuppressWarnings("try") // the subscription is only closed
    static List<String> bidThenImprove(BrokerInterface broker, String symbol) throws InterruptedException {
        broker.connect();
        BlockingQueue<OrderUpdate> updates = new LinkedBlockingQueue<>();
        List<String> log = new ArrayList<>();
        try (Subscription s = broker.orderUpdates(updates::add)) {
            LatestQuote q = broker.latestQuote(symbol).orElseThrow();
            BrokerOrder bid = broker.submit(
                    OrderRequest.limit("bid-1", symbol, Side.BUY, 150, q.bid(), TimeInForce.DAY));
            BrokerOrder lift = broker.replace(bid.id(),
                    OrderRequest.limit("bid-2", symbol, Side.BUY, 150, q.ask(), TimeInForce.DAY));
            log.add(bid.status() + " then " + lift.status() + " " + lift.filledQuantity() + "/150");
            broker.cancel(lift.id());
            for (OrderUpdate u; (u = updates.poll(5, TimeUnit.SECONDS)) != null; ) {
                log.add(u.kind() + " " + u.order().clientOrderId() + " " + u.fillQuantity());
                if (u.kind() == OrderUpdate.Kind.CANCELED && u.order().clientOrderId().equals("bid-2")) {
                    break;
                }
            }
        }
        return log;
    }

    @Test
    void theSameCodeGivesTheSameStoryOnPaperAndOnAlpaca() throws Exception {
        PaperTradingEngine paper = PaperTradingEngine.builder()
                .clock(new SimulatedClock(Instant.parse("2026-06-01T14:30:00Z"))).initialCash(100_000)
                .instruments(Instrument.equity("AAA")).build();
        paper.onQuote(new Quote("AAA", 99.00, 100, 101.00, 100));
        List<String> onPaper = bidThenImprove(paper, "AAA");

        List<String> onAlpaca;
        try (FakeAlpaca fake = new FakeAlpaca(100_000)) {
            fake.quote("AAA", 99.00, 100, 101.00, 100, 1);
            AlpacaBroker alpaca = AlpacaBroker.builder()
                    .config(AlpacaConfig.fromEnvironment(fake.environment()).withStreamUrl(fake.streamUrl()))
                    .build();
            onAlpaca = bidThenImprove(alpaca, "AAA");
        }
        assertThat(onPaper).containsExactly(
                "SUBMITTED then PARTIAL 100/150",
                "NEW bid-1 0",
                "REPLACED bid-1 0",
                "NEW bid-2 0",
                "PARTIAL_FILL bid-2 100",
                "CANCELED bid-2 0");
        assertThat(onAlpaca).isEqualTo(onPaper);
    }
}
