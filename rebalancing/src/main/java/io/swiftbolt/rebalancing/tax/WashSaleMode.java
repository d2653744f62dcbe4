package io.swiftbolt.rebalancing.tax;

/**
 * What the rebalancer does about wash sales. A wash sale, as modelled here, is a sale of a symbol at
 * a loss with a purchase of the same symbol within 30 calendar days before or after the sale
 * (inclusive: {@code |sale - purchase| <= 30} days); see {@link WashSales}.
 */
public enum WashSaleMode {
    /** No wash-sale check; losses always count. */
    IGNORE,
    /**
     * Trades go ahead and are flagged; a flagged loss is disallowed (left out of the netting, so it
     * does not lower the expected tax), as the wash-sale rule would do.
     */
    FLAG,
    /**
     * Loss lots of a symbol bought in the last 30 days are not sold, and a symbol sold at a loss in
     * the last 30 days is not bought; a position that then stays outside its band is reported with
     * reason {@code WASH_SALE}.
     */
    AVOID
}
