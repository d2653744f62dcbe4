package io.swiftbolt.rebalancing;

/** The direction of a trade. */
public enum Side {
    /** A purchase. */
    BUY,
    /** A sale. */
    SELL
}
