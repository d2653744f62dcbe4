package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Position sizing and exits of a {@link Strategy}'s trades.
 *
 * <p>All three are decimal fractions. A trade commits {@code positionSize} of the equity at its
 * entry (the rest stays in cash, earning nothing). A long trade entered at fill price {@code P}
 * stops out at {@code P (1 - stopLossPct)} and takes profit at {@code P (1 + takeProfitPct)}; a
 * short trade mirrors both. 0 disables the stop-loss or the take-profit.
 *
 * @param positionSize  fraction of equity per trade, in {@code (0, 1]}
 * @param stopLossPct   stop distance from the entry fill, in {@code [0, 1)}; 0 = none
 * @param takeProfitPct take-profit distance from the entry fill, zero or positive; 0 = none
 */
public record RiskRules(double positionSize, double stopLossPct, double takeProfitPct) {

    /** All equity, no stop-loss, no take-profit. */
    public static final RiskRules NONE = new RiskRules(1.0, 0.0, 0.0);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is out of its range (named in the message)
     */
    public RiskRules {
        ArgChecks.check(positionSize > 0 && positionSize <= 1, "positionSize", positionSize, "must be in (0, 1]");
        ArgChecks.check(stopLossPct >= 0 && stopLossPct < 1, "stopLossPct", stopLossPct, "must be in [0, 1)");
        ArgChecks.notNegative(takeProfitPct, "takeProfitPct");
    }
}
