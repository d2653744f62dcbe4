package io.swiftbolt.trading.paper;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.trading.broker.AccountSnapshot;
import io.swiftbolt.trading.broker.Position;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.order.Instrument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Shared instruments and engine set-up of the trading tests. */
final class EngineFixtures {

    static final Instant START = Instant.parse("2020-01-02T14:30:00Z");
    static final Instrument.Equity AAA = Instrument.equity("AAA");
    static final Instrument.Equity BBB = Instrument.equity("BBB");
    static final Instrument.Option AAA_CALL = Instrument.Option.of(
            OptionContract.of("AAA", OptionRight.CALL, 100, LocalDate.of(2020, 1, 17)));
    static final Instrument.Option AAA_PUT = Instrument.Option.of(
            OptionContract.of("AAA", OptionRight.PUT, 100, LocalDate.of(2020, 1, 17)));

    private EngineFixtures() {
    }

    static PaperTradingEngine.Builder builder(SimulatedClock clock, Journal journal) {
        return PaperTradingEngine.builder().clock(clock).journal(journal).initialCash(100_000)
                .instruments(AAA, BBB, AAA_CALL, AAA_PUT);
    }

    /** The journaled state of an engine: what recovery must reproduce exactly. */
    record DurableState(long cash, long realized, long fees, long reserved, List<String> positions,
                        List<OrderSnapshot> openOrders, List<OrderSnapshot> allOrders, List<Transaction> history,
                        long lastSequence) {
    }

    static DurableState durable(PaperTradingEngine e) {
        AccountSnapshot a = e.account();
        List<String> pos = new ArrayList<>();
        for (Position p : e.positions()) {
            pos.add(p.symbol() + ":" + p.quantity() + ":" + p.costBasis() + ":" + p.realizedPnl());
        }
        return new DurableState(a.cash(), a.realizedPnl(), a.fees(), a.reservedCash(), pos, e.openOrders(),
                e.allOrders(), List.copyOf(e.transactions()), e.lastSequence());
    }
}
