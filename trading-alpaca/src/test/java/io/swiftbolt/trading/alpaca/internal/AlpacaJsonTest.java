package io.swiftbolt.trading.alpaca.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.alpaca.AlpacaOrder;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alpaca's JSON shapes both ways, table-driven over every documented order status. */
class AlpacaJsonTest {

    private static final Redactor R = new Redactor("key", "secret");

    private static AlpacaOrder order(String status, long qty, long filled) {
        String json = "{\"id\":\"61e69015-8549-4bfd-b9c3-01e75843f47d\",\"client_order_id\":\"c1\","
                + "\"created_at\":\"2026-06-01T14:30:00.123456Z\",\"symbol\":\"AAPL\",\"asset_class\":\"us_equity\","
                + "\"notional\":null,\"qty\":\"" + qty + "\",\"filled_qty\":\"" + filled + "\","
                + "\"filled_avg_price\":" + (filled > 0 ? "\"180.5\"" : "null") + ",\"order_class\":\"\","
                + "\"order_type\":\"limit\",\"type\":\"limit\",\"side\":\"buy\",\"time_in_force\":\"day\","
                + "\"limit_price\":\"181\",\"stop_price\":null,\"status\":\"" + status + "\",\"extended_hours\":false,"
                + "\"legs\":null,\"trail_percent\":null,\"trail_price\":null,\"hwm\":null}";
        return AlpacaJson.order(AlpacaJson.parse(json, "test", R), "test");
    }

    @ParameterizedTest(name = "{0} {2}/{1} -> {3}")
    @CsvSource({
        "new,                  10, 0,  SUBMITTED, ",
        "accepted,             10, 0,  SUBMITTED, ",
        "pending_new,          10, 0,  SUBMITTED, ",
        "accepted_for_bidding, 10, 0,  SUBMITTED, ",
        "held,                 10, 0,  SUBMITTED, ",
        "pending_cancel,       10, 4,  PARTIAL,   ",
        "pending_replace,      10, 0,  SUBMITTED, ",
        "done_for_day,         10, 4,  PARTIAL,   ",
        "stopped,              10, 0,  SUBMITTED, ",
        "suspended,            10, 0,  SUBMITTED, ",
        "calculated,           10, 10, FILLED,    ",
        "partially_filled,     10, 4,  PARTIAL,   ",
        "filled,               10, 10, FILLED,    ",
        "canceled,             10, 4,  CANCELLED, BROKER_ENDED",
        "replaced,             10, 0,  CANCELLED, REPLACED",
        "expired,              10, 0,  EXPIRED,   BROKER_ENDED",
        "rejected,             10, 0,  REJECTED,  BROKER_REJECTED"
    })
    void statusesMapToTheOmsStates(String status, long qty, long filled, OrderStatus expected, String reason) {
        AlpacaOrder o = order(status, qty, filled);
        assertThat(o.status()).isEqualTo(expected);
        assertThat(o.brokerStatus()).isEqualTo(status);
        assertThat(o.filledQuantity()).isEqualTo(filled);
        assertThat(o.leavesQuantity()).isEqualTo(expected.isTerminal() ? 0 : qty - filled);
        assertThat(o.reason().map(Enum::name).orElse(null)).isEqualTo(reason);
        assertThat(o.averagePrice()).isEqualTo(filled > 0 ? 180.5 : 0.0);
        assertThat(o.spec()).isEqualTo(OrderRequest.limit("c1", "AAPL", Side.BUY, qty, 181, TimeInForce.DAY));
    }

    @Test
    void requestBodiesUseAlpacasFieldsAndDecimalStrings() {
        assertThat(AlpacaJson.orderBody(OrderRequest.stopLimit("c2", "SPY", Side.SELL, 3, 399.5, 399.25,
                TimeInForce.GTC))).isEqualTo("{\"symbol\":\"SPY\",\"qty\":\"3\",\"side\":\"sell\",\"type\":\"stop_limit\","
                + "\"time_in_force\":\"gtc\",\"limit_price\":\"399.25\",\"stop_price\":\"399.5\","
                + "\"client_order_id\":\"c2\"}");
        MultiLegRequest spread = new MultiLegRequest("c3", List.of(
                new MultiLegRequest.Leg("SPY271217C00400000", Side.BUY, 1),
                new MultiLegRequest.Leg("SPY271217C00410000", Side.SELL, 1)), 2, -1.25, TimeInForce.DAY);
        assertThat(AlpacaJson.orderBody(spread)).isEqualTo("{\"order_class\":\"mleg\",\"qty\":\"2\",\"type\":\"limit\","
                + "\"limit_price\":\"-1.25\",\"time_in_force\":\"day\",\"client_order_id\":\"c3\",\"legs\":["
                + "{\"symbol\":\"SPY271217C00400000\",\"side\":\"buy\",\"ratio_qty\":\"1\"},"
                + "{\"symbol\":\"SPY271217C00410000\",\"side\":\"sell\",\"ratio_qty\":\"1\"}]}");
        assertThat(AlpacaJson.replaceBody(OrderRequest.limit("c4", "SPY", Side.BUY, 5, 401, TimeInForce.DAY)))
                .isEqualTo("{\"qty\":\"5\",\"time_in_force\":\"day\",\"limit_price\":\"401\",\"client_order_id\":\"c4\"}");
        assertThat(AlpacaJson.decimal(1e-4)).isEqualTo("0.0001");
        assertThat(AlpacaJson.decimal(1234567.5)).isEqualTo("1234567.5");
    }

    @Test
    void multiLegOrdersComeBackWithTheirLegs() {
        String json = "{\"id\":\"a1\",\"client_order_id\":\"c3\",\"symbol\":\"\",\"qty\":\"2\",\"filled_qty\":\"0\","
                + "\"order_class\":\"mleg\",\"type\":\"limit\",\"side\":\"buy\",\"time_in_force\":\"day\","
                + "\"limit_price\":\"-1.25\",\"status\":\"new\",\"legs\":["
                + "{\"id\":\"l1\",\"symbol\":\"SPY271217C00400000\",\"side\":\"buy\",\"ratio_qty\":\"1\",\"status\":\"new\"},"
                + "{\"id\":\"l2\",\"symbol\":\"SPY271217C00410000\",\"side\":\"sell\",\"ratio_qty\":\"1\",\"status\":\"new\"}]}";
        AlpacaOrder o = AlpacaJson.order(AlpacaJson.parse(json, "test", R), "test");
        assertThat(o.spec()).isEqualTo(new MultiLegRequest("c3", List.of(
                new MultiLegRequest.Leg("SPY271217C00400000", Side.BUY, 1),
                new MultiLegRequest.Leg("SPY271217C00410000", Side.SELL, 1)), 2, -1.25, TimeInForce.DAY));
        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void errorBodiesGiveAlpacasMessage() {
        assertThat(AlpacaJson.errorMessage("{\"code\":40310000,\"message\":\"insufficient buying power\"}"))
                .contains("insufficient buying power (code 40310000)");
        assertThat(AlpacaJson.errorMessage("<html>bad gateway</html>")).isEmpty();
    }
}
