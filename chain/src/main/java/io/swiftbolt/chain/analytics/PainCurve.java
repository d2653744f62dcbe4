package io.swiftbolt.chain.analytics;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The option writers' payout at expiry as a function of the settlement price, evaluated at every
 * strike of one expiry (or of all expiries pooled), and its minimum, max pain. Payouts are in the
 * underlying's currency: open interest × multiplier × intrinsic value (see {@link MaxPainKernels}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PainCurve {

    private final LocalDate expiry;
    private final double[] settlement;
    private final double[] callPayout;
    private final double[] putPayout;
    private final int maxPainIndex;

    /** Takes ownership of the arrays (trimmed to {@code n}). */
    PainCurve(LocalDate expiry, int n, double[] settlement, double[] callPayout, double[] putPayout,
              int maxPainIndex) {
        this.expiry = expiry;
        this.settlement = settlement.length == n ? settlement : java.util.Arrays.copyOf(settlement, n);
        this.callPayout = callPayout.length == n ? callPayout : java.util.Arrays.copyOf(callPayout, n);
        this.putPayout = putPayout.length == n ? putPayout : java.util.Arrays.copyOf(putPayout, n);
        this.maxPainIndex = maxPainIndex;
    }

    /**
     * The expiry this curve is for; empty for the curve pooled over all expiries.
     *
     * @return the expiry, or empty when pooled
     */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiry);
    }

    /**
     * The number of candidate settlement prices (distinct strikes).
     *
     * @return the size
     */
    public int size() {
        return settlement.length;
    }

    /**
     * Candidate settlement price {@code i}: the {@code i}-th distinct strike, ascending.
     *
     * @param i the index
     * @return the price, in the underlying's currency
     */
    public double settlement(int i) {
        return settlement[i];
    }

    /**
     * What call writers pay if the underlying settles at {@link #settlement(int)}:
     * {@code Σ OI·multiplier·max(P − K, 0)} over calls.
     *
     * @param i the index
     * @return the payout, in currency, ≥ 0
     */
    public double callPayout(int i) {
        return callPayout[i];
    }

    /**
     * What put writers pay at {@link #settlement(int)}: {@code Σ OI·multiplier·max(K − P, 0)} over puts.
     *
     * @param i the index
     * @return the payout, in currency, ≥ 0
     */
    public double putPayout(int i) {
        return putPayout[i];
    }

    /**
     * The writers' total payout at {@link #settlement(int)}.
     *
     * @param i the index
     * @return call plus put payout
     */
    public double totalPayout(int i) {
        return callPayout[i] + putPayout[i];
    }

    /**
     * The index of max pain, or −1 when undefined (no open interest).
     *
     * @return the index
     */
    public int maxPainIndex() {
        return maxPainIndex;
    }

    /**
     * Max pain: the settlement price with the least total payout, the lowest strike on ties.
     *
     * @return the strike, or empty when there is no open interest
     */
    public OptionalDouble maxPain() {
        return maxPainIndex < 0 ? OptionalDouble.empty() : OptionalDouble.of(settlement[maxPainIndex]);
    }
}
