package io.swiftbolt.trading.alpaca;

import io.swiftbolt.trading.broker.BrokerException;

/**
 * Alpaca could not be used: a request failed after its retries, was refused (401/403, other 4xx
 * that are not order rejections), or answered something malformed or unknown. The message names the
 * request ({@code GET /v2/account}), the HTTP status and Alpaca's own message, never a key.
 */
public final class AlpacaException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    /**
     * An exception.
     *
     * @param message    what failed
     * @param httpStatus the HTTP status, or 0 when there was no response
     * @param cause      the underlying failure, or null
     */
    public AlpacaException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status of the failing response.
     *
     * @return the status, or 0 when there was none (timeout, connection failure, malformed data)
     */
    public int httpStatus() {
        return httpStatus;
    }
}
