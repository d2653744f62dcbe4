package io.swiftbolt.trading.alpaca;

import io.swiftbolt.trading.alpaca.testing.FakeAlpaca;
import io.swiftbolt.trading.broker.BrokerInterface;
import io.swiftbolt.trading.testing.BrokerContractTest;

/** The Alpaca adapter passes the broker contract against a stateful fake Alpaca on 127.0.0.1. */
class AlpacaBrokerContractTest extends BrokerContractTest {

    private FakeAlpaca fake;

    @Override
    protected BrokerInterface newBroker() throws Exception {
        fake = new FakeAlpaca(CASH);
        fake.quote(STOCK, 99.00, 100, 101.00, 100, 1);
        fake.quote(CALL, 7.90, 50, 8.10, 50, 100);
        fake.quote(PUT, 2.90, 50, 3.10, 50, 100);
        return AlpacaBroker.builder()
                .config(AlpacaConfig.fromEnvironment(fake.environment()).withStreamUrl(fake.streamUrl()))
                .sleeper(d -> { })
                .build();
    }

    @Override
    protected void closeBroker() {
        fake.close();
    }
}
