package io.swiftbolt.rebalancing.lots;

import io.swiftbolt.rebalancing.tax.TaxRules;
import java.time.LocalDate;
import java.util.List;

/**
 * The order in which the lots of one symbol are sold. Implementations are in {@link LotSelectors}:
 * FIFO, HIFO, minimum tax and specific lots.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface LotSelector {

    /**
     * Orders the lots to sell first-to-last; lots left out are not sold at all.
     *
     * @param lots  the lots of one symbol held (not empty)
     * @param price the sale price per share
     * @param asOf  the sale date
     * @param rules the tax rules, for selectors that rank by tax
     * @return the lots in selling order, a subset of {@code lots}
     */
    List<TaxLot> order(List<TaxLot> lots, double price, LocalDate asOf, TaxRules rules);
}
