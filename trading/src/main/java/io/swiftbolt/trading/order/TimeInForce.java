package io.swiftbolt.trading.order;

/**
 * How long an order stays working.
 *
 * <ul>
 *   <li>{@link #DAY}: until the end of the trading day, then EXPIRED.</li>
 *   <li>{@link #GTC}: good till cancelled.</li>
 *   <li>{@link #IOC}: immediate or cancel: fills what it can at the first market data it meets
 *       (the current quote if there is one, else the next quote or bar) and the rest is
 *       CANCELLED.</li>
 *   <li>{@link #FOK}: fill or kill: at that same first opportunity fills completely or is
 *       CANCELLED without any fill.</li>
 * </ul>
 */
public enum TimeInForce {
    /** Good for the day. */
    DAY,
    /** Good till cancelled. */
    GTC,
    /** Immediate or cancel. */
    IOC,
    /** Fill or kill. */
    FOK;

    /**
     * Whether the order lives for one matching attempt only.
     *
     * @return true for IOC and FOK
     */
    public boolean isImmediate() {
        return this == IOC || this == FOK;
    }
}
