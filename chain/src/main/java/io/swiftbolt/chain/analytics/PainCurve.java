package io.swiftbolt.chain.analytics;

import java.time.LocalDate;
import java.util.Objects;
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
    private final int size;
    private final int maxPainIndex;

    /**
     * Takes ownership of the arrays, of which the first {@code n} elements are used (longer ones are
     * kept, not copied; the arrays are never written again nor exposed).
     */
    PainCurve(LocalDate expiry, int n, double[] settlement, double[] callPayout, double[] putPayout,
              int maxPainIndex) {
        this.expiry = expiry;
        this.size = n;
        this.settlement = settlement;
        this.callPayout = callPayout;
        this.putPayout = putPayout;
        this.maxPainIndex = maxPainIndex;
    }

    /**
     * The same curve as the pooled one (no expiry), sharing this one's arrays: the pooled curve of a
     * chain with a single expiry.
     *
     * @return the curve
     */
    PainCurve pooled() {
        return new PainCurve(null, size, settlement, callPayout, putPayout, maxPainIndex);
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
        return size;
    }

    /**
     * Candidate settlement price {@code i}: the {@code i}-th distinct strike, ascending.
     *
     * @param i the index
     * @return the price, in the underlying's currency
     */
    public double settlement(int i) {
        return settlement[Objects.checkIndex(i, size)];
    }

    /**
     * What call writers pay if the underlying settles at {@link #settlement(int)}:
     * {@code Σ OI·multiplier·max(P − K, 0)} over calls.
     *
     * @param i the index
     * @return the payout, in currency, ≥ 0
     */
    public double callPayout(int i) {
        return callPayout[Objects.checkIndex(i, size)];
    }

    /**
     * What put writers pay at {@link #settlement(int)}: {@code Σ OI·multiplier·max(K − P, 0)} over puts.
     *
     * @param i the index
     * @return the payout, in currency, ≥ 0
     */
    public double putPayout(int i) {
        return putPayout[Objects.checkIndex(i, size)];
    }

    /**
     * The writers' total payout at {@link #settlement(int)}.
     *
     * @param i the index
     * @return call plus put payout
     */
    public double totalPayout(int i) {
        return callPayout[Objects.checkIndex(i, size)] + putPayout[i];
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
