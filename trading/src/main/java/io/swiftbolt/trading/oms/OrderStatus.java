package io.swiftbolt.trading.oms;

/**
 * The life cycle of an order: one state machine for every order the {@link OrderManager} sees.
 *
 * <pre>
 *   PENDING ──► SUBMITTED ──► PARTIAL ──► FILLED
 *      │            │  │         │ ▲ │
 *      ▼            │  └──► FILLED └─┘ (more partial fills)
 *   REJECTED        ▼                ▼
 *         CANCELLED / EXPIRED   CANCELLED / EXPIRED
 * </pre>
 *
 * <p>{@link #canTransitionTo} is the complete list of legal transitions; the order manager refuses
 * any other with an {@link IllegalStateException} (a bug, never a business outcome).
 */
public enum OrderStatus {
    /** Received, being validated and risk-checked; never observed after the submit call returns. */
    PENDING,
    /** Accepted and working (possibly held until its bracket entry fills, or waiting for its stop). */
    SUBMITTED,
    /** Partially filled and still working. */
    PARTIAL,
    /** Completely filled. Terminal. */
    FILLED,
    /** Cancelled by the client, by its group, or as the unfilled rest of an IOC/FOK. Terminal. */
    CANCELLED,
    /** Refused at submission with a reason code; changed nothing. Terminal. */
    REJECTED,
    /** Ran out of time (DAY at the end of the day, an expired option contract). Terminal. */
    EXPIRED;

    /**
     * Whether no further transition is possible.
     *
     * @return true for FILLED, CANCELLED, REJECTED and EXPIRED
     */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }

    /**
     * Whether the order is working (can still fill).
     *
     * @return true for SUBMITTED and PARTIAL
     */
    public boolean isOpen() {
        return this == SUBMITTED || this == PARTIAL;
    }

    /**
     * Whether {@code next} may follow this status.
     *
     * @param next the candidate next status
     * @return true if the transition is legal
     */
    public boolean canTransitionTo(OrderStatus next) {
        switch (this) {
            case PENDING:
                return next == SUBMITTED || next == REJECTED;
            case SUBMITTED:
            case PARTIAL:
                return next == PARTIAL || next == FILLED || next == CANCELLED || next == EXPIRED;
            default:
                return false;
        }
    }
}
