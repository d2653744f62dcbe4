package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.util.ArgChecks;

/**
 * One round trip of a backtest.
 *
 * <p>Prices are fill prices, slippage included; {@code pnl} is in the account currency after both
 * commissions: {@code direction * units * (exitPrice - entryPrice) - commissions}.
 *
 * @param entryBar   the bar whose open filled the entry
 * @param exitBar    the bar during which (or at whose open or close) the exit filled, at least {@code entryBar}
 * @param direction  1 long, -1 short
 * @param units      the quantity, positive
 * @param entryPrice the entry fill price, positive
 * @param exitPrice  the exit fill price, positive
 * @param commission both commissions paid, zero or positive
 * @param pnl        the profit or loss after costs
 * @param exitReason why the trade ended
 */
public record Trade(int entryBar, int exitBar, int direction, double units, double entryPrice,
                    double exitPrice, double commission, double pnl, ExitReason exitReason) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a field is out of range (named in the message)
     */
    public Trade {
        ArgChecks.notNegative(entryBar, "entryBar");
        ArgChecks.check(exitBar >= entryBar, "exitBar", exitBar, "must be at least entryBar " + entryBar);
        ArgChecks.check(direction == 1 || direction == -1, "direction", direction, "must be 1 or -1");
        ArgChecks.positive(units, "units");
        ArgChecks.positive(entryPrice, "entryPrice");
        ArgChecks.positive(exitPrice, "exitPrice");
        ArgChecks.notNegative(commission, "commission");
        ArgChecks.finite(pnl, "pnl");
        ArgChecks.notNull(exitReason, "exitReason");
    }

    /**
     * The trade's return on its entry notional: {@code pnl / (units * entryPrice)}.
     *
     * @return the return as a decimal
     */
    public double returnOnNotional() {
        return pnl / (units * entryPrice);
    }
}
