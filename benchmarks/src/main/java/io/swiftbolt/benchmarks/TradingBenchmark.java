package io.swiftbolt.benchmarks;

import io.swiftbolt.trading.journal.FileJournal;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import io.swiftbolt.trading.paper.PaperTradingEngine;
import io.swiftbolt.trading.paper.Quote;
import io.swiftbolt.trading.paper.RiskLimits;
import io.swiftbolt.trading.paper.SimulatedClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Submit → fill → account update on one thread: a market IOC order against a standing quote with
 * ample size, through validation, risk checks, the order state machine, the event journal and the
 * ledger (seeded buy/sell mix, so the position stays small).
 * <ul>
 *   <li>{@code noJournal}: {@link Journals#none()}; target ≥ 1,000,000 orders/s;</li>
 *   <li>{@code fileJournalGroupCommit}: the fsynced file journal, one sync per batch of 1,024 orders;</li>
 *   <li>{@code fileJournalSyncEach}: the fsynced file journal, one sync per order (every order
 *       acknowledged durably before the next);</li>
 *   <li>{@code baselineLedgerOnly}: the naive floor: the same cash and position arithmetic with no
 *       OMS, checks or events.</li>
 * </ul>
 * Latency percentiles (HdrHistogram): run {@code main} of this class
 * ({@code java -cp benchmarks.jar io.swiftbolt.benchmarks.TradingBenchmark}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TradingBenchmark {

    static final int BATCH = 1024;
    static final int ORDERS_PER_ENGINE = 1 << 16;

    /** Seeded requests and a fresh engine every 65,536 orders (so memory stays flat). Not a JMH state itself. */
    abstract static class Engine {
        OrderRequest[] requests;
        PaperTradingEngine engine;
        int next;
        Path dir;
        int generation;
        String journal;

        void open(String kind) throws IOException {
            journal = kind;
            requests = requests(ORDERS_PER_ENGINE);
            dir = Files.createTempDirectory("swiftbolt-bench");
            engine = engine(journal, dir, generation++);
        }

        OrderRequest nextRequest() {
            if (next == ORDERS_PER_ENGINE) {
                engine.close();
                engine = engine(journal, dir, generation++);
                next = 0;
            }
            return requests[next++];
        }

        void close() throws IOException {
            engine.close();
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Journal off. */
    @State(Scope.Thread)
    public static class NoJournal extends Engine {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            open("none");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            close();
        }
    }

    /** File journal, fsync per order. */
    @State(Scope.Thread)
    public static class SyncEach extends Engine {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            open("file");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            close();
        }
    }

    /** File journal with group commit. */
    @State(Scope.Thread)
    public static class GroupCommit extends Engine {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            open("group");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            close();
        }
    }

    static OrderRequest[] requests(int n) {
        SplittableRandom rnd = new SplittableRandom(42);
        OrderRequest[] out = new OrderRequest[n];
        for (int i = 0; i < n; i++) {
            out[i] = OrderRequest.market("c" + i, "SPY", (i & 1) == 0 ? Side.BUY : Side.SELL, rnd.nextLong(1, 100),
                    TimeInForce.IOC);
        }
        return out;
    }

    static PaperTradingEngine engine(String journal, Path dir, int generation) {
        Journal j = switch (journal) {
            case "none" -> Journals.none();
            case "file", "group" -> FileJournal.open(dir.resolve("j" + generation));
            default -> throw new IllegalArgumentException("journal must be none, file or group, was " + journal);
        };
        PaperTradingEngine e = PaperTradingEngine.builder().clock(new SimulatedClock(Instant.parse("2024-01-02T14:30:00Z")))
                .journal(j).initialCash(1e9).instruments(Instrument.equity("SPY"))
                .riskLimits(new RiskLimits(1e11, 1_000_000_000, true)).recordHistory(false)
                .groupCommit(journal.equals("group")).build();
        e.onQuote(new Quote("SPY", 470.00, 1L << 50, 470.02, 1L << 50));
        e.flush();
        return e;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long noJournal(NoJournal s) {
        long filled = 0;
        for (int i = 0; i < BATCH; i++) {
            OrderRequest r = s.nextRequest(); // may roll over to a fresh engine: read s.engine after it
            filled += s.engine.submit(r).filledQuantity();
        }
        return filled;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long fileJournalGroupCommit(GroupCommit s) {
        long filled = 0;
        for (int i = 0; i < BATCH; i++) {
            OrderRequest r = s.nextRequest(); // may roll over to a fresh engine: read s.engine after it
            filled += s.engine.submit(r).filledQuantity();
        }
        s.engine.flush();
        return filled;
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public long fileJournalSyncEach(SyncEach s) {
        long filled = 0;
        for (int i = 0; i < 16; i++) {
            OrderRequest r = s.nextRequest(); // may roll over to a fresh engine: read s.engine after it
            filled += s.engine.submit(r).filledQuantity();
        }
        return filled;
    }

    /** The floor: cash and position arithmetic alone, in exact units. */
    @State(Scope.Thread)
    public static class Baseline {
        OrderRequest[] requests = requests(ORDERS_PER_ENGINE);
        long cash = Money.toUnits(1e9);
        long position;
        int next;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long baselineLedgerOnly(Baseline b) {
        long ask = Money.toUnits(470.02);
        long bid = Money.toUnits(470.00);
        for (int i = 0; i < BATCH; i++) {
            OrderRequest r = b.requests[b.next];
            b.next = (b.next + 1) & (ORDERS_PER_ENGINE - 1);
            long q = r.side().sign() * r.quantity();
            b.cash -= q * (q > 0 ? ask : bid);
            b.position += q;
        }
        return b.cash + b.position;
    }

    /**
     * Latency percentiles of submit → fill → account update (→ durable, with a journal), measured per
     * order with {@link System#nanoTime()} into HdrHistogram after a warm-up.
     *
     * @param args ignored
     * @throws IOException if the temporary directory fails
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("swiftbolt-latency");
        try {
            report("no journal", dir, "none", 2_000_000, 1);
            report("file journal, group commit every 64 (latency to ack)", dir, "group", 400_000, 64);
            report("file journal, fsync per order", dir, "file", 3_000, 1);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void report(String name, Path dir, String journal, int orders, int batch) {
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        OrderRequest[] requests = requests(ORDERS_PER_ENGINE);
        int generation = journal.hashCode() & 0xffff;
        PaperTradingEngine e = engine(journal, dir, generation++);
        int next = 0;
        long[] starts = new long[batch];
        for (int round = 0; round < 2; round++) { // round 0 warms up
            h.reset();
            for (int i = 0; i < orders; i += batch) {
                for (int k = 0; k < batch; k++) {
                    if (next == ORDERS_PER_ENGINE) {
                        e.close();
                        e = engine(journal, dir, generation++);
                        next = 0;
                    }
                    starts[k] = System.nanoTime();
                    OrderSnapshot s = e.submit(requests[next++]);
                    if (s.filledQuantity() == 0) {
                        throw new IllegalStateException("order did not fill: " + s);
                    }
                }
                if (batch > 1) {
                    e.flush();
                }
                long end = System.nanoTime();
                for (int k = 0; k < batch; k++) {
                    h.recordValue(end - starts[k]);
                }
            }
        }
        e.close();
        System.out.printf("%-55s n=%d  p50 %,d ns  p90 %,d ns  p99 %,d ns  p99.9 %,d ns  max %,d ns%n", name,
                h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue());
    }
}
