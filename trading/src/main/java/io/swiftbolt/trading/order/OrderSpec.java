package io.swiftbolt.trading.order;

/**
 * What a client asks for: a single-instrument {@link OrderRequest} or an all-or-none
 * {@link MultiLegRequest}. Immutable values; validation of business rules (quantity, prices,
 * symbol) happens in the order manager, which rejects bad input with a reason code instead of
 * throwing.
 */
public sealed interface OrderSpec permits OrderRequest, MultiLegRequest {

    /**
     * The client's id of the order, unique per account; a repeated id is rejected.
     *
     * @return the id
     */
    String clientOrderId();

    /**
     * The time in force.
     *
     * @return the TIF
     */
    TimeInForce timeInForce();
}
