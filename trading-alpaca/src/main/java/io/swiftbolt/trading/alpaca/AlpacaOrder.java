package io.swiftbolt.trading.alpaca;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.broker.BrokerOrder;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.OrderSpec;
import java.util.Optional;

/**
 * An order at Alpaca, or a request Alpaca (or this adapter's local checks) refused.
 *
 * <p>Alpaca's statuses map to {@link OrderStatus}: {@code filled} → FILLED; {@code canceled} and
 * {@code replaced} → CANCELLED (reasons {@code BROKER_ENDED}, {@code REPLACED}); {@code expired} →
 * EXPIRED; {@code rejected} → REJECTED; {@code partially_filled} → PARTIAL; the working and
 * intermediate states ({@code new}, {@code accepted}, {@code pending_new}, {@code held},
 * {@code pending_cancel}, {@code pending_replace}, {@code done_for_day}, {@code calculated},
 * {@code stopped}, {@code suspended}, {@code accepted_for_bidding}) → SUBMITTED, or PARTIAL once
 * something filled. Any other status is an error, never guessed.
 *
 * @param id             Alpaca's order id (a UUID), {@link OrderId#NONE} if refused at submission
 * @param spec           the order as Alpaca holds it (or the refused request)
 * @param status         the mapped status
 * @param filledQuantity filled so far
 * @param leavesQuantity still working
 * @param averagePrice   average fill price per share, 0 before any fill
 * @param reason         why it ended, if it did
 * @param brokerStatus   Alpaca's own status word (empty for a local refusal)
 * @param detail         Alpaca's or the local check's message for a refusal, else empty
 */
public record AlpacaOrder(OrderId id, OrderSpec spec, OrderStatus status, long filledQuantity, long leavesQuantity,
                          double averagePrice, Optional<ReasonCode> reason, String brokerStatus, String detail)
        implements BrokerOrder {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first bad argument
     */
    public AlpacaOrder {
        ArgChecks.notNull(id, "id");
        ArgChecks.notNull(spec, "spec");
        ArgChecks.notNull(status, "status");
        ArgChecks.notNull(reason, "reason");
        ArgChecks.notNull(brokerStatus, "brokerStatus");
        ArgChecks.notNull(detail, "detail");
        ArgChecks.check(filledQuantity >= 0, "filledQuantity", filledQuantity, "must not be negative");
        ArgChecks.check(leavesQuantity >= 0, "leavesQuantity", leavesQuantity, "must not be negative");
        ArgChecks.check(Double.isFinite(averagePrice), "averagePrice", averagePrice, "must be finite");
    }

    /**
     * A request refused before it became an order.
     *
     * @param spec   the request
     * @param reason why
     * @param detail the message
     * @return a REJECTED order without an id
     */
    public static AlpacaOrder rejected(OrderSpec spec, ReasonCode reason, String detail) {
        return new AlpacaOrder(OrderId.NONE, spec, OrderStatus.REJECTED, 0, 0, 0.0, Optional.of(reason), "", detail);
    }
}
