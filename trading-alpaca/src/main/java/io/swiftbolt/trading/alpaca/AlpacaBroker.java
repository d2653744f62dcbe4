package io.swiftbolt.trading.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.alpaca.internal.AlpacaHttp;
import io.swiftbolt.trading.alpaca.internal.AlpacaJson;
import io.swiftbolt.trading.alpaca.internal.RateLimiter;
import io.swiftbolt.trading.alpaca.internal.TradeUpdateStream;
import io.swiftbolt.trading.broker.BrokerInterface;
import io.swiftbolt.trading.broker.LatestQuote;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.broker.OrderUpdateListener;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.oms.OrderValidation;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.oms.Rejection;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderSpec;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A {@link BrokerInterface} over Alpaca's Trading API v2 ({@code /v2/account}, {@code /v2/positions},
 * {@code /v2/orders}), its market-data API (latest stock quotes and trades at
 * {@code /v2/stocks/{symbol}/…/latest}, option quotes and trades at
 * {@code /v1beta1/options/…/latest}) and its {@code trade_updates} websocket.
 *
 * <h2>Safety</h2>
 * <ul>
 *   <li>Paper by default; the live endpoint only with {@link AlpacaConfig#withAllowLive(boolean)}.</li>
 *   <li>Keys go only into the two authentication headers and the websocket's auth message: never
 *       into logs, {@code toString} or exception messages (any server text is redacted).</li>
 *   <li>Every request has the configured timeout. 429 (honouring {@code Retry-After}), 5xx,
 *       timeouts and connection failures are retried with exponential backoff and seeded jitter, up
 *       to {@link AlpacaConfig#maxAttempts()}; other 4xx never are. A client-side limit keeps to
 *       Alpaca's documented 200 requests per minute (trading and market data counted apart; per
 *       broker instance, so use one instance per account).</li>
 *   <li><b>One intent, one order.</b> A submit (or replace) that is retried after a timeout or a 5xx
 *       sends the same {@code client_order_id}; if Alpaca answers that the id is already used, the
 *       earlier attempt got through, and the existing order is fetched
 *       ({@code GET /v2/orders:by_client_order_id}) and returned. A first attempt that meets a used id
 *       is the caller's repeated intent: REJECTED with {@code DUPLICATE_CLIENT_ORDER_ID}.</li>
 * </ul>
 *
 * <h2>Outcomes</h2>
 * Locally invalid requests (quantity, prices, client id over 48 characters) and Alpaca's order
 * refusals (422/400, 403 for buying power or quantity) are REJECTED {@link AlpacaOrder}s with a
 * reason and Alpaca's message in {@link AlpacaOrder#detail()}. Infrastructure failures, 401 and
 * other 403s, malformed JSON and unknown statuses are {@link AlpacaException}s. Quantities are whole
 * shares or contracts; a fractional one in a response is an error.
 *
 * <p>Thread-safe: requests may be sent from several threads; updates arrive on the websocket's
 * thread.
 */
public final class AlpacaBroker implements BrokerInterface {

    /** Alpaca's documented limit of requests per minute per account. */
    public static final int REQUESTS_PER_MINUTE = 200;

    private static final Pattern OCC_OPTION = Pattern.compile("[A-Z]{1,6}\\d{6}[CP]\\d{8}");
    private static final Pattern ORDER_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private final AlpacaConfig config;
    private final HttpClient client;
    private final AlpacaHttp trading;
    private final AlpacaHttp data;
    private final InstantSource clock;
    private final System.Logger log;

    private AlpacaBroker(Builder b) {
        this.config = b.config;
        this.clock = b.clock;
        this.log = b.logger;
        this.client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
        SplittableRandom root = new SplittableRandom(b.seed);
        this.trading = new AlpacaHttp(client, config.keyId(), config.secretKey(), config.requestTimeout(),
                config.maxAttempts(), b.sleeper, root.split(),
                new RateLimiter(b.requestsPerMinute, Duration.ofMinutes(1), clock, b.sleeper), clock, log);
        this.data = new AlpacaHttp(client, config.keyId(), config.secretKey(), config.requestTimeout(),
                config.maxAttempts(), b.sleeper, root.split(),
                new RateLimiter(b.requestsPerMinute, Duration.ofMinutes(1), clock, b.sleeper), clock, log);
    }

    /**
     * A builder; a configuration is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration (keys masked in its {@code toString}).
     *
     * @return the configuration
     */
    public AlpacaConfig config() {
        return config;
    }

    // ================================================================ account

    /**
     * Checks the keys and the endpoint with {@code GET /v2/account}; logs whether it is paper or
     * live (never the keys).
     *
     * @throws AlpacaException if Alpaca is unreachable, refuses the keys, or the account is not ACTIVE
     */
    @Override
    public void connect() {
        AlpacaAccount a = account();
        if (!"ACTIVE".equals(a.status())) {
            throw new AlpacaException("GET /v2/account: account status is " + a.status() + ", not ACTIVE", 0, null);
        }
        log.log(Level.INFO, "connected to Alpaca {0} at {1} with key {2}", config.isLive() ? "LIVE"
                : config.isPaper() ? "paper" : "(custom endpoint)", config.baseUrl(), config.maskedKeyId());
    }

    @Override
    public AlpacaAccount account() {
        return AlpacaJson.account(getJson(trading, trade("/v2/account")), "GET /v2/account");
    }

    @Override
    public List<AlpacaPosition> positions() {
        return AlpacaJson.positions(getJson(trading, trade("/v2/positions")), "GET /v2/positions");
    }

    // ================================================================ market data

    /**
     * {@inheritDoc} Stocks from {@code /v2/stocks/{symbol}/quotes/latest} and
     * {@code /trades/latest} with the configured feed; OCC option symbols from
     * {@code /v1beta1/options/quotes/latest} and {@code /trades/latest}. A part Alpaca has no data
     * for (404, or absent) is NaN; empty when it has neither.
     */
    @Override
    public Optional<LatestQuote> latestQuote(String symbol) {
        ArgChecks.notBlank(symbol, "symbol");
        boolean option = OCC_OPTION.matcher(symbol).matches();
        String enc = URLEncoder.encode(symbol, StandardCharsets.UTF_8);
        JsonNode quote;
        JsonNode trade;
        if (option) {
            quote = optionalJson(data.send("GET", dataUri("/v1beta1/options/quotes/latest?symbols=" + enc), null))
                    .path("quotes").path(symbol);
            trade = optionalJson(data.send("GET", dataUri("/v1beta1/options/trades/latest?symbols=" + enc), null))
                    .path("trades").path(symbol);
        } else {
            String feed = "?feed=" + config.feed();
            quote = optionalJson(data.send("GET", dataUri("/v2/stocks/" + enc + "/quotes/latest" + feed), null))
                    .path("quote");
            trade = optionalJson(data.send("GET", dataUri("/v2/stocks/" + enc + "/trades/latest" + feed), null))
                    .path("trade");
        }
        boolean hasQuote = quote.isObject() && quote.hasNonNull("bp") && quote.hasNonNull("ap");
        boolean hasTrade = trade.isObject() && trade.hasNonNull("p") && trade.path("p").asDouble() > 0;
        if (!hasQuote && !hasTrade) {
            return Optional.empty();
        }
        String what = "latest quote of " + symbol;
        Instant qt = hasQuote && quote.hasNonNull("t") ? AlpacaJson.instant(quote.get("t").asText(), what) : null;
        Instant tt = hasTrade && trade.hasNonNull("t") ? AlpacaJson.instant(trade.get("t").asText(), what) : null;
        Instant time = qt == null ? tt : tt == null ? qt : (qt.isAfter(tt) ? qt : tt);
        try {
            return Optional.of(new LatestQuote(symbol, hasQuote ? quote.get("bp").asDouble() : Double.NaN,
                    hasQuote ? quote.path("bs").asLong(0) : 0, hasQuote ? quote.get("ap").asDouble() : Double.NaN,
                    hasQuote ? quote.path("as").asLong(0) : 0, hasTrade ? trade.get("p").asDouble() : Double.NaN,
                    time == null ? clock.instant() : time));
        } catch (IllegalArgumentException e) {
            throw new AlpacaException(what + ": invalid data: " + e.getMessage(), 0, null);
        }
    }

    // ================================================================ orders

    @Override
    public AlpacaOrder submit(OrderRequest request) {
        ArgChecks.notNull(request, "request");
        return placeValid("POST", trade("/v2/orders"), request, OrderValidation.check(request, s -> true),
                AlpacaJson.orderBody(request));
    }

    @Override
    public AlpacaOrder submitMultiLeg(MultiLegRequest request) {
        ArgChecks.notNull(request, "request");
        return placeValid("POST", trade("/v2/orders"), request, OrderValidation.check(request, s -> true),
                AlpacaJson.orderBody(request));
    }

    /**
     * {@inheritDoc} Reads the original first ({@code GET /v2/orders/{id}}) to refuse, without
     * sending anything, an unknown or ended order or a change of symbol, side or type; then
     * {@code PATCH /v2/orders/{id}} with quantity, time in force, prices and the new client order id.
     */
    @Override
    public AlpacaOrder replace(OrderId orderId, OrderRequest replacement) {
        ArgChecks.notNull(orderId, "orderId");
        ArgChecks.notNull(replacement, "replacement");
        Optional<AlpacaOrder> original = order(orderId);
        if (original.isEmpty()) {
            return AlpacaOrder.rejected(replacement, ReasonCode.UNKNOWN_ORDER, "no order with id '" + orderId + "'");
        }
        AlpacaOrder old = original.get();
        if (!old.status().isOpen()) {
            return AlpacaOrder.rejected(replacement, ReasonCode.ORDER_NOT_OPEN, "order " + orderId + " is "
                    + old.brokerStatus());
        }
        if (!(old.spec() instanceof OrderRequest r) || !r.symbol().equals(replacement.symbol())
                || r.side() != replacement.side() || r.type() != replacement.type()) {
            return AlpacaOrder.rejected(replacement, ReasonCode.NOT_REPLACEABLE, "order " + orderId
                    + " is multi-leg, or the replacement changes its symbol, side or type");
        }
        return placeValid("PATCH", trade("/v2/orders/" + orderId.value()), replacement,
                OrderValidation.check(replacement, s -> true), AlpacaJson.replaceBody(replacement));
    }

    /**
     * {@inheritDoc} {@code DELETE /v2/orders/{id}}: 204 → accepted (Alpaca then reports the
     * cancellation, possibly after {@code pending_cancel}); 404 → {@code UNKNOWN_ORDER}; 422 →
     * {@code ORDER_NOT_OPEN}, unless an earlier attempt of this call may have gone through and the
     * order is now cancelled or pending cancel.
     */
    @Override
    public CancelResult cancel(OrderId orderId) {
        ArgChecks.notNull(orderId, "orderId");
        if (!ORDER_ID.matcher(orderId.value()).matches()) {
            return new CancelResult(orderId, false, ReasonCode.UNKNOWN_ORDER);
        }
        AlpacaHttp.Response r = trading.send("DELETE", trade("/v2/orders/" + orderId.value()), null);
        if (r.ok()) {
            return new CancelResult(orderId, true, ReasonCode.USER_CANCELLED);
        }
        if (r.status() == 404) {
            return new CancelResult(orderId, false, ReasonCode.UNKNOWN_ORDER);
        }
        if (r.status() == 422) {
            if (r.resent()) {
                Optional<AlpacaOrder> now = order(orderId);
                if (now.isPresent() && ("canceled".equals(now.get().brokerStatus())
                        || "pending_cancel".equals(now.get().brokerStatus()))) {
                    return new CancelResult(orderId, true, ReasonCode.USER_CANCELLED);
                }
            }
            return new CancelResult(orderId, false, ReasonCode.ORDER_NOT_OPEN);
        }
        throw failure(r);
    }

    @Override
    public Optional<AlpacaOrder> order(OrderId orderId) {
        ArgChecks.notNull(orderId, "orderId");
        if (!ORDER_ID.matcher(orderId.value()).matches()) {
            return Optional.empty();
        }
        return fetchOrder(trade("/v2/orders/" + orderId.value() + "?nested=true"));
    }

    @Override
    public Optional<AlpacaOrder> orderByClientId(String clientOrderId) {
        ArgChecks.notBlank(clientOrderId, "clientOrderId");
        return fetchOrder(byClientId(clientOrderId));
    }

    /**
     * {@inheritDoc} {@code GET /v2/orders?status=open&direction=asc&limit=500&nested=true}: at most
     * 500 orders; a multi-leg order comes with its legs rolled up under it.
     */
    @Override
    public List<AlpacaOrder> openOrders() {
        String path = "/v2/orders?status=open&direction=asc&limit=500&nested=true";
        return AlpacaJson.orders(getJson(trading, trade(path)), "GET " + path);
    }

    /**
     * {@inheritDoc} Opens the {@code trade_updates} websocket at {@link AlpacaConfig#streamUrl()} and
     * returns once Alpaca confirms it is listening. Does not reconnect: after
     * {@link OrderUpdateListener#onError} subscribe again and reconcile with {@link #openOrders()}.
     */
    @Override
    public Subscription orderUpdates(OrderUpdateListener listener) {
        ArgChecks.notNull(listener, "listener");
        return TradeUpdateStream.open(client, config.streamUrl(), config.keyId(), config.secretKey(),
                config.requestTimeout(), clock, trading.redactor(), log, listener);
    }

    @Override
    public String toString() {
        return "AlpacaBroker[" + config + "]";
    }

    // ================================================================ helpers

    /** Sends an order (POST or PATCH) and turns the answer into an order or a rejection. */
    private AlpacaOrder place(String method, URI uri, String body, OrderSpec spec) {
        AlpacaHttp.Response r = trading.send(method, uri, body);
        if (r.ok()) {
            return AlpacaJson.order(AlpacaJson.parse(r.body(), r.request(), trading.redactor()), r.request());
        }
        String message = trading.describeBody(r.body()).strip();
        String lower = message.toLowerCase(Locale.ROOT);
        if ((r.status() == 422 || r.status() == 409 || r.status() == 400) && lower.contains("client_order_id")
                && (lower.contains("unique") || lower.contains("duplicate") || lower.contains("already"))) {
            if (r.resent()) {
                log.log(Level.INFO, "{0}: client order id {1} already placed by an earlier attempt; fetching it",
                        r.request(), spec.clientOrderId());
                return fetchOrder(byClientId(spec.clientOrderId())).orElseThrow(() -> new AlpacaException(
                        r.request() + ": Alpaca says client order id '" + spec.clientOrderId()
                                + "' is used, but has no order with it", r.status(), null));
            }
            return AlpacaOrder.rejected(spec, ReasonCode.DUPLICATE_CLIENT_ORDER_ID, message);
        }
        if (r.status() == 403 && lower.contains("buying power")) {
            return AlpacaOrder.rejected(spec, ReasonCode.INSUFFICIENT_BUYING_POWER, message);
        }
        if (r.status() == 403 && (lower.contains("insufficient qty") || lower.contains("insufficient quantity"))) {
            return AlpacaOrder.rejected(spec, ReasonCode.INSUFFICIENT_POSITION, message);
        }
        if (r.status() == 422 || r.status() == 400) {
            return AlpacaOrder.rejected(spec, ReasonCode.BROKER_REJECTED, message);
        }
        throw failure(r);
    }

    private Optional<AlpacaOrder> fetchOrder(URI uri) {
        AlpacaHttp.Response r = trading.send("GET", uri, null);
        if (r.status() == 404) {
            return Optional.empty();
        }
        if (!r.ok()) {
            throw failure(r);
        }
        return Optional.of(AlpacaJson.order(AlpacaJson.parse(r.body(), r.request(), trading.redactor()),
                r.request()));
    }

    private JsonNode getJson(AlpacaHttp http, URI uri) {
        AlpacaHttp.Response r = http.send("GET", uri, null);
        if (!r.ok()) {
            throw failure(r);
        }
        return AlpacaJson.parse(r.body(), r.request(), http.redactor());
    }

    /** A market-data answer, or a missing node for 404 (no data for the symbol). */
    private JsonNode optionalJson(AlpacaHttp.Response r) {
        if (r.status() == 404) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!r.ok()) {
            throw failure(r);
        }
        return AlpacaJson.parse(r.body(), r.request(), data.redactor());
    }

    private AlpacaException failure(AlpacaHttp.Response r) {
        String hint = switch (r.status()) {
            case 401, 403 -> "; check " + AlpacaConfig.ENV_KEY_ID + ", " + AlpacaConfig.ENV_SECRET_KEY
                    + " and that the keys belong to " + config.baseUrl();
            case 404 -> "; check the base URL " + config.baseUrl();
            default -> "";
        };
        return new AlpacaException(r.request() + ": HTTP " + r.status() + trading.describeBody(r.body()) + hint,
                r.status(), null);
    }

    /** Refuses locally what fails validation or Alpaca's 48-character client id limit, else places. */
    private AlpacaOrder placeValid(String method, URI uri, OrderSpec spec, Rejection validation, String body) {
        Rejection local = validation;
        if (local == null && spec.clientOrderId().length() > 48) {
            local = new Rejection(ReasonCode.INVALID_CLIENT_ORDER_ID, "client order id must be at most 48 "
                    + "characters for Alpaca, was " + spec.clientOrderId().length());
        }
        if (local != null) {
            return AlpacaOrder.rejected(spec, local.reason(), local.detail());
        }
        return place(method, uri, body, spec);
    }

    private URI byClientId(String clientOrderId) {
        return trade("/v2/orders:by_client_order_id?client_order_id="
                + URLEncoder.encode(clientOrderId, StandardCharsets.UTF_8));
    }

    private URI trade(String pathAndQuery) {
        return URI.create(config.baseUrl() + pathAndQuery);
    }

    private URI dataUri(String pathAndQuery) {
        return URI.create(config.dataUrl() + pathAndQuery);
    }

    // ================================================================ builder

    /**
     * Configures an {@link AlpacaBroker}. Not thread-safe; the broker it builds is.
     */
    public static final class Builder {
        private AlpacaConfig config;
        private Sleeper sleeper = Sleeper.system();
        private InstantSource clock = InstantSource.system();
        private long seed = 0x5B1F7L;
        private int requestsPerMinute = REQUESTS_PER_MINUTE;
        private System.Logger logger = System.getLogger("io.swiftbolt.trading.alpaca");
        private HttpClient client;

        private Builder() {
        }

        /**
         * The configuration (required).
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(AlpacaConfig config) {
            this.config = ArgChecks.notNull(config, "config");
            return this;
        }

        /**
         * How to wait between retries and for the rate limit (default: {@link Thread#sleep}).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = ArgChecks.notNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The clock of the rate limit and of updates without a timestamp (default: the system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(InstantSource clock) {
            this.clock = ArgChecks.notNull(clock, "clock");
            return this;
        }

        /**
         * The seed of the backoff jitter.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The client-side rate limit (default {@value AlpacaBroker#REQUESTS_PER_MINUTE}, Alpaca's).
         *
         * @param limit requests per minute, 1 to 10,000
         * @return this builder
         */
        public Builder requestsPerMinute(int limit) {
            this.requestsPerMinute = ArgChecks.inRange(limit, 1, 10_000, "requestsPerMinute");
            return this;
        }

        /**
         * Where to log (default {@code System.getLogger("io.swiftbolt.trading.alpaca")}); nothing
         * logged contains a key.
         *
         * @param logger the logger
         * @return this builder
         */
        public Builder logger(System.Logger logger) {
            this.logger = ArgChecks.notNull(logger, "logger");
            return this;
        }

        /**
         * The HTTP client (default: a new one with the configured connect timeout).
         *
         * @param client the client
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.client = ArgChecks.notNull(client, "client");
            return this;
        }

        /**
         * Builds the broker. Sends nothing; call {@link AlpacaBroker#connect()} to check the keys.
         *
         * @return the broker
         * @throws IllegalArgumentException if no configuration was set, or it names the live endpoint
         *                                  without allowing live trading
         */
        public AlpacaBroker build() {
            ArgChecks.notNull(config, "config");
            if (config.isLive() && !config.allowLive()) {
                throw new IllegalArgumentException("baseUrl " + config.baseUrl() + " is Alpaca's LIVE endpoint "
                        + "(real money); allow it explicitly with AlpacaConfig.withAllowLive(true), or use "
                        + AlpacaConfig.PAPER_URL);
            }
            return new AlpacaBroker(this);
        }
    }
}
