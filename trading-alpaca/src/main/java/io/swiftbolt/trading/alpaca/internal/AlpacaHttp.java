package io.swiftbolt.trading.alpaca.internal;

import io.swiftbolt.trading.alpaca.AlpacaException;
import io.swiftbolt.trading.alpaca.Sleeper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Alpaca's HTTP transport: authentication headers, a timeout on every request, a rate limit, and
 * retries with exponential backoff and jitter on 429 (honouring {@code Retry-After}), 5xx,
 * timeouts and connection failures, never on other statuses. Thread-safe.
 *
 * <p>Backoff before retry {@code k} (from 1): {@code min(base × 2^(k−1), cap) × u}, {@code u}
 * uniform in [0.5, 1) from the seeded generator; after a 429 at least the {@code Retry-After}
 * seconds, or until {@code X-Ratelimit-Reset} without it (at most 60 s). Nothing it logs or throws
 * contains a key.
 */
public final class AlpacaHttp {

    /** The first backoff. */
    static final Duration BASE_BACKOFF = Duration.ofMillis(250);
    /** The largest backoff. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** The longest Retry-After honoured. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /**
     * A final answer.
     *
     * @param status   the HTTP status
     * @param body     the body
     * @param request  {@code METHOD /path?query}, for messages
     * @param resent   whether an earlier attempt may have reached Alpaca (timeout, connection
     *                 failure or 5xx before this answer)
     */
    public record Response(int status, String body, String request, boolean resent) {
        /**
         * Whether the status is 2xx.
         *
         * @return true on success
         */
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final String keyId;
    private final String secretKey;
    private final Duration timeout;
    private final int maxAttempts;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RateLimiter limiter;
    private final InstantSource clock;
    private final System.Logger log;
    private final Redactor redactor;

    /**
     * A transport.
     *
     * @param client      the HTTP client
     * @param keyId       the key id
     * @param secretKey   the secret
     * @param timeout     the per-request timeout
     * @param maxAttempts attempts per request
     * @param sleeper     how to wait
     * @param random      the jitter's generator (used under this object's lock)
     * @param limiter     the rate limit
     * @param clock       the clock that {@code X-Ratelimit-Reset} is compared with
     * @param log         where to log (never secrets)
     */
    public AlpacaHttp(HttpClient client, String keyId, String secretKey, Duration timeout, int maxAttempts,
                      Sleeper sleeper, RandomGenerator random, RateLimiter limiter, InstantSource clock,
                      System.Logger log) {
        this.client = client;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
        this.random = random;
        this.limiter = limiter;
        this.clock = clock;
        this.log = log;
        this.redactor = new Redactor(keyId, secretKey);
    }

    /**
     * The redactor of this transport's keys.
     *
     * @return the redactor
     */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends a request, retrying as described above.
     *
     * @param method GET, POST, PATCH or DELETE
     * @param uri    the URL
     * @param body   the JSON body, or null
     * @return the final answer: a 2xx, or a status that is not retried
     * @throws AlpacaException when the retries are used up or the thread is interrupted
     */
    public Response send(String method, URI uri, String body) {
        String what = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        boolean resent = false;
        String last = "";
        int lastStatus = 0;
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration retryAfter = Duration.ZERO;
            try {
                Duration waited = limiter.acquire();
                if (!waited.isZero()) {
                    log.log(Level.INFO, "{0}: waited {1} ms for the rate limit", what, waited.toMillis());
                }
                HttpResponse<String> r = client.send(request(method, uri, body), HttpResponse.BodyHandlers.ofString(
                        StandardCharsets.UTF_8));
                int status = r.statusCode();
                log.log(Level.DEBUG, "{0} -> {1} (attempt {2})", what, status, attempt);
                if (status != 429 && status < 500) {
                    return new Response(status, r.body(), what, resent);
                }
                lastStatus = status;
                lastCause = null;
                last = "HTTP " + status + describeBody(r.body());
                if (status == 429) {
                    retryAfter = retryAfter(r.headers().firstValue("Retry-After"),
                            r.headers().firstValue("X-Ratelimit-Reset"));
                } else {
                    resent = true;
                }
            } catch (HttpTimeoutException e) {
                resent = true;
                lastStatus = 0;
                lastCause = e;
                last = "no answer within " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                resent = true;
                lastStatus = 0;
                lastCause = e;
                last = "connection failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AlpacaException(what + ": interrupted", 0, e);
            }
            if (attempt < maxAttempts) {
                Duration wait = backoff(attempt);
                if (wait.compareTo(retryAfter) < 0) {
                    wait = retryAfter;
                }
                log.log(Level.WARNING, "{0}: {1}; retry {2} of {3} in {4} ms", what, redactor.clean(last), attempt,
                        maxAttempts - 1, wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AlpacaException(what + ": interrupted", 0, e);
                }
            }
        }
        throw new AlpacaException(what + ": " + redactor.clean(last) + " (after " + maxAttempts + " attempts)",
                lastStatus, lastCause == null ? null : new IOException(
                lastCause.getClass().getSimpleName() + ": " + redactor.clean(lastCause.getMessage())));
    }

    /**
     * Alpaca's error message in a body, for messages: {@code " <message> (code <code>)"} or the
     * start of a non-JSON body.
     *
     * @param body the body
     * @return the description, redacted, starting with a space, or empty
     */
    public String describeBody(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Optional<String> m = AlpacaJson.errorMessage(body);
        String text = m.orElseGet(() -> body.length() > 200 ? body.substring(0, 200) + "…" : body);
        return " " + redactor.clean(text.strip());
    }

    private HttpRequest request(String method, URI uri, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("APCA-API-KEY-ID", keyId)
                .header("APCA-API-SECRET-KEY", secretKey)
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return b.method(method.toUpperCase(Locale.ROOT), p).build();
    }

    private synchronized Duration backoff(int attempt) {
        long base = Math.min(BASE_BACKOFF.toMillis() << Math.min(attempt - 1, 20), MAX_BACKOFF.toMillis());
        return Duration.ofMillis((long) (base * (0.5 + 0.5 * random.nextDouble())));
    }

    /**
     * How long a 429 asks to wait: {@code Retry-After} seconds, else until {@code X-Ratelimit-Reset}
     * (epoch seconds, which Alpaca sends with its 200-per-minute limit), at most 60 s; zero when
     * neither is usable (the backoff applies).
     */
    private Duration retryAfter(Optional<String> retryAfter, Optional<String> reset) {
        Duration d = Duration.ZERO;
        try {
            if (retryAfter.isPresent()) {
                d = Duration.ofSeconds(Math.max(Long.parseLong(retryAfter.get().trim()), 0));
            } else if (reset.isPresent()) {
                long wait = Long.parseLong(reset.get().trim()) - clock.instant().getEpochSecond();
                d = Duration.ofSeconds(Math.max(wait, 0));
            }
        } catch (NumberFormatException e) {
            return Duration.ZERO; // an HTTP-date or garbage: fall back to the backoff
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }
}
