package io.swiftbolt.trading.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.alpaca.testing.FakeAlpaca;
import io.swiftbolt.trading.broker.BrokerException;
import io.swiftbolt.trading.broker.OrderUpdateListener;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No key appears in any log line (every level) or exception message, even when the server echoes
 * the keys back in its error bodies, through every failure path: refusals, retries, timeouts,
 * malformed answers, the websocket, and every {@code toString}.
 */
class SecretsTest {

    private static final String ECHO = "{\"code\":40110000,\"message\":\"key " + FakeAlpaca.KEY_ID + " with secret "
            + FakeAlpaca.SECRET + " is not authorized\"}";

    @Test
    @SuppressWarnings("try") // the subscription is only closed
    void keysNeverReachLogsExceptionsOrToString() throws Exception {
        RecordingLogger log = new RecordingLogger();
        List<String> texts = new ArrayList<>();
        try (FakeAlpaca fake = new FakeAlpaca(100_000)) {
            fake.quote("AAA", 99, 100, 101, 100, 1);
            AlpacaConfig config = AlpacaConfig.fromEnvironment(fake.environment()).withStreamUrl(fake.streamUrl())
                    .withMaxAttempts(2);
            AlpacaBroker b = AlpacaBroker.builder().config(config).sleeper(d -> { }).logger(log).build();
            texts.add(config.toString());
            texts.add(b.toString());

            fake.failNext("GET", "/v2/account", 401, ECHO, null);
            texts.add(messages(b::account));
            fake.failNext("GET", "/v2/account", 403, ECHO, null);
            texts.add(messages(b::account));
            fake.failNext("GET", "/v2/account", 500, ECHO, null);
            fake.failNext("GET", "/v2/account", 503, ECHO, null);
            texts.add(messages(b::account));
            fake.failNext("GET", "/v2/account", 200, "{\"cash\":\"" + FakeAlpaca.SECRET, null);
            texts.add(messages(b::account));
            fake.failNext("POST", "/v2/orders", 422, ECHO, null);
            texts.add(b.submit(OrderRequest.market("s-1", "AAA", Side.BUY, 1, TimeInForce.DAY)).detail());
            AlpacaBroker impatient = AlpacaBroker.builder().config(config.withRequestTimeout(Duration.ofMillis(1000)))
                    .sleeper(d -> { }).logger(log).build();
            fake.delayNext("GET", "/v2/positions", Duration.ofMillis(3000));
            fake.delayNext("GET", "/v2/positions", Duration.ofMillis(3000));
            texts.add(messages(impatient::positions));
            b.connect();

            BlockingQueue<String> streamErrors = new LinkedBlockingQueue<>();
            try (Subscription s = b.orderUpdates(new OrderUpdateListener() {
                @Override
                public void onUpdate(io.swiftbolt.trading.broker.OrderUpdate update) {
                    streamErrors.add("update");
                }

                @Override
                public void onError(BrokerException error) {
                    streamErrors.add(error.getMessage());
                }
            })) {
                fake.push("{\"stream\":\"trade_updates\",\"data\":{\"event\":\"" + FakeAlpaca.SECRET + "\"}}");
                texts.add(streamErrors.poll(10, TimeUnit.SECONDS));
            }
            AlpacaConfig wrong = new AlpacaConfig(config.keyId(), "wrong-secret-" + FakeAlpaca.SECRET,
                    config.baseUrl(), config.dataUrl(), config.streamUrl(), "iex", config.requestTimeout(), 1, false);
            AlpacaBroker bad = AlpacaBroker.builder().config(wrong).sleeper(d -> { }).logger(log).build();
            texts.add(messages(() -> bad.orderUpdates(u -> { })));
            texts.add(messages(bad::account));
        }
        assertThat(texts).hasSize(11).doesNotContainNull();
        assertThat(log.lines).isNotEmpty();
        List<String> all = new ArrayList<>(texts);
        all.addAll(log.lines);
        for (String t : all) {
            assertThat(t).doesNotContain(FakeAlpaca.KEY_ID).doesNotContain(FakeAlpaca.SECRET);
        }
        assertThat(String.join("\n", texts)).contains("****").contains("GET /v2/account: HTTP 401");
    }

    /** Runs an action that must fail; returns the messages of the exception and all its causes. */
    private static String messages(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            StringBuilder b = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                b.append(t).append(" | ");
            }
            return b.toString();
        }
        throw new AssertionError("expected a failure");
    }
}
