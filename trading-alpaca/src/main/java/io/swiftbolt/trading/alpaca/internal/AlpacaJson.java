package io.swiftbolt.trading.alpaca.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swiftbolt.trading.alpaca.AlpacaAccount;
import io.swiftbolt.trading.alpaca.AlpacaException;
import io.swiftbolt.trading.alpaca.AlpacaOrder;
import io.swiftbolt.trading.alpaca.AlpacaPosition;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderSpec;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alpaca's JSON shapes, both ways, with Jackson's tree model (no reflection). Every parse checks
 * what it reads: a missing field, a malformed number, a fractional quantity or an unknown status,
 * type, side or time in force is an {@link AlpacaException} naming the field and the request, never
 * a guess. Stateless and thread-safe.
 */
public final class AlpacaJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Alpaca statuses of orders that are still working (or may resume), by fill. */
    private static final Set<String> WORKING = Set.of("new", "accepted", "pending_new", "accepted_for_bidding",
            "held", "pending_cancel", "pending_replace", "done_for_day", "calculated", "stopped", "suspended");

    /** What an Alpaca status that fixes the order's state maps to; {@code reason} may be null. */
    private record End(OrderStatus status, ReasonCode reason) {
    }

    private static final Map<String, End> ENDS = Map.of(
            "filled", new End(OrderStatus.FILLED, null),
            "partially_filled", new End(OrderStatus.PARTIAL, null),
            "canceled", new End(OrderStatus.CANCELLED, ReasonCode.BROKER_ENDED),
            "replaced", new End(OrderStatus.CANCELLED, ReasonCode.REPLACED),
            "expired", new End(OrderStatus.EXPIRED, ReasonCode.BROKER_ENDED),
            "rejected", new End(OrderStatus.REJECTED, ReasonCode.BROKER_REJECTED));

    private AlpacaJson() {
    }

    /**
     * Parses a body.
     *
     * @param body    the text
     * @param request the request it answered, for messages
     * @param r       the redactor for messages
     * @return the tree
     * @throws AlpacaException if the body is not JSON
     */
    public static JsonNode parse(String body, String request, Redactor r) {
        try {
            JsonNode n = MAPPER.readTree(body == null ? "" : body);
            if (n == null || n.isMissingNode()) {
                throw new AlpacaException(request + ": malformed JSON: empty body", 0, null);
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new AlpacaException(request + ": malformed JSON: " + r.clean(e.getOriginalMessage()), 0, null);
        }
    }

    /**
     * Alpaca's {@code message} in an error body, if it is JSON with one.
     *
     * @param body the body
     * @return the message with its code, if any
     */
    public static Optional<String> errorMessage(String body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n != null && n.hasNonNull("message")) {
                return Optional.of(n.get("message").asText() + (n.hasNonNull("code") ? " (code "
                        + n.get("code").asText() + ")" : ""));
            }
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    // ============================================================ requests

    /**
     * The body of {@code POST /v2/orders} for a single-instrument order.
     *
     * @param r the request
     * @return the JSON
     */
    public static String orderBody(OrderRequest r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("symbol", r.symbol());
        o.put("qty", Long.toString(r.quantity()));
        o.put("side", r.side().name().toLowerCase(Locale.ROOT));
        o.put("type", r.type().name().toLowerCase(Locale.ROOT));
        o.put("time_in_force", r.timeInForce().name().toLowerCase(Locale.ROOT));
        prices(o, r);
        o.put("client_order_id", r.clientOrderId());
        return o.toString();
    }

    /**
     * The body of {@code POST /v2/orders} for a multi-leg option order ({@code order_class: mleg}).
     * The net limit price is sent as Alpaca's {@code limit_price}, a signed net debit per unit.
     *
     * @param r the request
     * @return the JSON
     */
    public static String orderBody(MultiLegRequest r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("order_class", "mleg");
        o.put("qty", Long.toString(r.quantity()));
        boolean market = Double.isNaN(r.netLimitPrice());
        o.put("type", market ? "market" : "limit");
        if (!market) {
            o.put("limit_price", decimal(r.netLimitPrice()));
        }
        o.put("time_in_force", r.timeInForce().name().toLowerCase(Locale.ROOT));
        o.put("client_order_id", r.clientOrderId());
        ArrayNode legs = o.putArray("legs");
        for (MultiLegRequest.Leg leg : r.legs()) {
            ObjectNode l = legs.addObject();
            l.put("symbol", leg.symbol());
            l.put("side", leg.side().name().toLowerCase(Locale.ROOT));
            l.put("ratio_qty", Integer.toString(leg.ratio()));
        }
        return o.toString();
    }

    /**
     * The body of {@code PATCH /v2/orders/{id}}: quantity, time in force, prices and the new client
     * order id.
     *
     * @param r the replacement
     * @return the JSON
     */
    public static String replaceBody(OrderRequest r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("qty", Long.toString(r.quantity()));
        o.put("time_in_force", r.timeInForce().name().toLowerCase(Locale.ROOT));
        prices(o, r);
        o.put("client_order_id", r.clientOrderId());
        return o.toString();
    }

    private static void prices(ObjectNode o, OrderRequest r) {
        if (r.type().hasLimit()) {
            o.put("limit_price", decimal(r.limitPrice()));
        }
        if (r.type().hasStop()) {
            o.put("stop_price", decimal(r.stopPrice()));
        }
    }

    /**
     * A price as Alpaca's decimal string, without exponent or trailing zeros.
     *
     * @param price a finite price
     * @return e.g. {@code "101.25"}
     */
    public static String decimal(double price) {
        return BigDecimal.valueOf(price).stripTrailingZeros().toPlainString();
    }

    // ============================================================ responses

    /**
     * An account.
     *
     * @param n       the JSON
     * @param request the request, for messages
     * @return the account
     */
    public static AlpacaAccount account(JsonNode n, String request) {
        Reader in = new Reader(n, request, "account");
        return new AlpacaAccount(in.text("status"), in.text("currency"), in.units("cash", true),
                in.units("equity", true), in.units("buying_power", true), in.units("long_market_value", false),
                in.units("short_market_value", false), n.path("trading_blocked").asBoolean(false));
    }

    /**
     * The positions of {@code GET /v2/positions}.
     *
     * @param n       the JSON array
     * @param request the request, for messages
     * @return the positions, sorted by symbol
     */
    public static List<AlpacaPosition> positions(JsonNode n, String request) {
        if (!n.isArray()) {
            throw new AlpacaException(request + ": expected a JSON array of positions", 0, null);
        }
        List<AlpacaPosition> out = new ArrayList<>();
        for (JsonNode p : n) {
            Reader in = new Reader(p, request, "position");
            String symbol = in.text("symbol");
            long qty = in.quantity("qty");
            if ("short".equals(p.path("side").asText()) && qty > 0) {
                qty = -qty;
            }
            out.add(new AlpacaPosition(symbol, p.path("asset_class").asText(""), qty,
                    in.units("avg_entry_price", true), in.units("cost_basis", true), in.units("current_price", false),
                    in.units("market_value", true), in.units("unrealized_pl", false)));
        }
        out.sort((a, b) -> a.symbol().compareTo(b.symbol()));
        return out;
    }

    /**
     * A list of orders.
     *
     * @param n       the JSON array
     * @param request the request, for messages
     * @return the orders
     */
    public static List<AlpacaOrder> orders(JsonNode n, String request) {
        if (!n.isArray()) {
            throw new AlpacaException(request + ": expected a JSON array of orders", 0, null);
        }
        List<AlpacaOrder> out = new ArrayList<>();
        for (JsonNode o : n) {
            out.add(order(o, request));
        }
        return out;
    }

    /**
     * An order.
     *
     * @param n       the JSON
     * @param request the request, for messages
     * @return the order
     * @throws AlpacaException if a field is missing or malformed, or the status, type, side or
     *                         time in force is not one this adapter knows
     */
    public static AlpacaOrder order(JsonNode n, String request) {
        Reader in = new Reader(n, request, "order");
        String id = in.text("id");
        String clientId = in.text("client_order_id");
        String where = "order " + id;
        long qty = in.quantity("qty");
        long filled = n.hasNonNull("filled_qty") ? in.quantity("filled_qty") : 0;
        TimeInForce tif = in.enumValue("time_in_force", TimeInForce.class);
        String typeField = n.hasNonNull("type") ? "type" : "order_type";
        OrderType type = in.enumValue(typeField, OrderType.class);
        OrderSpec spec;
        if ("mleg".equals(n.path("order_class").asText())) {
            JsonNode legsNode = n.path("legs");
            if (!legsNode.isArray() || legsNode.isEmpty()) {
                throw new AlpacaException(request + ": " + where + " is mleg without legs", 0, null);
            }
            List<MultiLegRequest.Leg> legs = new ArrayList<>();
            for (JsonNode l : legsNode) {
                Reader li = new Reader(l, request, where + " leg");
                long ratio = li.quantity("ratio_qty");
                if (ratio > Integer.MAX_VALUE) {
                    throw new AlpacaException(request + ": " + where + " leg ratio_qty too large: " + ratio, 0, null);
                }
                legs.add(new MultiLegRequest.Leg(li.text("symbol"), li.enumValue("side", Side.class), (int) ratio));
            }
            double limit = type == OrderType.LIMIT ? in.price("limit_price") : Double.NaN;
            spec = new MultiLegRequest(clientId, legs, qty, limit, tif);
        } else {
            spec = new OrderRequest(clientId, in.text("symbol"), in.enumValue("side", Side.class), qty, type,
                    type.hasLimit() ? in.price("limit_price") : Double.NaN,
                    type.hasStop() ? in.price("stop_price") : Double.NaN, tif);
        }
        String word = in.text("status");
        OrderStatus status;
        Optional<ReasonCode> reason = Optional.empty();
        End end = ENDS.get(word);
        if (end != null) {
            status = end.status();
            reason = Optional.ofNullable(end.reason());
        } else if (WORKING.contains(word)) {
            status = filled >= qty && qty > 0 ? OrderStatus.FILLED
                    : filled > 0 ? OrderStatus.PARTIAL : OrderStatus.SUBMITTED;
        } else {
            throw new AlpacaException(request + ": " + where + " has unknown status '" + word + "'", 0, null);
        }
        long leaves = status.isTerminal() ? 0 : Math.max(qty - filled, 0);
        double avg = n.hasNonNull("filled_avg_price") ? in.price("filled_avg_price") : 0.0;
        return new AlpacaOrder(OrderId.of(id), spec, status, filled, leaves, avg, reason, word, "");
    }

    /**
     * A timestamp (RFC 3339, any offset).
     *
     * @param text    the text
     * @param request the request, for messages
     * @return the instant
     */
    public static Instant instant(String text, String request) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new AlpacaException(request + ": malformed timestamp '" + text + "'", 0, null);
        }
    }

    /** Checked reads of one JSON object's fields. */
    static final class Reader {
        private final JsonNode n;
        private final String request;
        private final String what;

        Reader(JsonNode n, String request, String what) {
            if (n == null || !n.isObject()) {
                throw new AlpacaException(request + ": expected a JSON object for the " + what, 0, null);
            }
            this.n = n;
            this.request = request;
            this.what = what;
        }

        private AlpacaException bad(String field, String problem) {
            return new AlpacaException(request + ": " + what + " field '" + field + "' " + problem, 0, null);
        }

        String text(String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
                throw bad(field, "is missing");
            }
            return v.asText();
        }

        BigDecimal decimal(String field) {
            String t = text(field);
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw bad(field, "is not a number: '" + t + "'");
            }
        }

        long units(String field, boolean required) {
            if (!required && !n.hasNonNull(field)) {
                return 0;
            }
            BigDecimal d = decimal(field);
            try {
                return d.movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (ArithmeticException e) {
                throw bad(field, "is out of range: " + d);
            }
        }

        double price(String field) {
            BigDecimal d = decimal(field);
            double v = d.doubleValue();
            if (!Double.isFinite(v) || Math.abs(v) > Money.MAX_PRICE) {
                throw bad(field, "is out of range: " + d);
            }
            return v;
        }

        long quantity(String field) {
            BigDecimal d = decimal(field);
            try {
                return d.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                throw bad(field, "is fractional or too large: " + d + " (whole shares and contracts only)");
            }
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String t = text(field);
            try {
                return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(field, "has unsupported value '" + t + "'");
            }
        }
    }
}
