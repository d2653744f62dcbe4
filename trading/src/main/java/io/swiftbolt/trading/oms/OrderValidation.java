package io.swiftbolt.trading.oms;

import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderType;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The static checks every request passes before risk checks: client order id, quantity, prices
 * that fit the order type, known symbols. Failures are {@link Rejection} values.
 *
 * <p>Thread-safe (stateless).
 */
public final class OrderValidation {

    /** The largest quantity of one order (shares, contracts or combination units). */
    public static final long MAX_QUANTITY = 1_000_000_000L;

    private OrderValidation() {
    }

    /**
     * Checks a single-instrument request.
     *
     * @param r          the request
     * @param knowSymbol whether a symbol is a known instrument
     * @return the first problem found, or null if the request is well-formed
     */
    public static Rejection check(OrderRequest r, Predicate<String> knowSymbol) {
        if (r.clientOrderId().isBlank()) {
            return new Rejection(ReasonCode.INVALID_CLIENT_ORDER_ID, "client order id must not be blank");
        }
        if (r.quantity() <= 0 || r.quantity() > MAX_QUANTITY) {
            return new Rejection(ReasonCode.INVALID_QUANTITY,
                    "quantity must be in [1, " + MAX_QUANTITY + "], was " + r.quantity());
        }
        OrderType type = r.type();
        if (type.hasLimit()) {
            if (Double.isNaN(r.limitPrice())) {
                return new Rejection(ReasonCode.MISSING_LIMIT_PRICE, type + " order needs a limit price");
            }
            if (!Money.isValidPrice(r.limitPrice())) {
                return new Rejection(ReasonCode.INVALID_PRICE,
                        "limit price must be positive and finite, was " + r.limitPrice());
            }
        } else if (!Double.isNaN(r.limitPrice())) {
            return new Rejection(ReasonCode.INVALID_PRICE, type + " order takes no limit price, was " + r.limitPrice());
        }
        if (type.hasStop()) {
            if (Double.isNaN(r.stopPrice())) {
                return new Rejection(ReasonCode.MISSING_STOP_PRICE, type + " order needs a stop price");
            }
            if (!Money.isValidPrice(r.stopPrice())) {
                return new Rejection(ReasonCode.INVALID_PRICE,
                        "stop price must be positive and finite, was " + r.stopPrice());
            }
        } else if (!Double.isNaN(r.stopPrice())) {
            return new Rejection(ReasonCode.INVALID_PRICE, type + " order takes no stop price, was " + r.stopPrice());
        }
        if (!knowSymbol.test(r.symbol())) {
            return new Rejection(ReasonCode.UNKNOWN_SYMBOL, "unknown symbol '" + r.symbol() + "'");
        }
        return null;
    }

    /**
     * Checks a multi-leg request.
     *
     * @param r          the request
     * @param knowSymbol whether a symbol is a known instrument
     * @return the first problem found, or null if the request is well-formed
     */
    public static Rejection check(MultiLegRequest r, Predicate<String> knowSymbol) {
        if (r.clientOrderId().isBlank()) {
            return new Rejection(ReasonCode.INVALID_CLIENT_ORDER_ID, "client order id must not be blank");
        }
        if (r.quantity() <= 0 || r.quantity() > MAX_QUANTITY) {
            return new Rejection(ReasonCode.INVALID_QUANTITY,
                    "quantity must be in [1, " + MAX_QUANTITY + "], was " + r.quantity());
        }
        if (r.legs().size() < 2) {
            return new Rejection(ReasonCode.INVALID_LEGS, "a multi-leg order needs at least 2 legs, had "
                    + r.legs().size());
        }
        Set<String> seen = new HashSet<>();
        for (MultiLegRequest.Leg leg : r.legs()) {
            if (leg.ratio() <= 0 || leg.ratio() > 1000) {
                return new Rejection(ReasonCode.INVALID_QUANTITY, "leg ratio must be in [1, 1000], was " + leg.ratio()
                        + " for " + leg.symbol());
            }
            if ((double) leg.ratio() * r.quantity() > MAX_QUANTITY) {
                return new Rejection(ReasonCode.INVALID_QUANTITY, "leg quantity above " + MAX_QUANTITY);
            }
            if (!seen.add(leg.symbol())) {
                return new Rejection(ReasonCode.INVALID_LEGS, "symbol '" + leg.symbol() + "' appears in two legs");
            }
            if (!knowSymbol.test(leg.symbol())) {
                return new Rejection(ReasonCode.UNKNOWN_SYMBOL, "unknown symbol '" + leg.symbol() + "'");
            }
        }
        double net = r.netLimitPrice();
        if (!Double.isNaN(net) && !(Double.isFinite(net) && Math.abs(net) <= Money.MAX_PRICE)) {
            return new Rejection(ReasonCode.INVALID_PRICE, "net limit price must be finite, was " + net);
        }
        return null;
    }
}
