package io.swiftbolt.trading.alpaca.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swiftbolt.trading.alpaca.AlpacaException;
import io.swiftbolt.trading.alpaca.AlpacaOrder;
import io.swiftbolt.trading.broker.BrokerException;
import io.swiftbolt.trading.broker.OrderUpdate;
import io.swiftbolt.trading.broker.OrderUpdateListener;
import io.swiftbolt.trading.broker.Subscription;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Alpaca's {@code trade_updates} websocket: connects, authenticates with
 * {@code {"action":"auth","key":…,"secret":…}}, listens with
 * {@code {"action":"listen","data":{"streams":["trade_updates"]}}} and turns every
 * {@code trade_updates} message into an {@link OrderUpdate}. Accepts text and binary frames (the
 * paper endpoint sends binary), reassembling fragmented messages.
 *
 * <p>An unknown event, a malformed message or a lost connection goes to
 * {@link OrderUpdateListener#onError}; it never guesses. Not reconnecting: after an error the
 * caller subscribes again (and reconciles with {@code openOrders()}).
 */
public final class TradeUpdateStream implements WebSocket.Listener, Subscription {

    private static final Map<String, OrderUpdate.Kind> EVENTS = Map.ofEntries(
            Map.entry("new", OrderUpdate.Kind.NEW),
            Map.entry("fill", OrderUpdate.Kind.FILL),
            Map.entry("partial_fill", OrderUpdate.Kind.PARTIAL_FILL),
            Map.entry("canceled", OrderUpdate.Kind.CANCELED),
            Map.entry("expired", OrderUpdate.Kind.EXPIRED),
            Map.entry("rejected", OrderUpdate.Kind.REJECTED),
            Map.entry("replaced", OrderUpdate.Kind.REPLACED),
            Map.entry("accepted", OrderUpdate.Kind.PENDING),
            Map.entry("pending_new", OrderUpdate.Kind.PENDING),
            Map.entry("pending_cancel", OrderUpdate.Kind.PENDING),
            Map.entry("pending_replace", OrderUpdate.Kind.PENDING),
            Map.entry("done_for_day", OrderUpdate.Kind.PENDING),
            Map.entry("calculated", OrderUpdate.Kind.PENDING),
            Map.entry("stopped", OrderUpdate.Kind.PENDING),
            Map.entry("suspended", OrderUpdate.Kind.PENDING),
            Map.entry("held", OrderUpdate.Kind.PENDING),
            Map.entry("order_cancel_rejected", OrderUpdate.Kind.PENDING),
            Map.entry("order_replace_rejected", OrderUpdate.Kind.PENDING));

    private static final String WHAT = "trade_updates stream";

    private final OrderUpdateListener listener;
    private final String keyId;
    private final String secretKey;
    private final InstantSource clock;
    private final Redactor redactor;
    private final System.Logger log;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StringBuilder text = new StringBuilder();
    private java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    private volatile WebSocket socket;
    /**
     * The last text message sent, or being sent. The JDK's WebSocket refuses a second text send
     * while one is pending (IllegalStateException), so each send waits for the previous one: the
     * server can answer the auth message before the client's send of it has completed, and the
     * listen request sent from that answer must not race it.
     */
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    private TradeUpdateStream(OrderUpdateListener listener, String keyId, String secretKey, InstantSource clock,
                              Redactor redactor, System.Logger log) {
        this.listener = listener;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.clock = clock;
        this.redactor = redactor;
        this.log = log;
    }

    /**
     * Opens the stream and waits until Alpaca confirms it is listening.
     *
     * @param client    the HTTP client
     * @param url       the websocket URL
     * @param keyId     the key id
     * @param secretKey the secret
     * @param timeout   how long to wait for the connection and for each handshake step
     * @param clock     stamps updates that carry no timestamp
     * @param redactor  the redactor
     * @param log       the logger
     * @param listener  the listener
     * @return the running subscription
     * @throws AlpacaException if it cannot connect, authenticate or listen in time
     */
    public static TradeUpdateStream open(HttpClient client, URI url, String keyId, String secretKey, Duration timeout,
                                         InstantSource clock, Redactor redactor, System.Logger log,
                                         OrderUpdateListener listener) {
        TradeUpdateStream s = new TradeUpdateStream(listener, keyId, secretKey, clock, redactor, log);
        try {
            s.socket = client.newWebSocketBuilder().connectTimeout(timeout).buildAsync(url, s)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            s.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.log(Level.INFO, "trade_updates: listening at {0}", url);
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            s.close();
            throw new AlpacaException(WHAT + ": interrupted while connecting", 0, null);
        } catch (ExecutionException e) {
            s.close();
            Throwable c = e.getCause();
            if (c instanceof AlpacaException a) {
                throw a;
            }
            throw new AlpacaException(WHAT + " at " + url + ": cannot connect: " + redactor.clean(
                    c == null ? e.getMessage() : c.getClass().getSimpleName() + " " + c.getMessage()), 0, null);
        } catch (TimeoutException e) {
            s.close();
            throw new AlpacaException(WHAT + " at " + url + ": no confirmation within " + timeout.toMillis() + " ms",
                    0, null);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        String auth = "{\"action\":\"auth\",\"key\":" + quote(keyId) + ",\"secret\":" + quote(secretKey) + "}";
        send(webSocket, auth);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            String message = text.toString();
            text.setLength(0);
            handle(webSocket, message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binary.writeBytes(chunk);
        if (last) {
            String message = binary.toString(StandardCharsets.UTF_8);
            binary = new java.io.ByteArrayOutputStream();
            handle(webSocket, message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closed.get()) {
            fail(new AlpacaException(WHAT + ": closed by the server (" + statusCode + " "
                    + redactor.clean(reason) + ")", 0, null));
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closed.get()) {
            fail(new AlpacaException(WHAT + ": connection failed: " + error.getClass().getSimpleName() + " "
                    + redactor.clean(error.getMessage()), 0, null));
        }
    }

    /** Sends one text message after the previous one has gone; a failed send fails the stream. */
    private synchronized void send(WebSocket ws, String message) {
        lastSend = lastSend.handle((r, t) -> null)
                .thenCompose(x -> ws.sendText(message, true))
                .whenComplete((w, t) -> {
                    if (t != null && !closed.get()) {
                        fail(new AlpacaException(WHAT + ": cannot send: " + t.getClass().getSimpleName() + " "
                                + redactor.clean(t.getMessage()), 0, null));
                    }
                });
    }

    private void fail(AlpacaException e) {
        if (!ready.isDone()) {
            ready.completeExceptionally(e);
        } else {
            deliverError(e);
        }
    }

    private void deliverError(BrokerException e) {
        log.log(Level.WARNING, e.getMessage());
        listener.onError(e);
    }

    private void handle(WebSocket ws, String message) {
        JsonNode n;
        try {
            n = AlpacaJson.parse(message, WHAT, redactor);
        } catch (AlpacaException e) {
            fail(e);
            return;
        }
        String stream = n.path("stream").asText("");
        JsonNode data = n.path("data");
        switch (stream) {
            case "authorization" -> {
                if ("authorized".equals(data.path("status").asText())) {
                    send(ws, "{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
                } else {
                    fail(new AlpacaException(WHAT + ": authentication failed (" + redactor.clean(
                            data.path("status").asText("no status")) + "): check the keys", 401, null));
                }
            }
            case "listening" -> {
                boolean ok = false;
                for (JsonNode s : data.path("streams")) {
                    ok |= "trade_updates".equals(s.asText());
                }
                if (ok) {
                    ready.complete(null);
                } else {
                    fail(new AlpacaException(WHAT + ": Alpaca did not grant the trade_updates stream", 0, null));
                }
            }
            case "trade_updates" -> {
                try {
                    listener.onUpdate(update(data));
                } catch (AlpacaException e) {
                    deliverError(e);
                }
            }
            default -> log.log(Level.DEBUG, "trade_updates: ignoring a message of stream ''{0}''", stream);
        }
    }

    /** One trade update; fills carry this execution's {@code qty} and {@code price}. */
    private OrderUpdate update(JsonNode data) {
        String event = data.path("event").asText("");
        OrderUpdate.Kind kind = EVENTS.get(event);
        if (kind == null) {
            throw new AlpacaException(WHAT + ": unknown event '" + redactor.clean(event) + "'", 0, null);
        }
        AlpacaOrder order = AlpacaJson.order(data.path("order"), WHAT + " " + event);
        boolean fill = kind == OrderUpdate.Kind.FILL || kind == OrderUpdate.Kind.PARTIAL_FILL;
        long qty = 0;
        double price = Double.NaN;
        if (fill) {
            AlpacaJson.Reader in = new AlpacaJson.Reader(data, WHAT + " " + event, "update");
            qty = in.quantity("qty");
            price = in.price("price");
            if (qty <= 0) {
                throw new AlpacaException(WHAT + " " + event + ": fill quantity must be positive, was " + qty, 0, null);
            }
        }
        String ts = data.path("timestamp").asText("");
        return new OrderUpdate(kind, order, qty, price, ts.isEmpty() ? clock.instant() : AlpacaJson.instant(ts,
                WHAT + " " + event));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Closes the websocket (normal closure); idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            WebSocket ws = socket;
            if (ws != null) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").whenComplete((w, t) -> ws.abort());
            }
        }
    }
}
