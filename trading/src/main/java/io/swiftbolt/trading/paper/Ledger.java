package io.swiftbolt.trading.paper;

import java.util.HashMap;
import java.util.Map;

/**
 * The account's books in exact units: cash, fees, realized P&amp;L, reserved cash and per-symbol
 * holdings. Changed only by applying events (through the engine's applier), so live trading and
 * journal replay produce identical books. Single-writer, not thread-safe.
 */
final class Ledger {

    /** One symbol's position and pending order quantities. */
    static final class Holding {
        final String symbol;
        final int multiplier;
        long quantity;
        long costBasis;
        long realized;
        long pendingBuy;
        long pendingSell;

        Holding(String symbol, int multiplier) {
            this.symbol = symbol;
            this.multiplier = multiplier;
        }
    }

    long initialCash;
    long cash;
    long fees;
    long realized;
    long reservedCash;
    final Map<String, Holding> holdings = new HashMap<>();

    Holding holding(String symbol, int multiplier) {
        Holding h = holdings.get(symbol);
        if (h == null) {
            h = new Holding(symbol, multiplier);
            holdings.put(symbol, h);
        }
        return h;
    }

    /**
     * Books an execution of {@code signedQuantity} (positive buy) at {@code price} per share.
     * Closing quantity releases cost basis pro rata (integer division; the whole basis when the
     * position closes) and realizes the difference; any excess opens a position the other way.
     */
    void execute(Holding h, long signedQuantity, long price, long fee) {
        long m = h.multiplier;
        cash -= signedQuantity * price * m + fee;
        fees += fee;
        long q = signedQuantity;
        if (h.quantity != 0 && Long.signum(h.quantity) != Long.signum(q)) {
            long close = Math.min(Math.abs(q), Math.abs(h.quantity));
            long removed = close == Math.abs(h.quantity) ? h.costBasis : h.costBasis / Math.abs(h.quantity) * close
                    + h.costBasis % Math.abs(h.quantity) * close / Math.abs(h.quantity);
            long closingQty = Long.signum(q) * close;
            long pnl = -(closingQty * price * m + removed);
            h.realized += pnl;
            realized += pnl;
            h.costBasis -= removed;
            h.quantity += closingQty;
            q -= closingQty;
        }
        if (q != 0) {
            h.quantity += q;
            h.costBasis += q * price * m;
        }
    }
}
