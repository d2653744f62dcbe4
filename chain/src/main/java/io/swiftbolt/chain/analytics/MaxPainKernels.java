package io.swiftbolt.chain.analytics;

/**
 * Max-pain kernels on plain arrays, for hot loops.
 *
 * <p><b>Definition.</b> For candidate settlement prices {@code P} drawn from the strikes, the
 * option writers' payout at expiry is
 * <pre>
 *   call(P) = Σ_calls w_K · max(P − K, 0)       put(P) = Σ_puts w_K · max(K − P, 0)
 * </pre>
 * where {@code w_K} is the open interest at strike {@code K} times the contract multiplier (100 for
 * US equity options), so payouts are in the underlying's currency. Max pain is the candidate with
 * the least {@code call(P) + put(P)}; ties go to the lowest strike (ties are exact equality of the
 * computed totals).
 *
 * <p><b>Algorithm.</b> With strikes sorted ascending, {@code call(k_i) = k_i·C_i − CK_i} where
 * {@code C_i} and {@code CK_i} are the prefix sums of {@code w} and {@code w·K} over strikes below
 * {@code k_i}, and {@code put(k_i) = PK_i − k_i·P_i} with suffix sums over strikes above. That is
 * O(n) per curve after an O(n log n) sort, instead of the O(n²) double loop. With integer (or
 * binary-fraction, e.g. x.5) strikes and integer open interest every sum is exact in {@code double}
 * up to 2^53, so the result equals the brute-force one bit for bit; otherwise it agrees to rounding.
 *
 * <p>Arguments are not validated (see {@link OptionsChainAnalyzer} for the validated API).
 * Static, allocation-free, thread-safe.
 */
public final class MaxPainKernels {

    private MaxPainKernels() {
    }

    /**
     * The pain curve on distinct ascending strikes and the index of max pain.
     *
     * @param n          the number of strikes
     * @param strike     distinct strikes, ascending, positive
     * @param callWeight call open interest × multiplier at each strike, ≥ 0
     * @param putWeight  put open interest × multiplier at each strike, ≥ 0
     * @param callPayout written: the call writers' payout if the underlying settles at {@code strike[i]}
     * @param putPayout  written: the put writers' payout at {@code strike[i]}
     * @return the index of the least total payout (lowest strike on ties), or −1 when there is no
     *         open interest at all (max pain undefined) or {@code n == 0}
     */
    public static int painCurve(int n, double[] strike, double[] callWeight, double[] putWeight,
                                double[] callPayout, double[] putPayout) {
        double c = 0;
        double ck = 0;
        for (int i = 0; i < n; i++) {
            double k = strike[i];
            // Rounding can leave a hair below zero; a payout is never negative.
            callPayout[i] = Math.max(0.0, k * c - ck);
            c += callWeight[i];
            ck += callWeight[i] * k;
        }
        double p = 0;
        double pk = 0;
        for (int i = n - 1; i >= 0; i--) {
            double k = strike[i];
            putPayout[i] = Math.max(0.0, pk - k * p);
            p += putWeight[i];
            pk += putWeight[i] * k;
        }
        if (!(c + p > 0)) {
            return -1;
        }
        return argMinTotal(n, callPayout, putPayout);
    }

    /**
     * The index of the least {@code callPayout[i] + putPayout[i]}, the lowest index on ties.
     *
     * @param n          the number of points, positive
     * @param callPayout call payouts
     * @param putPayout  put payouts
     * @return the index
     */
    public static int argMinTotal(int n, double[] callPayout, double[] putPayout) {
        int best = 0;
        double min = callPayout[0] + putPayout[0];
        for (int i = 1; i < n; i++) {
            double total = callPayout[i] + putPayout[i];
            if (total < min) {
                min = total;
                best = i;
            }
        }
        return best;
    }

    /**
     * Merges rows sorted by strike (equal strikes adjacent) into distinct strikes: calls and puts at
     * one strike are summed into separate weights.
     *
     * @param from       the first row, inclusive
     * @param to         the last row, exclusive
     * @param rowStrike  row strikes, ascending over {@code [from, to)}
     * @param rowIsCall  row rights
     * @param rowWeight  row weights (open interest × multiplier)
     * @param strike     written from index 0: distinct strikes
     * @param callWeight written from index 0: call weight per distinct strike
     * @param putWeight  written from index 0: put weight per distinct strike
     * @return the number of distinct strikes written
     */
    public static int mergeSorted(int from, int to, double[] rowStrike, boolean[] rowIsCall, double[] rowWeight,
                                  double[] strike, double[] callWeight, double[] putWeight) {
        int m = -1;
        for (int i = from; i < to; i++) {
            if (m < 0 || rowStrike[i] != strike[m]) {
                m++;
                strike[m] = rowStrike[i];
                callWeight[m] = 0;
                putWeight[m] = 0;
            }
            if (rowIsCall[i]) {
                callWeight[m] += rowWeight[i];
            } else {
                putWeight[m] += rowWeight[i];
            }
        }
        return m + 1;
    }
}
