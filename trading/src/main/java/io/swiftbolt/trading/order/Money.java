package io.swiftbolt.trading.order;

import io.swiftbolt.core.util.ArgChecks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money and prices as {@code long} counts of {@link #SCALE ten-thousandths} of a currency
 * unit ("units"): 1 dollar is 10,000 units, one cent 100 units. Every amount in the ledger (cash,
 * cost basis, fees, P&amp;L) and every fill price is such a {@code long}, so sums are exact and
 * the account reconciles to the unit.
 *
 * <p>Conversion from {@code double} rounds half up to the nearest unit. Thread-safe (stateless).
 */
public final class Money {

    /** Units per currency unit: prices and amounts carry four decimals. */
    public static final long SCALE = 10_000L;

    /** The largest price accepted, in currency units (one billion), so notional math cannot overflow. */
    public static final double MAX_PRICE = 1e9;

    private Money() {
    }

    /**
     * Converts a currency amount to units, rounding half up.
     *
     * @param amount the amount in currency units, finite and at most {@link #MAX_PRICE} in magnitude
     * @return the amount in units
     * @throws IllegalArgumentException if {@code amount} is NaN, infinite or too large
     */
    public static long toUnits(double amount) {
        ArgChecks.check(Double.isFinite(amount) && Math.abs(amount) <= MAX_PRICE, "amount", amount,
                "must be finite and at most " + MAX_PRICE + " in magnitude");
        return unitsUnchecked(amount);
    }

    /**
     * Converts a validated amount to units without checking, for hot paths.
     *
     * @param amount finite amount of at most {@link #MAX_PRICE} in magnitude
     * @return units, rounded half up
     */
    public static long unitsUnchecked(double amount) {
        return (long) Math.floor(amount * SCALE + 0.5);
    }

    /**
     * Units as a {@code double} currency amount (for analytics and display; may round).
     *
     * @param units the amount in units
     * @return the amount in currency units
     */
    public static double toDouble(long units) {
        return units / (double) SCALE;
    }

    /**
     * Units as an exact decimal with four places.
     *
     * @param units the amount in units
     * @return the exact currency amount
     */
    public static BigDecimal toDecimal(long units) {
        return BigDecimal.valueOf(units, 4);
    }

    /**
     * Units as text with two decimals when exact to the cent, else four (e.g. {@code 101.25},
     * {@code 0.0125}).
     *
     * @param units the amount in units
     * @return the text, {@code -} for negatives, no grouping
     */
    public static String format(long units) {
        BigDecimal d = toDecimal(units);
        return units % 100 == 0 ? d.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    /**
     * Whether a double is a usable price: finite, positive and at most {@link #MAX_PRICE}, and
     * not below one unit after rounding.
     *
     * @param price the price
     * @return true if valid
     */
    public static boolean isValidPrice(double price) {
        return price > 0 && price <= MAX_PRICE && unitsUnchecked(price) > 0;
    }
}
