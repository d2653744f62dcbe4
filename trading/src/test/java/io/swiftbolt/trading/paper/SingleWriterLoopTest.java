package io.swiftbolt.trading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.OrderManager;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.SingleWriterLoop;
import io.swiftbolt.trading.oms.TradingEvent;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrent submitters through the single-writer loop, with group commit. */
class SingleWriterLoopTest {

    @Test
    void concurrentSubmittersGetDurableAcknowledgementsInOneTotalOrder() throws Exception {
        Journal journal = Journals.inMemory();
        List<TradingEvent> delivered = new ArrayList<>(); // written by the writer thread only
        PaperTradingEngine engine = EngineFixtures.builder(new SimulatedClock(EngineFixtures.START), journal)
                .initialCash(10_000_000).riskLimits(new RiskLimits(1e8, 10_000_000, true)).groupCommit(true)
                .listener(delivered::add).build();
        SingleWriterLoop<PaperTradingEngine> loop = new SingleWriterLoop<>(engine, engine::flush, 64);
        loop.start(r -> new Thread(r, "writer"));
        loop.submit(e -> {
            e.onQuote(new Quote("AAA", 99.99, 1_000_000, 100.01, 1_000_000));
            return null;
        }).get(10, TimeUnit.SECONDS);
        int threads = 4;
        int perThread = 300;
        List<CompletableFuture<OrderSnapshot>> futures = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            List<CompletableFuture<OrderSnapshot>> mine = new ArrayList<>();
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < perThread; i++) {
                    OrderRequest r = OrderRequest.market("t" + id + "-" + i, "AAA", i % 2 == 0 ? Side.BUY : Side.SELL,
                            1 + i % 7, TimeInForce.IOC);
                    mine.add(loop.submit(e -> e.submit(r)));
                }
                synchronized (futures) {
                    futures.addAll(mine);
                }
            });
            submitters.add(th);
            th.start();
        }
        go.countDown();
        for (Thread th : submitters) {
            th.join();
        }
        for (CompletableFuture<OrderSnapshot> f : futures) {
            assertThat(f.get(10, TimeUnit.SECONDS).status()).isEqualTo(OrderStatus.FILLED);
        }
        OrderSnapshot last = loop.submit(e -> e.order(threads * perThread).orElseThrow()).get(10, TimeUnit.SECONDS);
        loop.close();
        assertThat(last.status()).isEqualTo(OrderStatus.FILLED);
        // every acknowledged event was journaled, delivered once, in sequence order
        List<TradingEvent> journaled = OrderManager.readEvents(journal);
        assertThat(delivered).hasSameSizeAs(journaled);
        for (int i = 1; i < delivered.size(); i++) {
            assertThat(delivered.get(i).sequence()).isEqualTo(delivered.get(i - 1).sequence() + 1);
        }
        assertThat(engine.allOrders()).hasSize(threads * perThread);
    }
}
