package io.swiftbolt.discovery.backtest;

/** Why a {@link Trade} ended. */
public enum ExitReason {
    /** The strategy's target changed; filled at the next bar's open. */
    SIGNAL,
    /** The stop-loss level was touched within a bar (or the bar opened beyond it). */
    STOP_LOSS,
    /** The take-profit level was touched within a bar (or the bar opened beyond it). */
    TAKE_PROFIT,
    /** The data ended with the trade open; closed at the last bar's close. */
    END_OF_DATA,
    /** The equity fell to zero or below (possible only short); closed at the bar's close and trading stopped. */
    RUIN
}
