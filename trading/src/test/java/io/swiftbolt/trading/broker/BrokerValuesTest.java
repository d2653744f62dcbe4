package io.swiftbolt.trading.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The broker value types reject what they cannot mean, naming the argument. */
class BrokerValuesTest {

    private static final Instant T = Instant.parse("2026-06-01T14:30:00Z");
    private static final OrderSnapshot ORDER = OrderSnapshot.rejected(
            OrderRequest.market("c", "AAA", Side.BUY, 1, TimeInForce.DAY), ReasonCode.INVALID_QUANTITY);

    @ParameterizedTest
    @CsvSource({
        "FILL,         0,   101,  fillQuantity",
        "PARTIAL_FILL, 5,   NaN,  fillPrice",
        "NEW,          5,   NaN,  fillQuantity",
        "CANCELED,     0,   1.0,  fillPrice",
        "FILL,         5,   Infinity, fillPrice"
    })
    void updatesMustDescribeAFillExactlyWhenTheyAreOne(OrderUpdate.Kind kind, long qty, double price, String arg) {
        assertThatThrownBy(() -> new OrderUpdate(kind, ORDER, qty, price, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(arg);
    }

    @ParameterizedTest
    @CsvSource({
        "-1,  1, 2, 1, NaN, bid",
        "1,  -1, 2, 1, NaN, bidSize",
        "1,   1, Infinity, 1, NaN, ask",
        "1,   1, 2, 1, 0, last"
    })
    void quotesRejectImpossibleValues(double bid, long bidSize, double ask, long askSize, double last, String arg) {
        assertThatThrownBy(() -> new LatestQuote("AAA", bid, bidSize, ask, askSize, last, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(arg);
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN, false, false", "1, NaN, false, false", "1, 2, true, false"})
    void quotesSayWhatTheyKnow(double bid, double ask, boolean hasBidAsk, boolean hasLast) {
        LatestQuote q = new LatestQuote("AAA", bid, 0, ask, 0, Double.NaN, T);
        assertThat(q.hasBidAsk()).isEqualTo(hasBidAsk);
        assertThat(q.hasLast()).isEqualTo(hasLast);
    }
}
