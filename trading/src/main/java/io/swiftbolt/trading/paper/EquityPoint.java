package io.swiftbolt.trading.paper;

import java.time.LocalDate;

/**
 * One point of the equity curve, recorded at the close of a day.
 *
 * @param date   the trading day
 * @param equity the equity at its close, {@link io.swiftbolt.trading.order.Money} units
 * @param cash   the cash at its close, units
 */
public record EquityPoint(LocalDate date, long equity, long cash) {
}
