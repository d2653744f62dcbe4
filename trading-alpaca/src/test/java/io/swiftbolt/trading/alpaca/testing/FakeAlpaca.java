package io.swiftbolt.trading.alpaca.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A stateful fake of Alpaca for tests, on 127.0.0.1: the Trading API v2 endpoints the adapter uses
 * ({@code /v2/account}, {@code /v2/positions}, {@code /v2/orders} with its variants), the market
 * data latest quote and trade endpoints, and the {@code trade_updates} websocket, all answering in
 * Alpaca's documented JSON shapes (decimal strings, snake_case, {@code {"code","message"}} errors).
 *
 * <p>Its market: quotes set with {@link #quote}; a market order (or a marketable limit) fills at
 * the ask (buy) or bid (sell) up to the size shown, which it uses up; the rest keeps working. A
 * multi-leg order fills all legs at once when every leg has its size and the net debit is within
 * the limit. Faults can be scripted per request ({@link #failNext}, {@link #delayNext}).
 */
public final class FakeAlpaca implements Closeable {

    /** The key id the fake accepts. */
    public static final String KEY_ID = "PKFAKEKEY0123456789";
    /** The secret the fake accepts. */
    public static final String SECRET = "fakeSecretValue/ABCDEFGHIJKLMNOPQRSTUV";
    /** The timestamp the fake stamps everything with. */
    public static final String TIME = "2026-06-01T14:30:00Z";

    /** A logged request. */
    public record Request(String method, String path, String body, String keyHeader) {
    }

    private record Fault(String method, String pathPrefix, int status, String body, Map<String, String> headers,
                         Duration delay, boolean processFirst) {
    }

    private static final class Quote {
        double bid;
        long bidSize;
        double ask;
        long askSize;
        int multiplier;
        double last = Double.NaN;
    }

    private static final class Holding {
        long qty;
        BigDecimal cost = BigDecimal.ZERO;
    }

    private static final class Order {
        String id;
        ObjectNode request;
        String status = "new";
        long qty;
        long filled;
        BigDecimal notional = BigDecimal.ZERO;
        String replacedBy;
        String replaces;
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer http;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final FakeWebSocketServer ws;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final Map<String, Holding> holdings = new TreeMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private BigDecimal cash;
    private int nextId = 1;
    private boolean binaryFrames = true;

    /**
     * Starts the fake with a new account.
     *
     * @param cash the account's cash
     * @throws IOException if it cannot bind
     */
    public FakeAlpaca(double cash) throws IOException {
        this.cash = BigDecimal.valueOf(cash);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(pool);
        http.start();
        this.ws = new FakeWebSocketServer(this::onSocketMessage);
    }

    /**
     * The base URL of both the Trading and the market-data API.
     *
     * @return {@code http://127.0.0.1:port}
     */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /**
     * The websocket URL.
     *
     * @return {@code ws://127.0.0.1:port/stream}
     */
    public URI streamUrl() {
        return ws.url();
    }

    /**
     * The environment that points the adapter (or the CLI) at this fake.
     *
     * @return {@code APCA_API_KEY_ID}, {@code APCA_API_SECRET_KEY}, {@code APCA_API_BASE_URL},
     *         {@code APCA_API_DATA_URL}
     */
    public Map<String, String> environment() {
        return Map.of("APCA_API_KEY_ID", KEY_ID, "APCA_API_SECRET_KEY", SECRET, "APCA_API_BASE_URL",
                baseUrl().toString(), "APCA_API_DATA_URL", baseUrl().toString());
    }

    /**
     * Sets a quote (and makes the symbol tradable).
     *
     * @param symbol     the symbol
     * @param bid        bid
     * @param bidSize    bid size
     * @param ask        ask
     * @param askSize    ask size
     * @param multiplier 1 for stocks, 100 for options
     */
    public synchronized void quote(String symbol, double bid, long bidSize, double ask, long askSize, int multiplier) {
        Quote q = quotes.computeIfAbsent(symbol, s -> new Quote());
        q.bid = bid;
        q.bidSize = bidSize;
        q.ask = ask;
        q.askSize = askSize;
        q.multiplier = multiplier;
    }

    /**
     * Scripts the next request matching method and path prefix to be answered with a status,
     * without being processed.
     *
     * @param method     the method
     * @param pathPrefix the path prefix
     * @param status     the status
     * @param body       the body
     * @param retryAfter the Retry-After header, or null
     */
    public synchronized void failNext(String method, String pathPrefix, int status, String body, String retryAfter) {
        faults.add(new Fault(method, pathPrefix, status, body,
                retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter), Duration.ZERO, false));
    }

    /**
     * Scripts the next matching request to get Alpaca's 429 with its rate-limit headers
     * ({@code X-Ratelimit-Limit: 200}, {@code -Remaining: 0}, {@code -Reset}) and no Retry-After.
     *
     * @param method     the method
     * @param pathPrefix the path prefix
     * @param resetEpoch when the window resets, epoch seconds
     */
    public synchronized void rateLimitNext(String method, String pathPrefix, long resetEpoch) {
        faults.add(new Fault(method, pathPrefix, 429, "{\"code\":42910000,\"message\":\"rate limit exceeded\"}",
                Map.of("X-Ratelimit-Limit", "200", "X-Ratelimit-Remaining", "0", "X-Ratelimit-Reset",
                        Long.toString(resetEpoch)), Duration.ZERO, false));
    }

    /**
     * Scripts the next matching request to be processed and then answered with a status (as a
     * server that placed the order and then failed).
     *
     * @param method     the method
     * @param pathPrefix the path prefix
     * @param status     the status
     */
    public synchronized void failNextAfterProcessing(String method, String pathPrefix, int status) {
        faults.add(new Fault(method, pathPrefix, status, "{\"code\":50010000,\"message\":\"internal server error\"}",
                Map.of(), Duration.ZERO, true));
    }

    /**
     * Scripts the next matching request to be processed, then answered only after a delay (so a
     * client with a shorter timeout gives up although the order was placed).
     *
     * @param method     the method
     * @param pathPrefix the path prefix
     * @param delay      the delay
     */
    public synchronized void delayNext(String method, String pathPrefix, Duration delay) {
        faults.add(new Fault(method, pathPrefix, 0, null, Map.of(), delay, true));
    }

    /**
     * Whether websocket messages go out as binary frames (Alpaca's paper endpoint) or text.
     *
     * @param binary true for binary
     */
    public void binaryFrames(boolean binary) {
        this.binaryFrames = binary;
    }

    /**
     * Every request received, in order.
     *
     * @return the requests
     */
    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /**
     * The requests with a method and path prefix.
     *
     * @param method the method
     * @param prefix the path prefix
     * @return the matching requests
     */
    public List<Request> requests(String method, String prefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(prefix)).toList();
    }

    /**
     * How many orders exist.
     *
     * @return the count
     */
    public synchronized int orderCount() {
        return orders.size();
    }

    /**
     * The websocket server (messages received, connection count).
     *
     * @return the server
     */
    public FakeWebSocketServer socket() {
        return ws;
    }

    /**
     * Pushes a raw message to every websocket client.
     *
     * @param message the JSON
     */
    public void push(String message) {
        ws.broadcast(message, binaryFrames);
    }

    /**
     * Fills part of an open order now (as the market would), pushing the trade update.
     *
     * @param clientOrderId the order's client id
     * @param qty           shares to fill
     * @param price         at what price
     */
    public synchronized void fill(String clientOrderId, long qty, double price) {
        Order o = byClient(clientOrderId);
        execute(o, qty, BigDecimal.valueOf(price), o.request.path("symbol").asText(), o.request.path("side").asText());
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        ws.close();
    }

    // ================================================================ HTTP

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = ex.getRequestHeaders().getFirst("APCA-API-KEY-ID");
        requests.add(new Request(method, path + (query == null ? "" : "?" + query), body, key));
        Fault fault = takeFault(method, path);
        try {
            if (fault != null && !fault.processFirst()) {
                fault.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                respond(ex, fault.status(), fault.body());
                return;
            }
            if (!KEY_ID.equals(key) || !SECRET.equals(ex.getRequestHeaders().getFirst("APCA-API-SECRET-KEY"))) {
                respond(ex, 401, "{\"code\":40110000,\"message\":\"request is not authorized\"}");
                return;
            }
            String[] answer = route(method, path, query == null ? Map.of() : params(query), body);
            if (fault != null && !fault.delay().isZero()) {
                Thread.sleep(fault.delay().toMillis());
            }
            if (fault != null && fault.status() > 0) {
                respond(ex, fault.status(), fault.body());
                return;
            }
            respond(ex, Integer.parseInt(answer[0]), answer[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            respond(ex, 500, "{\"code\":50010000,\"message\":\"fake failed: " + e + "\"}");
        }
    }

    private synchronized Fault takeFault(String method, String path) {
        for (Fault f : faults) {
            if (f.method().equals(method) && path.startsWith(f.pathPrefix())) {
                faults.remove(f);
                return f;
            }
        }
        return null;
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(b);
                }
            }
        } catch (IOException e) {
            // the client gave up (timeout test)
        } finally {
            ex.close();
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            int i = kv.indexOf('=');
            out.put(URLDecoder.decode(i < 0 ? kv : kv.substring(0, i), StandardCharsets.UTF_8),
                    i < 0 ? "" : URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private synchronized String[] route(String method, String path, Map<String, String> q, String body) {
        if (method.equals("GET") && path.equals("/v2/account")) {
            return ok(account());
        }
        if (method.equals("GET") && path.equals("/v2/positions")) {
            return ok(positions());
        }
        if (method.equals("POST") && path.equals("/v2/orders")) {
            return submit(body);
        }
        if (method.equals("GET") && path.equals("/v2/orders")) {
            ArrayNode a = json.createArrayNode();
            for (Order o : orders.values()) {
                if (!"open".equals(q.get("status")) || isOpen(o)) {
                    a.add(orderJson(o));
                }
            }
            return ok(a);
        }
        if (method.equals("GET") && path.equals("/v2/orders:by_client_order_id")) {
            Order o = byClient(q.getOrDefault("client_order_id", ""));
            return o == null ? error(404, 40410000, "order not found") : ok(orderJson(o));
        }
        if (path.startsWith("/v2/orders/")) {
            Order o = orders.get(path.substring("/v2/orders/".length()));
            if (o == null) {
                return error(404, 40410000, "order not found");
            }
            return switch (method) {
                case "GET" -> ok(orderJson(o));
                case "DELETE" -> cancel(o);
                case "PATCH" -> replace(o, body);
                default -> error(405, 40510000, "method not allowed");
            };
        }
        if (method.equals("GET") && path.startsWith("/v2/stocks/")) {
            String[] parts = path.split("/");
            return latest(parts[3], parts[4], false);
        }
        if (method.equals("GET") && path.startsWith("/v1beta1/options/")) {
            return latest(q.getOrDefault("symbols", ""), path.split("/")[3], true);
        }
        return error(404, 40410000, "endpoint not found");
    }

    private String[] ok(JsonNode n) {
        return new String[] {"200", n.toString()};
    }

    private static String[] error(int status, int code, String message) {
        return new String[] {Integer.toString(status), "{\"code\":" + code + ",\"message\":\"" + message + "\"}"};
    }

    private ObjectNode account() {
        BigDecimal mv = BigDecimal.ZERO;
        for (Map.Entry<String, Holding> e : holdings.entrySet()) {
            mv = mv.add(value(e.getKey(), e.getValue()));
        }
        ObjectNode a = json.createObjectNode();
        a.put("id", "11111111-2222-3333-4444-555555555555");
        a.put("account_number", "PA3FAKE");
        a.put("status", "ACTIVE");
        a.put("currency", "USD");
        a.put("cash", cash.toPlainString());
        a.put("portfolio_value", cash.add(mv).toPlainString());
        a.put("equity", cash.add(mv).toPlainString());
        a.put("buying_power", cash.toPlainString());
        a.put("long_market_value", mv.toPlainString());
        a.put("short_market_value", "0");
        a.put("trading_blocked", false);
        a.put("pattern_day_trader", false);
        return a;
    }

    private BigDecimal mark(String symbol) {
        Quote q = quotes.get(symbol);
        return BigDecimal.valueOf(q.bid).add(BigDecimal.valueOf(q.ask)).divide(BigDecimal.valueOf(2), 4,
                RoundingMode.HALF_UP);
    }

    private BigDecimal value(String symbol, Holding h) {
        return mark(symbol).multiply(BigDecimal.valueOf(h.qty * quotes.get(symbol).multiplier));
    }

    private ArrayNode positions() {
        ArrayNode a = json.createArrayNode();
        for (Map.Entry<String, Holding> e : holdings.entrySet()) {
            Holding h = e.getValue();
            if (h.qty == 0) {
                continue;
            }
            int mult = quotes.get(e.getKey()).multiplier;
            ObjectNode p = a.addObject();
            p.put("asset_id", UUID.nameUUIDFromBytes(e.getKey().getBytes(StandardCharsets.UTF_8)).toString());
            p.put("symbol", e.getKey());
            p.put("exchange", mult == 1 ? "NASDAQ" : "");
            p.put("asset_class", mult == 1 ? "us_equity" : "us_option");
            p.put("avg_entry_price", h.cost.divide(BigDecimal.valueOf(h.qty * mult), 4, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString());
            p.put("qty", Long.toString(h.qty));
            p.put("side", h.qty > 0 ? "long" : "short");
            BigDecimal v = value(e.getKey(), h);
            p.put("market_value", v.toPlainString());
            p.put("cost_basis", h.cost.toPlainString());
            p.put("unrealized_pl", v.subtract(h.cost).toPlainString());
            p.put("current_price", mark(e.getKey()).toPlainString());
        }
        return a;
    }

    private String[] latest(String symbol, String kind, boolean options) {
        Quote q = quotes.get(symbol);
        if (q == null) {
            return error(404, 40410000, "symbol not found");
        }
        ObjectNode item = json.createObjectNode();
        item.put("t", TIME);
        if (kind.equals("quotes")) {
            item.put("ax", "V").put("ap", q.ask).put("as", q.askSize).put("bx", "V").put("bp", q.bid)
                    .put("bs", q.bidSize).put("z", "C");
            item.putArray("c").add("R");
        } else {
            if (Double.isNaN(q.last)) {
                return error(404, 40410000, "no trade");
            }
            item.put("x", "V").put("p", q.last).put("s", 1).put("i", 1).put("z", "C");
        }
        ObjectNode root = json.createObjectNode();
        if (options) {
            root.putObject(kind).set(symbol, item);
        } else {
            root.put("symbol", symbol);
            root.set(kind.equals("quotes") ? "quote" : "trade", item);
        }
        return ok(root);
    }

    // ================================================================ orders

    private Order byClient(String clientOrderId) {
        for (Order o : orders.values()) {
            if (o.request.path("client_order_id").asText().equals(clientOrderId)) {
                return o;
            }
        }
        return null;
    }

    private static boolean isOpen(Order o) {
        return o.status.equals("new") || o.status.equals("partially_filled");
    }

    private String[] submit(String body) {
        ObjectNode r;
        try {
            r = (ObjectNode) json.readTree(body);
        } catch (IOException | ClassCastException e) {
            return error(400, 40010000, "malformed request");
        }
        String client = r.path("client_order_id").asText();
        if (byClient(client) != null) {
            return error(422, 40010001, "client_order_id must be unique");
        }
        boolean mleg = "mleg".equals(r.path("order_class").asText());
        if (!mleg && !quotes.containsKey(r.path("symbol").asText())) {
            return error(422, 40010001, "asset not found");
        }
        Order o = new Order();
        o.id = UUID.nameUUIDFromBytes(("order-" + nextId++).getBytes(StandardCharsets.UTF_8)).toString();
        o.request = r;
        o.qty = Long.parseLong(r.path("qty").asText());
        BigDecimal need = BigDecimal.valueOf(o.qty).multiply(BigDecimal.valueOf(
                r.hasNonNull("limit_price") ? Double.parseDouble(r.get("limit_price").asText())
                        : mleg ? 0 : quotes.get(r.path("symbol").asText()).ask));
        if ("buy".equals(r.path("side").asText()) && need.compareTo(cash) > 0) {
            return error(403, 40310000, "insufficient buying power");
        }
        orders.put(o.id, o);
        event("new", o, 0, null);
        match(o);
        return ok(orderJson(o));
    }

    private void match(Order o) {
        ObjectNode r = o.request;
        if (!isOpen(o)) {
            return;
        }
        if ("mleg".equals(r.path("order_class").asText())) {
            BigDecimal net = BigDecimal.ZERO;
            for (JsonNode leg : r.path("legs")) {
                Quote q = quotes.get(leg.path("symbol").asText());
                long need = o.qty * leg.path("ratio_qty").asLong();
                boolean buy = leg.path("side").asText().equals("buy");
                if (q == null || (buy ? q.askSize : q.bidSize) < need) {
                    return;
                }
                net = net.add(BigDecimal.valueOf(buy ? q.ask : -q.bid).multiply(
                        BigDecimal.valueOf(leg.path("ratio_qty").asLong())));
            }
            if (r.hasNonNull("limit_price") && net.compareTo(new BigDecimal(r.get("limit_price").asText())) > 0) {
                return;
            }
            for (JsonNode leg : r.path("legs")) {
                Quote q = quotes.get(leg.path("symbol").asText());
                boolean buy = leg.path("side").asText().equals("buy");
                long n = o.qty * leg.path("ratio_qty").asLong();
                book(leg.path("symbol").asText(), buy, n, BigDecimal.valueOf(buy ? q.ask : q.bid));
            }
            o.filled = o.qty;
            o.notional = net.multiply(BigDecimal.valueOf(o.qty));
            o.status = "filled";
            event("fill", o, o.qty, net);
            return;
        }
        String symbol = r.path("symbol").asText();
        Quote q = quotes.get(symbol);
        boolean buy = r.path("side").asText().equals("buy");
        String type = r.path("type").asText();
        double px = buy ? q.ask : q.bid;
        boolean marketable = type.equals("market") || type.equals("limit")
                && (buy ? Double.parseDouble(r.get("limit_price").asText()) >= px
                        : Double.parseDouble(r.get("limit_price").asText()) <= px);
        long avail = buy ? q.askSize : q.bidSize;
        long n = Math.min(o.qty - o.filled, avail);
        if (marketable && n > 0) {
            if (buy) {
                q.askSize -= n;
            } else {
                q.bidSize -= n;
            }
            execute(o, n, BigDecimal.valueOf(px), symbol, r.path("side").asText());
        }
    }

    private void execute(Order o, long n, BigDecimal px, String symbol, String side) {
        book(symbol, side.equals("buy"), n, px);
        o.filled += n;
        o.notional = o.notional.add(px.multiply(BigDecimal.valueOf(n)));
        o.status = o.filled == o.qty ? "filled" : "partially_filled";
        event(o.filled == o.qty ? "fill" : "partial_fill", o, n, px);
    }

    private void book(String symbol, boolean buy, long n, BigDecimal px) {
        Quote q = quotes.get(symbol);
        BigDecimal amount = px.multiply(BigDecimal.valueOf(n * q.multiplier));
        Holding h = holdings.computeIfAbsent(symbol, s -> new Holding());
        h.qty += buy ? n : -n;
        h.cost = buy ? h.cost.add(amount) : h.cost.subtract(amount);
        cash = buy ? cash.subtract(amount) : cash.add(amount);
        q.last = px.doubleValue();
    }

    private String[] cancel(Order o) {
        if (!isOpen(o)) {
            return error(422, 42210000, "order is not cancelable");
        }
        o.status = "canceled";
        event("canceled", o, 0, null);
        return new String[] {"204", ""};
    }

    private String[] replace(Order o, String body) {
        if (!isOpen(o)) {
            return error(422, 42210000, "order is not replaceable");
        }
        ObjectNode patch;
        try {
            patch = (ObjectNode) json.readTree(body);
        } catch (IOException | ClassCastException e) {
            return error(400, 40010000, "malformed request");
        }
        if (byClient(patch.path("client_order_id").asText()) != null) {
            return error(422, 40010001, "client_order_id must be unique");
        }
        ObjectNode r = o.request.deepCopy();
        r.setAll(patch);
        Order n = new Order();
        n.id = UUID.nameUUIDFromBytes(("order-" + nextId++).getBytes(StandardCharsets.UTF_8)).toString();
        n.request = r;
        n.qty = Long.parseLong(r.path("qty").asText());
        n.replaces = o.id;
        o.status = "replaced";
        o.replacedBy = n.id;
        orders.put(n.id, n);
        event("replaced", o, 0, null);
        event("new", n, 0, null);
        match(n);
        return ok(orderJson(n));
    }

    private ObjectNode orderJson(Order o) {
        ObjectNode r = o.request;
        ObjectNode j = json.createObjectNode();
        j.put("id", o.id);
        j.put("client_order_id", r.path("client_order_id").asText());
        j.put("created_at", TIME).put("updated_at", TIME).put("submitted_at", TIME);
        j.putNull("filled_at");
        j.putNull("expired_at");
        j.putNull("canceled_at");
        j.putNull("failed_at");
        j.put("replaced_by", o.replacedBy);
        j.put("replaces", o.replaces);
        boolean mleg = "mleg".equals(r.path("order_class").asText());
        j.put("asset_id", UUID.nameUUIDFromBytes(r.path("symbol").asText().getBytes(StandardCharsets.UTF_8))
                .toString());
        j.put("symbol", mleg ? "" : r.path("symbol").asText());
        j.put("asset_class", mleg ? "us_option" : quotes.get(r.path("symbol").asText()).multiplier == 1 ? "us_equity"
                : "us_option");
        j.putNull("notional");
        j.put("qty", Long.toString(o.qty));
        j.put("filled_qty", Long.toString(o.filled));
        if (o.filled > 0) {
            j.put("filled_avg_price", o.notional.divide(BigDecimal.valueOf(o.filled), 4, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString());
        } else {
            j.putNull("filled_avg_price");
        }
        j.put("order_class", mleg ? "mleg" : "");
        j.put("order_type", r.path("type").asText());
        j.put("type", r.path("type").asText());
        if (mleg) {
            j.put("side", "buy");
        } else {
            j.put("side", r.path("side").asText());
        }
        j.put("time_in_force", r.path("time_in_force").asText());
        j.set("limit_price", r.hasNonNull("limit_price") ? r.get("limit_price") : json.nullNode());
        j.set("stop_price", r.hasNonNull("stop_price") ? r.get("stop_price") : json.nullNode());
        j.put("status", o.status);
        j.put("extended_hours", false);
        if (mleg) {
            ArrayNode legs = j.putArray("legs");
            for (JsonNode leg : r.path("legs")) {
                ObjectNode l = legs.addObject();
                l.put("id", UUID.nameUUIDFromBytes((o.id + leg.path("symbol").asText())
                        .getBytes(StandardCharsets.UTF_8)).toString());
                l.put("symbol", leg.path("symbol").asText());
                l.put("side", leg.path("side").asText());
                l.put("ratio_qty", leg.path("ratio_qty").asText());
                l.put("qty", Long.toString(o.qty * leg.path("ratio_qty").asLong()));
                l.put("status", o.status);
                l.put("order_class", "mleg");
                l.put("type", r.path("type").asText());
                l.put("time_in_force", r.path("time_in_force").asText());
            }
        } else {
            j.putNull("legs");
        }
        return j;
    }

    // ================================================================ websocket

    private void event(String event, Order o, long qty, BigDecimal price) {
        ObjectNode m = json.createObjectNode();
        m.put("stream", "trade_updates");
        ObjectNode d = m.putObject("data");
        d.put("event", event);
        d.put("timestamp", TIME);
        if (qty > 0) {
            d.put("execution_id", UUID.nameUUIDFromBytes((o.id + o.filled).getBytes(StandardCharsets.UTF_8))
                    .toString());
            d.put("qty", Long.toString(qty));
            d.put("price", price.stripTrailingZeros().toPlainString());
        }
        d.set("order", orderJson(o));
        push(m.toString());
    }

    private void onSocketMessage(FakeWebSocketServer.Connection c, String message) {
        JsonNode n;
        try {
            n = json.readTree(message);
        } catch (IOException e) {
            c.send("{\"stream\":\"error\",\"data\":{\"error_message\":\"malformed\"}}", binaryFrames);
            return;
        }
        String action = n.path("action").asText();
        if (action.equals("auth")) {
            boolean ok = KEY_ID.equals(n.path("key").asText()) && SECRET.equals(n.path("secret").asText());
            c.send("{\"stream\":\"authorization\",\"data\":{\"action\":\"authenticate\",\"status\":\""
                    + (ok ? "authorized" : "unauthorized") + "\"}}", binaryFrames);
        } else if (action.equals("listen")) {
            c.send("{\"stream\":\"listening\",\"data\":{\"streams\":" + n.path("data").path("streams") + "}}",
                    binaryFrames);
        }
    }
}
