package io.swiftbolt.trading.paper;

import io.swiftbolt.trading.broker.BrokerInterface;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.testing.BrokerContractTest;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionRight;
import java.time.Instant;
import java.time.LocalDate;

/** The paper engine passes the broker contract. */
class PaperBrokerContractTest extends BrokerContractTest {

    @Override
    protected BrokerInterface newBroker() {
        LocalDate expiry = LocalDate.of(2027, 12, 17);
        PaperTradingEngine e = PaperTradingEngine.builder()
                .clock(new SimulatedClock(Instant.parse("2026-06-01T14:30:00Z")))
                .initialCash(CASH)
                .instruments(Instrument.equity(STOCK),
                        new Instrument.Option(CALL, OptionContract.of(STOCK, OptionRight.CALL, 100, expiry)),
                        new Instrument.Option(PUT, OptionContract.of(STOCK, OptionRight.PUT, 90, expiry)))
                .build();
        e.onQuote(new Quote(STOCK, 99.00, 100, 101.00, 100));
        e.onQuote(new Quote(CALL, 7.90, 50, 8.10, 50));
        e.onQuote(new Quote(PUT, 2.90, 50, 3.10, 50));
        return e;
    }
}
