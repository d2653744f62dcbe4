package io.swiftbolt.trading.alpaca.internal;

/**
 * Removes the credentials from any text before it is logged or put in an exception message, in
 * case a server echoes them. Immutable and thread-safe.
 */
public final class Redactor {

    private final String keyId;
    private final String secretKey;

    /**
     * A redactor of two secrets.
     *
     * @param keyId     the key id
     * @param secretKey the secret
     */
    public Redactor(String keyId, String secretKey) {
        this.keyId = keyId;
        this.secretKey = secretKey;
    }

    /**
     * The text with every occurrence of either key replaced by {@code ****}.
     *
     * @param text the text, may be null
     * @return the redacted text ({@code ""} for null)
     */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(secretKey, "****").replace(keyId, "****");
    }
}
