package io.swiftbolt.trading.paper;

import io.swiftbolt.trading.journal.FileJournal;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The process {@link CrashRecoveryTest} kills: trades continuously on a file journal and, after
 * each acknowledged command, prints {@code ACK <sequence> <state digest>}.
 *
 * <p>Arguments: the journal file and the seed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /**
     * Runs until killed (or a large step bound).
     *
     * @param args journal path, seed
     */
    public static void main(String[] args) {
        Path path = Path.of(args[0]);
        SplittableRandom rnd = new SplittableRandom(Long.parseLong(args[1]));
        SimulatedClock clock = new SimulatedClock(EngineFixtures.START);
        PrintStream out = new PrintStream(System.out, false);
        try (PaperTradingEngine e = engine(clock, FileJournal.open(path))) {
            out.println("READY " + e.lastSequence() + " " + digest(e));
            out.flush();
            double aaa = 100;
            double bbb = 50;
            List<Long> ids = new ArrayList<>();
            for (int step = 0; step < 5_000_000; step++) {
                clock.set(clock.instant().plusSeconds(30));
                int kind = rnd.nextInt(10);
                if (kind < 4) {
                    boolean a = rnd.nextBoolean();
                    double m = (a ? aaa : bbb) * (1 + rnd.nextDouble(-0.01, 0.01));
                    if (a) {
                        aaa = m;
                    } else {
                        bbb = m;
                    }
                    double bid = Math.round(m * 100 - 1) / 100.0;
                    e.onQuote(new Quote(a ? "AAA" : "BBB", bid, rnd.nextLong(0, 300), bid + 0.02,
                            rnd.nextLong(0, 300)));
                } else if (kind < 8) {
                    boolean a = rnd.nextBoolean();
                    double m = a ? aaa : bbb;
                    Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                    OrderRequest r = rnd.nextBoolean()
                            ? OrderRequest.market("o" + step, a ? "AAA" : "BBB", side, rnd.nextLong(1, 80), TimeInForce.GTC)
                            : OrderRequest.limit("o" + step, a ? "AAA" : "BBB", side, rnd.nextLong(1, 80),
                                    Math.round(m * (1 + rnd.nextDouble(-0.01, 0.01)) * 100) / 100.0,
                                    rnd.nextBoolean() ? TimeInForce.DAY : TimeInForce.GTC);
                    OrderSnapshot s = e.submit(r);
                    if (s.orderId() > 0) {
                        ids.add(s.orderId());
                    }
                } else if (kind == 8 && !ids.isEmpty()) {
                    e.cancel(ids.get(rnd.nextInt(ids.size())));
                } else {
                    clock.set(clock.instant().plusSeconds(86_400));
                    e.closeDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
                }
                // every command above synced the journal before returning: acknowledged
                out.println("ACK " + e.lastSequence() + " " + digest(e));
                out.flush();
            }
        }
    }

    static PaperTradingEngine engine(SimulatedClock clock, io.swiftbolt.trading.journal.Journal journal) {
        return EngineFixtures.builder(clock, journal).riskLimits(new RiskLimits(1e7, 1_000_000, true))
                .commission(Commissions.perUnit(0.005, 0.65)).slippageBps(2).build();
    }

    /** The durable state on one line. */
    static String digest(PaperTradingEngine e) {
        EngineFixtures.DurableState s = EngineFixtures.durable(e);
        StringBuilder sb = new StringBuilder();
        sb.append(s.cash()).append('|').append(s.realized()).append('|').append(s.fees()).append('|')
                .append(s.reserved()).append('|').append(s.positions()).append('|');
        for (OrderSnapshot o : s.openOrders()) {
            sb.append(o.orderId()).append(':').append(o.status()).append(':').append(o.filledQuantity()).append(',');
        }
        sb.append('|').append(s.allOrders().size()).append('|').append(s.history().size());
        return sb.toString();
    }
}
