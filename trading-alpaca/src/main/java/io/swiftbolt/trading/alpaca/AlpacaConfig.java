package io.swiftbolt.trading.alpaca;

import io.swiftbolt.core.util.ArgChecks;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Where and how to reach Alpaca: credentials, endpoints, timeouts and the retry budget.
 *
 * <p><b>Paper by default.</b> {@link #PAPER_URL} is the default base URL; the live endpoint
 * ({@link #LIVE_URL}) is used only when named explicitly, and {@link AlpacaBroker} refuses it
 * unless live trading was also allowed explicitly ({@code allowLive}).
 *
 * <p><b>Secrets.</b> {@link #toString()} masks both keys; nothing in this module logs or puts them
 * in an exception message. Immutable and thread-safe.
 *
 * @param keyId          the API key id ({@code APCA-API-KEY-ID}), not blank
 * @param secretKey      the API secret ({@code APCA-API-SECRET-KEY}), not blank
 * @param baseUrl        the Trading API's base, without {@code /v2} (paper, live, or a local test server)
 * @param dataUrl        the market-data API's base, without {@code /v2}
 * @param streamUrl      the {@code trade_updates} websocket URL
 * @param feed           the stock quote feed, {@code iex} (free) or {@code sip}
 * @param requestTimeout the timeout of every request (connect and response), positive
 * @param maxAttempts    attempts per request, including the first, 1 to 10
 * @param allowLive      whether the live endpoint may be used
 */
public record AlpacaConfig(String keyId, String secretKey, URI baseUrl, URI dataUrl, URI streamUrl, String feed,
                           Duration requestTimeout, int maxAttempts, boolean allowLive) {

    /** Alpaca's paper-trading endpoint: the default. */
    public static final URI PAPER_URL = URI.create("https://paper-api.alpaca.markets");
    /** Alpaca's live-trading endpoint: real money. */
    public static final URI LIVE_URL = URI.create("https://api.alpaca.markets");
    /** Alpaca's market-data endpoint. */
    public static final URI DATA_URL = URI.create("https://data.alpaca.markets");
    /** The environment variable of the key id. */
    public static final String ENV_KEY_ID = "APCA_API_KEY_ID";
    /** The environment variable of the secret. */
    public static final String ENV_SECRET_KEY = "APCA_API_SECRET_KEY";
    /** The environment variable of the Trading API base URL (default {@link #PAPER_URL}). */
    public static final String ENV_BASE_URL = "APCA_API_BASE_URL";
    /** The environment variable of the market-data base URL (default {@link #DATA_URL}). */
    public static final String ENV_DATA_URL = "APCA_API_DATA_URL";

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first bad argument (never echoing a key)
     */
    public AlpacaConfig {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("keyId must not be blank (set " + ENV_KEY_ID + ")");
        }
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("secretKey must not be blank (set " + ENV_SECRET_KEY + ")");
        }
        baseUrl = checkUrl(baseUrl, "baseUrl", "http", "https");
        dataUrl = checkUrl(dataUrl, "dataUrl", "http", "https");
        streamUrl = checkUrl(streamUrl, "streamUrl", "ws", "wss");
        ArgChecks.check(feed != null && (feed.equals("iex") || feed.equals("sip")), "feed", feed,
                "must be iex or sip");
        ArgChecks.notNull(requestTimeout, "requestTimeout");
        ArgChecks.check(!requestTimeout.isNegative() && !requestTimeout.isZero(), "requestTimeout", requestTimeout,
                "must be positive");
        ArgChecks.inRange(maxAttempts, 1, 10, "maxAttempts");
    }

    /**
     * A paper-trading configuration with the defaults: 10 s timeout, 5 attempts, IEX quotes.
     *
     * @param keyId     the key id
     * @param secretKey the secret
     * @return the configuration
     */
    public static AlpacaConfig paper(String keyId, String secretKey) {
        return of(keyId, secretKey, PAPER_URL, DATA_URL);
    }

    /**
     * A configuration for any Trading API base URL (for example a local test server) with the
     * defaults; live trading is not allowed.
     *
     * @param keyId     the key id
     * @param secretKey the secret
     * @param baseUrl   the Trading API base
     * @param dataUrl   the market-data base
     * @return the configuration
     */
    public static AlpacaConfig of(String keyId, String secretKey, URI baseUrl, URI dataUrl) {
        URI base = checkUrl(baseUrl, "baseUrl", "http", "https");
        return new AlpacaConfig(keyId, secretKey, base, dataUrl, streamFor(base), "iex", Duration.ofSeconds(10), 5,
                false);
    }

    /**
     * The configuration from environment variables: {@value #ENV_KEY_ID}, {@value #ENV_SECRET_KEY},
     * {@value #ENV_BASE_URL} (default {@link #PAPER_URL}) and {@value #ENV_DATA_URL} (default
     * {@link #DATA_URL}). Live trading is not allowed; use {@link #withAllowLive(boolean)}.
     *
     * @param env the environment, e.g. {@code System.getenv()}
     * @return the configuration
     * @throws IllegalArgumentException if a key is missing or a URL malformed
     */
    public static AlpacaConfig fromEnvironment(Map<String, String> env) {
        ArgChecks.notNull(env, "env");
        String base = env.getOrDefault(ENV_BASE_URL, "");
        String data = env.getOrDefault(ENV_DATA_URL, "");
        return of(env.get(ENV_KEY_ID), env.get(ENV_SECRET_KEY), base.isBlank() ? PAPER_URL : parse(base, ENV_BASE_URL),
                data.isBlank() ? DATA_URL : parse(data, ENV_DATA_URL));
    }

    /**
     * This configuration with live trading allowed or not.
     *
     * @param allow whether the live endpoint may be used
     * @return the configuration
     */
    public AlpacaConfig withAllowLive(boolean allow) {
        return new AlpacaConfig(keyId, secretKey, baseUrl, dataUrl, streamUrl, feed, requestTimeout, maxAttempts,
                allow);
    }

    /**
     * This configuration with another request timeout.
     *
     * @param timeout positive
     * @return the configuration
     */
    public AlpacaConfig withRequestTimeout(Duration timeout) {
        return new AlpacaConfig(keyId, secretKey, baseUrl, dataUrl, streamUrl, feed, timeout, maxAttempts, allowLive);
    }

    /**
     * This configuration with another retry budget.
     *
     * @param attempts attempts per request, 1 to 10
     * @return the configuration
     */
    public AlpacaConfig withMaxAttempts(int attempts) {
        return new AlpacaConfig(keyId, secretKey, baseUrl, dataUrl, streamUrl, feed, requestTimeout, attempts,
                allowLive);
    }

    /**
     * This configuration with another websocket URL.
     *
     * @param url a ws or wss URL
     * @return the configuration
     */
    public AlpacaConfig withStreamUrl(URI url) {
        return new AlpacaConfig(keyId, secretKey, baseUrl, dataUrl, url, feed, requestTimeout, maxAttempts, allowLive);
    }

    /**
     * Whether the base URL is Alpaca's live endpoint (real money).
     *
     * @return true for {@link #LIVE_URL}'s host
     */
    public boolean isLive() {
        return LIVE_URL.getHost().equalsIgnoreCase(baseUrl.getHost());
    }

    /**
     * Whether the base URL is Alpaca's paper endpoint.
     *
     * @return true for {@link #PAPER_URL}'s host
     */
    public boolean isPaper() {
        return PAPER_URL.getHost().equalsIgnoreCase(baseUrl.getHost());
    }

    /**
     * The key id with all but its first two characters masked, for display.
     *
     * @return e.g. {@code PK****}
     */
    public String maskedKeyId() {
        return keyId.substring(0, Math.min(2, keyId.length())) + "****";
    }

    /** Masks both keys. */
    @Override
    public String toString() {
        return "AlpacaConfig[keyId=" + maskedKeyId() + ", secretKey=****, baseUrl=" + baseUrl + ", dataUrl=" + dataUrl
                + ", streamUrl=" + streamUrl + ", feed=" + feed + ", requestTimeout=" + requestTimeout
                + ", maxAttempts=" + maxAttempts + ", allowLive=" + allowLive + "]";
    }

    /** The websocket of a Trading API base: same host, ws(s), path {@code /stream}. */
    static URI streamFor(URI base) {
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + base.getRawAuthority() + "/stream");
    }

    private static URI parse(String url, String name) {
        try {
            return URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a URL, was '" + url + "'", e);
        }
    }

    private static URI checkUrl(URI url, String name, String... schemes) {
        ArgChecks.notNull(url, name);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        ArgChecks.check(url.getHost() != null && (scheme.equals(schemes[0]) || scheme.equals(schemes[1])), name, url,
                "must be an absolute " + schemes[0] + " or " + schemes[1] + " URL");
        String s = url.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("/v2") && !scheme.startsWith("ws")) {
            s = s.substring(0, s.length() - 3);
        }
        return URI.create(s);
    }
}
