package io.swiftbolt.rebalancing.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TaxRulesTest {

    private final TaxRules rules = TaxRules.defaults();

    @ParameterizedTest(name = "bought {0}, sold {1}: {2}")
    @CsvSource({
        // the one-year boundary: long-term only strictly after the first anniversary
        "2023-03-15, 2024-03-14, SHORT_TERM",
        "2023-03-15, 2024-03-15, SHORT_TERM",
        "2023-03-15, 2024-03-16, LONG_TERM",
        "2023-03-15, 2023-03-15, SHORT_TERM",
        // 29 February: the anniversary clamps to 28 February
        "2024-02-29, 2025-02-28, SHORT_TERM",
        "2024-02-29, 2025-03-01, LONG_TERM",
        // a leap day inside the year changes nothing: the rule is by calendar date
        "2023-06-30, 2024-06-30, SHORT_TERM",
        "2023-06-30, 2024-07-01, LONG_TERM"})
    void holdingPeriodDayRule(LocalDate acquired, LocalDate sold, TaxTerm expected) {
        assertThat(rules.term(acquired, sold)).isEqualTo(expected);
    }

    @Test
    void saleBeforeAcquisitionIsMisuse() {
        assertThatThrownBy(() -> rules.term(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sold");
    }

    @ParameterizedTest(name = "ST +{0}/-{1}, LT +{2}/-{3}: tax {4}, carryforward {5}")
    @CsvSource({
        // worked by hand at 37 % / 20 %
        "1000, 0, 1000, 0, 570, 0",          // 0.37*1000 + 0.20*1000
        "1000, 400, 0, 0, 222, 0",           // 0.37*600
        "0, 300, 1000, 0, 140, 0",           // ST loss 300 offsets LT gain: 0.20*700
        "1000, 0, 0, 300, 259, 0",           // LT loss 300 offsets ST gain: 0.37*700
        "100, 0, 0, 400, 0, 300",            // net loss: no tax, 300 carried forward
        "0, 250, 0, 100, 0, 350",            // only losses: no tax
        "0, 0, 0, 0, 0, 0"})
    void nettingWorkedByHand(double stG, double stL, double ltG, double ltL, double tax, double carry) {
        TaxSummary s = rules.net(stG, stL, ltG, ltL, 0);
        assertThat(s.tax()).isCloseTo(tax, within(1e-9));
        assertThat(s.lossCarryforward()).isCloseTo(carry, within(1e-9));
    }

    @Test
    void ratesMustBeDecimals() {
        assertThatThrownBy(() -> new TaxRules(37, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortTermRate").hasMessageContaining("37");
    }

    @ParameterizedTest(name = "sale {0}, purchase {1}: wash window {2}")
    @CsvSource({"2024-06-28, 2024-05-29, true", "2024-06-28, 2024-05-28, false", "2024-06-28, 2024-07-28, true",
        "2024-06-28, 2024-07-29, false", "2024-06-28, 2024-06-28, true"})
    void washSaleWindowIsThirtyDaysEitherSide(LocalDate sale, LocalDate purchase, boolean expected) {
        assertThat(WashSales.inWindow(sale, purchase)).isEqualTo(expected);
    }
}
