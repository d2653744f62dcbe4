package io.swiftbolt.trading.order;

/** The side of an order or execution. */
public enum Side {
    /** Buy: adds to a long position or covers a short. */
    BUY,
    /** Sell: reduces a long position or, where the account allows, opens a short. */
    SELL;

    /**
     * The sign of the position change: +1 for a buy, −1 for a sell.
     *
     * @return +1 or −1
     */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    /**
     * The other side.
     *
     * @return SELL for BUY and BUY for SELL
     */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
