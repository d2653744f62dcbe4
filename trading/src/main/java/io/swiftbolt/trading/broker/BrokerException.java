package io.swiftbolt.trading.broker;

/**
 * A broker could not be reached or answered something unusable: a network failure or timeout
 * after the retries, an authentication failure, a malformed or unexpected response. Business
 * outcomes (a rejected order, a refused cancel) are values, never this exception.
 *
 * <p>Messages never contain credentials.
 */
public class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what failed, naming the request
     */
    public BrokerException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what failed, naming the request
     * @param cause   the underlying failure
     */
    public BrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
