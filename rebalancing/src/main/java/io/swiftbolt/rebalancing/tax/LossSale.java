package io.swiftbolt.rebalancing.tax;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;

/**
 * A sale at a loss made before the rebalance, kept so that the wash-sale guard can refuse (or flag)
 * a purchase of the same symbol within 30 days after it.
 *
 * @param symbol the symbol sold; not blank
 * @param sold   the trade date of the sale
 * @param loss   the realized loss in currency units, positive (a loss of 250.00 is {@code 250.0})
 */
public record LossSale(String symbol, LocalDate sold, double loss) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the symbol is blank, the date null or the loss not positive
     */
    public LossSale {
        ArgChecks.notBlank(symbol, "symbol");
        ArgChecks.notNull(sold, "sold");
        ArgChecks.positive(loss, "loss");
    }
}
