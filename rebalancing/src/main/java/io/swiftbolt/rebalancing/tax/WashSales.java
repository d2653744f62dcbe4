package io.swiftbolt.rebalancing.tax;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The wash-sale window: a loss sale and a purchase of the same symbol are a wash sale when they are
 * at most {@value #WINDOW_DAYS} calendar days apart, in either order ({@code |sale - purchase| <= 30}
 * days, so a purchase 30 days before the sale counts and one 31 days before does not). Substantially
 * identical securities other than the same symbol are not recognised.
 *
 * <p>Stateless and thread-safe.
 */
public final class WashSales {

    /** The window in calendar days on each side of a loss sale. */
    public static final int WINDOW_DAYS = 30;

    private WashSales() {
    }

    /**
     * Whether a loss sale on {@code sale} and a purchase on {@code purchase} of the same symbol fall
     * in one wash-sale window.
     *
     * @param sale     the date of the sale at a loss
     * @param purchase the date of the purchase
     * @return true if {@code |sale - purchase| <= 30} calendar days
     */
    public static boolean inWindow(LocalDate sale, LocalDate purchase) {
        return Math.abs(ChronoUnit.DAYS.between(purchase, sale)) <= WINDOW_DAYS;
    }
}
