package io.swiftbolt.trading.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.trading.alpaca.testing.FakeAlpaca;
import io.swiftbolt.trading.broker.BrokerException;
import io.swiftbolt.trading.broker.OrderUpdate;
import io.swiftbolt.trading.broker.OrderUpdateListener;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adapter against a local fake Alpaca (JDK HttpServer and a test websocket server on
 * 127.0.0.1) with scripted faults: retries, timeouts, refusals, malformed answers, fills.
 */
class AlpacaBrokerTest {

    private static final String ORDERS = "/v2/orders";

    private FakeAlpaca fake;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final RecordingLogger log = new RecordingLogger();

    @BeforeEach
    void start() throws Exception {
        fake = new FakeAlpaca(100_000);
        fake.quote("AAA", 99.00, 100, 101.00, 100, 1);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private AlpacaConfig config() {
        return AlpacaConfig.fromEnvironment(fake.environment()).withStreamUrl(fake.streamUrl());
    }

    private AlpacaBroker broker(AlpacaConfig config) {
        return AlpacaBroker.builder().config(config).sleeper(sleeps::add).seed(42).logger(log).build();
    }

    private AlpacaBroker broker() {
        return broker(config());
    }

    private static OrderRequest resting(String id) {
        return OrderRequest.limit(id, "AAA", Side.BUY, 10, 95.00, TimeInForce.GTC);
    }

    @Test
    void rateLimitedSubmitWaitsRetryAfterAndPlacesOneOrder() {
        fake.failNext("POST", ORDERS, 429, "{\"code\":42910000,\"message\":\"rate limit exceeded\"}", "3");
        AlpacaOrder o = broker().submit(resting("rl-1"));

        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(fake.requests("POST", ORDERS)).hasSize(2);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void rateLimitWithoutRetryAfterWaitsUntilTheWindowResets() {
        Instant now = Instant.parse("2026-06-01T14:30:00Z");
        AlpacaBroker b = AlpacaBroker.builder().config(config()).sleeper(sleeps::add).seed(42).logger(log)
                .clock(() -> now).build();
        fake.rateLimitNext("POST", ORDERS, now.getEpochSecond() + 7);
        assertThat(b.submit(resting("rl-2")).status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void submitThatTimesOutIsRetriedWithTheSameClientOrderIdAndPlacedOnce() {
        AlpacaBroker b = broker(config().withRequestTimeout(Duration.ofMillis(1000)));
        fake.delayNext("POST", ORDERS, Duration.ofMillis(3000)); // placed, but answered too late

        AlpacaOrder o = b.submit(resting("to-1"));

        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(o.clientOrderId()).isEqualTo("to-1");
        List<FakeAlpaca.Request> posts = fake.requests("POST", ORDERS);
        // two attempts; more only if the machine is so slow that the retry also timed out
        assertThat(posts.size()).isGreaterThanOrEqualTo(2);
        assertThat(posts.get(0).body()).contains("\"client_order_id\":\"to-1\"");
        assertThat(posts).extracting(FakeAlpaca.Request::body).containsOnly(posts.get(0).body());
        assertThat(fake.requests("GET", "/v2/orders:by_client_order_id")).hasSize(1);
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void serverErrorIsRetriedAndPlacesOneOrder() {
        fake.failNext("POST", ORDERS, 500, "{\"code\":50010000,\"message\":\"internal server error\"}", null);
        AlpacaOrder o = broker().submit(resting("se-1"));

        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(fake.requests("POST", ORDERS)).hasSize(2);
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void serverErrorAfterPlacingIsResolvedByTheClientOrderId() {
        fake.failNextAfterProcessing("POST", ORDERS, 502);
        AlpacaOrder o = broker().submit(resting("se-2"));

        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(o.id().isNone()).isFalse();
        assertThat(fake.requests("POST", ORDERS)).hasSize(2);
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void persistentServerErrorsGiveUpWithAClearErrorAfterExponentialBackoff() {
        for (int i = 0; i < 5; i++) {
            fake.failNext("GET", "/v2/account", 503, "{\"code\":50310000,\"message\":\"service unavailable\"}", null);
        }
        assertThatThrownBy(() -> broker().account())
                .isInstanceOf(AlpacaException.class)
                .hasMessageContaining("GET /v2/account")
                .hasMessageContaining("HTTP 503 service unavailable")
                .hasMessageContaining("after 5 attempts");
        assertThat(fake.requests("GET", "/v2/account")).hasSize(5);
        assertThat(sleeps).hasSize(4);
        for (int k = 0; k < 4; k++) {
            long cap = 250L << k;
            assertThat(sleeps.get(k).toMillis()).as("backoff %d", k + 1).isBetween(cap / 2, cap);
        }
    }

    @Test
    void backoffIsReproducibleFromItsSeed() {
        List<Duration> first = new ArrayList<>(runFailingAccount(7));
        List<Duration> second = runFailingAccount(7);
        assertThat(second).isEqualTo(first);
    }

    private List<Duration> runFailingAccount(long seed) {
        List<Duration> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fake.failNext("GET", "/v2/account", 500, "{}", null);
        }
        AlpacaBroker b = AlpacaBroker.builder().config(config().withMaxAttempts(3)).sleeper(recorded::add).seed(seed)
                .logger(log).build();
        assertThatThrownBy(b::account).isInstanceOf(AlpacaException.class);
        return recorded;
    }

    @Test
    void forbiddenIsNotRetriedAndSaysWhatToCheck() {
        fake.failNext("GET", "/v2/account", 403, "{\"code\":40310000,\"message\":\"forbidden.\"}", null);
        assertThatThrownBy(() -> broker().account())
                .isInstanceOfSatisfying(AlpacaException.class, e -> assertThat(e.httpStatus()).isEqualTo(403))
                .hasMessageContaining("GET /v2/account: HTTP 403 forbidden.")
                .hasMessageContaining("APCA_API_KEY_ID");
        assertThat(fake.requests("GET", "/v2/account")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void unauthorizedIsNotRetriedAndSaysWhatToCheck() {
        fake.failNext("GET", "/v2/account", 401, "{\"code\":40110000,\"message\":\"request is not authorized\"}",
                null);
        assertThatThrownBy(() -> broker().account())
                .isInstanceOfSatisfying(AlpacaException.class, e -> assertThat(e.httpStatus()).isEqualTo(401))
                .hasMessageContaining("GET /v2/account: HTTP 401 request is not authorized (code 40110000)")
                .hasMessageContaining("APCA_API_SECRET_KEY");
        assertThat(fake.requests("GET", "/v2/account")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void insufficientBuyingPowerIsARejectionNotARetry() {
        AlpacaOrder o = broker().submit(OrderRequest.limit("big", "AAA", Side.BUY, 5_000, 100, TimeInForce.DAY));
        assertThat(o.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(o.reason()).contains(ReasonCode.INSUFFICIENT_BUYING_POWER);
        assertThat(o.detail()).contains("insufficient buying power");
        assertThat(fake.requests("POST", ORDERS)).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void unprocessableOrderIsARejectionWithAlpacasMessage() {
        AlpacaOrder o = broker().submit(resting("x").withClientOrderId("unknown-sym"));
        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        AlpacaOrder r = broker().submit(OrderRequest.limit("u-1", "ZZZ", Side.BUY, 1, 10, TimeInForce.DAY));
        assertThat(r.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.reason()).contains(ReasonCode.BROKER_REJECTED);
        assertThat(r.detail()).contains("asset not found");
    }

    @Test
    void locallyInvalidOrdersAreRejectedWithoutARequest() {
        AlpacaOrder zero = broker().submit(OrderRequest.limit("z", "AAA", Side.BUY, 0, 95, TimeInForce.DAY));
        assertThat(zero.reason()).contains(ReasonCode.INVALID_QUANTITY);
        AlpacaOrder longId = broker().submit(resting("x".repeat(49)));
        assertThat(longId.reason()).contains(ReasonCode.INVALID_CLIENT_ORDER_ID);
        assertThat(fake.requests("POST", ORDERS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"cash\": 12                                      | GET /v2/account: malformed JSON",
        "''                                                 | GET /v2/account: malformed JSON: empty body",
        "[1, 2]                                             | GET /v2/account: expected a JSON object for the account",
        "{\"status\":\"ACTIVE\",\"currency\":\"USD\",\"cash\":\"10\"} | GET /v2/account: account field 'equity' is missing",
        "{\"status\":\"ACTIVE\",\"currency\":\"USD\",\"cash\":\"ten\"} | GET /v2/account: account field 'cash' is not a number: 'ten'"
    })
    void malformedOrIncompleteAnswersAreClearErrors(String body, String message) {
        fake.failNext("GET", "/v2/account", 200, body, null);
        assertThatThrownBy(() -> broker().account())
                .isInstanceOf(AlpacaException.class)
                .hasMessageStartingWith(message);
        assertThat(fake.requests("GET", "/v2/account")).hasSize(1);
    }

    @Test
    void unknownOrderStatusIsAClearError() {
        AlpacaBroker b = broker();
        AlpacaOrder o = b.submit(resting("st-1"));
        fake.failNext("GET", ORDERS + "/", 200, "{\"id\":\"" + o.id() + "\",\"client_order_id\":\"st-1\","
                + "\"symbol\":\"AAA\",\"qty\":\"10\",\"filled_qty\":\"0\",\"type\":\"limit\",\"side\":\"buy\","
                + "\"time_in_force\":\"gtc\",\"limit_price\":\"95\",\"status\":\"teleported\"}", null);
        assertThatThrownBy(() -> b.order(o.id()))
                .isInstanceOf(AlpacaException.class)
                .hasMessageContaining("unknown status 'teleported'");
    }

    @Test
    void fractionalQuantityIsAClearError() {
        fake.failNext("GET", "/v2/positions", 200, "[{\"symbol\":\"AAA\",\"qty\":\"0.5\",\"avg_entry_price\":\"100\","
                + "\"cost_basis\":\"50\",\"market_value\":\"50\"}]", null);
        assertThatThrownBy(() -> broker().positions())
                .isInstanceOf(AlpacaException.class)
                .hasMessageContaining("'qty' is fractional");
    }

    @Test
    void partialFillsArriveOverTheWebsocketInOrder() throws Exception {
        partialFills(true);
    }

    @Test
    void textFramesWorkToo() throws Exception {
        partialFills(false);
    }

    @SuppressWarnings("try") // the subscription is only closed
    private void partialFills(boolean binary) throws Exception {
        fake.binaryFrames(binary);
        AlpacaBroker b = broker();
        BlockingQueue<OrderUpdate> updates = new LinkedBlockingQueue<>();
        try (Subscription s = b.orderUpdates(updates::add)) {
            AlpacaOrder o = b.submit(OrderRequest.limit("pf-1", "AAA", Side.BUY, 300, 101.00, TimeInForce.DAY));
            assertThat(o.status()).isEqualTo(OrderStatus.PARTIAL);
            fake.fill("pf-1", 150, 100.50);
            fake.fill("pf-1", 50, 100.75);
            List<OrderUpdate> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                OrderUpdate u = updates.poll(10, TimeUnit.SECONDS);
                assertThat(u).as("update %d", i + 1).isNotNull();
                got.add(u);
            }
            assertThat(got).extracting(OrderUpdate::kind).containsExactly(OrderUpdate.Kind.NEW,
                    OrderUpdate.Kind.PARTIAL_FILL, OrderUpdate.Kind.PARTIAL_FILL, OrderUpdate.Kind.FILL);
            assertThat(got).extracting(OrderUpdate::fillQuantity).containsExactly(0L, 100L, 150L, 50L);
            assertThat(got).extracting(OrderUpdate::fillPrice).containsExactly(Double.NaN, 101.00, 100.50, 100.75);
            assertThat(got.get(2).order().filledQuantity()).isEqualTo(250);
            assertThat(got.get(2).order().status()).isEqualTo(OrderStatus.PARTIAL);
            assertThat(got.get(3).order().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(got.get(3).time()).isEqualTo(Instant.parse(FakeAlpaca.TIME));
        }
        List<String> sent = fake.socket().received();
        assertThat(sent.get(0)).startsWith("{\"action\":\"auth\",\"key\":\"" + FakeAlpaca.KEY_ID + "\"");
        assertThat(sent.get(1)).isEqualTo("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
    }

    @ParameterizedTest
    @CsvSource({"true, 3", "false, 7"})
    @SuppressWarnings("try") // the subscription is only closed
    void fragmentedMessagesAreReassembled(boolean binary, int pieces) throws Exception {
        AlpacaBroker b = broker();
        AlpacaOrder o = b.submit(resting("frag-1"));
        BlockingQueue<OrderUpdate> updates = new LinkedBlockingQueue<>();
        try (Subscription s = b.orderUpdates(updates::add)) {
            String message = "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"canceled\",\"timestamp\":"
                    + "\"2026-06-01T10:30:00.5-04:00\",\"order\":{\"id\":\"" + o.id() + "\",\"client_order_id\":"
                    + "\"frag-1\",\"symbol\":\"AAA\",\"qty\":\"10\",\"filled_qty\":\"0\",\"type\":\"limit\","
                    + "\"side\":\"buy\",\"time_in_force\":\"gtc\",\"limit_price\":\"95\",\"status\":\"canceled\"}}}";
            fake.socket().broadcastFragmented(message, binary, pieces);
            OrderUpdate u = updates.poll(10, TimeUnit.SECONDS);
            assertThat(u).isNotNull();
            assertThat(u.kind()).isEqualTo(OrderUpdate.Kind.CANCELED);
            assertThat(u.order().id()).isEqualTo(o.id());
            assertThat(u.time()).isEqualTo(Instant.parse("2026-06-01T14:30:00.5Z"));
        }
    }

    @Test
    @SuppressWarnings("try") // the subscription is only closed
    void unknownStreamEventIsReportedAsAnError() throws Exception {
        AlpacaBroker b = broker();
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        try (Subscription s = b.orderUpdates(new OrderUpdateListener() {
            @Override
            public void onUpdate(OrderUpdate update) {
                errors.add("unexpected update " + update);
            }

            @Override
            public void onError(BrokerException error) {
                errors.add(error.getMessage());
            }
        })) {
            fake.push("{\"stream\":\"trade_updates\",\"data\":{\"event\":\"teleported\",\"order\":{}}}");
            fake.push("{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":[1,2]}}");
            assertThat(errors.poll(10, TimeUnit.SECONDS)).contains("unknown event 'teleported'");
            assertThat(errors.poll(10, TimeUnit.SECONDS)).contains("expected a JSON object for the order");
        }
    }

    @Test
    void streamWithWrongKeysFailsToOpenClearly() {
        AlpacaConfig c = config();
        AlpacaConfig wrong = new AlpacaConfig(c.keyId(), "not-the-secret", c.baseUrl(), c.dataUrl(), c.streamUrl(),
                c.feed(), c.requestTimeout(), c.maxAttempts(), false);
        assertThatThrownBy(() -> broker(wrong).orderUpdates(u -> { }))
                .isInstanceOf(AlpacaException.class)
                .hasMessageContaining("authentication failed (unauthorized)");
    }

    @Test
    void clientSideRateLimitWaitsForTheWindow() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-01T14:30:00Z"));
        InstantSource clock = now::get;
        List<Duration> waits = new ArrayList<>();
        AlpacaBroker b = AlpacaBroker.builder().config(config()).clock(clock).requestsPerMinute(3).logger(log)
                .sleeper(d -> {
                    waits.add(d);
                    now.set(now.get().plus(d));
                }).build();
        for (int i = 0; i < 3; i++) {
            b.account();
            now.set(now.get().plusSeconds(10));
        }
        assertThat(waits).isEmpty();
        b.account();
        assertThat(waits).containsExactly(Duration.ofSeconds(30)); // the first left the window at +60 s
        assertThat(fake.requests("GET", "/v2/account")).hasSize(4);
    }

    @Test
    void cancelRetriedAfterATimeoutThatWentThroughReportsTheCancellation() {
        AlpacaBroker b = broker(config().withRequestTimeout(Duration.ofMillis(1000)));
        AlpacaOrder o = b.submit(resting("cx-1"));
        fake.delayNext("DELETE", ORDERS + "/", Duration.ofMillis(3000));
        assertThat(b.cancel(o.id()).cancelled()).isTrue();
        assertThat(fake.requests("DELETE", ORDERS + "/").size()).isGreaterThanOrEqualTo(2);
        assertThat(b.order(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void latestQuoteCombinesQuoteAndTrade() {
        AlpacaBroker b = broker();
        assertThat(b.latestQuote("AAA").orElseThrow().hasLast()).isFalse();
        b.submit(OrderRequest.market("m-1", "AAA", Side.BUY, 5, TimeInForce.DAY));
        var q = b.latestQuote("AAA").orElseThrow();
        assertThat(q.last()).isEqualTo(101.00);
        assertThat(q.askSize()).isEqualTo(95);
        assertThat(fake.requests("GET", "/v2/stocks/AAA/quotes/latest").get(0).path()).endsWith("?feed=iex");
        assertThat(b.latestQuote("NOPE")).isEmpty();
    }
}
