package io.swiftbolt.rebalancing.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.rebalancing.tax.TaxRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotSelectorsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);
    private final TaxLot old = new TaxLot("A-1", "A", 10, 50, LocalDate.of(2020, 1, 2));     // LT gain 50/sh
    private final TaxLot mid = new TaxLot("A-2", "A", 10, 90, LocalDate.of(2022, 1, 2));     // LT gain 10/sh
    private final TaxLot recent = new TaxLot("A-3", "A", 10, 95, LocalDate.of(2024, 3, 1));  // ST gain 5/sh
    private final TaxLot loss = new TaxLot("A-4", "A", 10, 120, LocalDate.of(2023, 1, 2));   // LT loss 20/sh
    private final List<TaxLot> lots = List.of(recent, loss, old, mid);

    private List<String> ids(LotSelector s) {
        return s.order(lots, 100, AS_OF, TaxRules.defaults()).stream().map(TaxLot::id).toList();
    }

    @Test
    void fifoIsOldestFirst() {
        assertThat(ids(LotSelectors.fifo())).containsExactly("A-1", "A-2", "A-4", "A-3");
    }

    @Test
    void hifoIsHighestBasisFirst() {
        assertThat(ids(LotSelectors.hifo())).containsExactly("A-4", "A-3", "A-2", "A-1");
    }

    @Test
    void minTaxRanksByTaxPerShare() {
        // per share: A-4 0.20*-20 = -4, A-3 0.37*5 = 1.85, A-2 0.20*10 = 2, A-1 0.20*50 = 10
        assertThat(ids(LotSelectors.minTax())).containsExactly("A-4", "A-3", "A-2", "A-1");
        // at a price where the short-term lot's tax exceeds the long-term one's: 0.37*25 > 0.20*35
        assertThat(LotSelectors.minTax().order(lots, 120, AS_OF, TaxRules.defaults()).stream().map(TaxLot::id))
                .containsExactly("A-4", "A-2", "A-3", "A-1");
    }

    @Test
    void specificSellsOnlyTheNamedLotsInOrder() {
        assertThat(ids(LotSelectors.specific(List.of("A-2", "A-1")))).containsExactly("A-2", "A-1");
    }

    @Test
    void codes() {
        assertThat(ids(LotSelectors.ofCode("HIFO"))).isEqualTo(ids(LotSelectors.hifo()));
        assertThat(ids(LotSelectors.ofCode("min-tax"))).isEqualTo(ids(LotSelectors.minTax()));
        assertThatThrownBy(() -> LotSelectors.ofCode("lifo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifo");
    }

    @Test
    void negativeSharesAreRejected() {
        assertThatThrownBy(() -> new TaxLot("X-1", "X", -5, 10, AS_OF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shares").hasMessageContaining("-5");
    }
}
