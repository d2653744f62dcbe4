package io.swiftbolt.trading.oms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStatusTest {

    /** The complete transition table: from, the set of legal next states. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PENDING,   SUBMITTED REJECTED",
        "SUBMITTED, PARTIAL FILLED CANCELLED EXPIRED",
        "PARTIAL,   PARTIAL FILLED CANCELLED EXPIRED",
        "FILLED,    ''",
        "CANCELLED, ''",
        "REJECTED,  ''",
        "EXPIRED,   ''"})
    void onlyTheDocumentedTransitionsAreLegal(OrderStatus from, String legal) {
        Set<OrderStatus> allowed = EnumSet.noneOf(OrderStatus.class);
        for (String s : legal.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                allowed.add(OrderStatus.valueOf(s));
            }
        }
        for (OrderStatus to : OrderStatus.values()) {
            assertThat(from.canTransitionTo(to)).as("%s -> %s", from, to).isEqualTo(allowed.contains(to));
        }
        assertThat(from.isTerminal()).isEqualTo(allowed.isEmpty());
    }
}
