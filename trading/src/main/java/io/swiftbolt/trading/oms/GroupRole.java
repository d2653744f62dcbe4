package io.swiftbolt.trading.oms;

/** The part an order plays in a group. */
public enum GroupRole {
    /** A stand-alone order. */
    NONE,
    /** A member of a one-cancels-other pair. */
    OCO,
    /** The entry of a bracket. */
    BRACKET_ENTRY,
    /** The take-profit exit of a bracket (held until the entry fills). */
    BRACKET_TAKE_PROFIT,
    /** The stop-loss exit of a bracket (held until the entry fills). */
    BRACKET_STOP_LOSS;

    /**
     * Whether this is a bracket exit, which is held until its entry is completely filled.
     *
     * @return true for the two exits
     */
    public boolean isBracketExit() {
        return this == BRACKET_TAKE_PROFIT || this == BRACKET_STOP_LOSS;
    }
}
