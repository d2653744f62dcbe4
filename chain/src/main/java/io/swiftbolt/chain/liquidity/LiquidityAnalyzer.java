package io.swiftbolt.chain.liquidity;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.core.util.ArgChecks;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Scores how tradeable each contract of a chain is, 0 to 100, from three components:
 *
 * <ul>
 *   <li><b>spread, 40 points</b>: {@code 40 · max(0, 1 − s/cap)} with the relative spread
 *       {@code s = (ask − bid)/mid}; a locked quote ({@code s = 0}) scores 40, {@code s ≥ cap} scores 0
 *       and is flagged {@link LiquidityFlag#WIDE_SPREAD}; the cap defaults to 0.50. A missing bid or
 *       ask or a crossed quote scores 0 and is flagged ({@link LiquidityFlag#NO_BID},
 *       {@link LiquidityFlag#NO_ASK}, {@link LiquidityFlag#CROSSED}).</li>
 *   <li><b>volume, 30 points</b>: {@code 30 · p}, where the percentile {@code p} is the share of the
 *       chain's contracts whose volume is at or below this one's (the most traded contract gets
 *       {@code p = 1}); a contract with no volume gets {@code p = 0}.</li>
 *   <li><b>open interest, 30 points</b>: the same with open interest.</li>
 * </ul>
 * Ratings: Excellent (≥ 80), Good (≥ 60), Fair (≥ 40), Poor ({@link LiquidityRating}).
 *
 * <p>Two layers: the static kernel {@link #scores} on arrays, O(n) for whole-number volumes and open
 * interests given room for a radix sort (else O(n log n), two sorts), and the typed
 * {@link #analyze(OptionChain)}. Immutable and thread-safe; build with {@link #builder()}.
 */
public final class LiquidityAnalyzer {

    /** Points for the spread component. */
    public static final double SPREAD_POINTS = 40;
    /** Points for the volume component. */
    public static final double VOLUME_POINTS = 30;
    /** Points for the open-interest component. */
    public static final double OPEN_INTEREST_POINTS = 30;
    /** The default relative spread at which the spread component reaches 0. */
    public static final double DEFAULT_SPREAD_CAP = 0.50;

    /** The immutable flag set of every mask, so scoring a contract allocates no set. */
    private static final List<Set<LiquidityFlag>> FLAG_SETS = flagSets();

    private final double spreadCap;

    private LiquidityAnalyzer(double spreadCap) {
        this.spreadCap = spreadCap;
    }

    /**
     * A builder with the default spread cap.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An analyzer with the default spread cap of 0.50.
     *
     * @return the analyzer
     */
    public static LiquidityAnalyzer defaults() {
        return builder().build();
    }

    /**
     * The relative spread at which the spread component reaches 0.
     *
     * @return the cap, positive
     */
    public double spreadCap() {
        return spreadCap;
    }

    /**
     * Scores every contract of the chain.
     *
     * @param chain the chain
     * @return one entry per contract, in chain order; unmodifiable (entries are made when read)
     * @throws IllegalArgumentException if {@code chain} is null
     */
    public List<ContractLiquidity> analyze(OptionChain chain) {
        ArgChecks.notNull(chain, "chain");
        int n = chain.size();
        double[] bid = new double[n];
        double[] ask = new double[n];
        double[] volume = new double[n];
        double[] oi = new double[n];
        for (int i = 0; i < n; i++) {
            bid[i] = chain.bid(i);
            ask[i] = chain.ask(i);
            volume[i] = chain.volume(i);
            oi[i] = chain.openInterest(i);
        }
        double[] rel = new double[n];
        double[] volPct = new double[n];
        double[] oiPct = new double[n];
        double[] score = new double[n];
        int[] flags = new int[n];
        scores(n, bid, ask, volume, oi, spreadCap, new long[radixScratchLength(n)], rel, volPct, oiPct, score,
                flags);
        return new Scored(chain, score, rel, volPct, oiPct, flags);
    }

    /**
     * The scores of a chain as an unmodifiable list over the kernel's columns: each
     * {@link ContractLiquidity} is made (and validated) when read, so scoring a large chain allocates
     * a few arrays, not a record per contract.
     */
    private static final class Scored extends AbstractList<ContractLiquidity> implements RandomAccess {
        private final OptionChain chain;
        private final double[] score;
        private final double[] relativeSpread;
        private final double[] volumePct;
        private final double[] oiPct;
        private final int[] flags;

        Scored(OptionChain chain, double[] score, double[] relativeSpread, double[] volumePct, double[] oiPct,
               int[] flags) {
            this.chain = chain;
            this.score = score;
            this.relativeSpread = relativeSpread;
            this.volumePct = volumePct;
            this.oiPct = oiPct;
            this.flags = flags;
        }

        @Override
        public ContractLiquidity get(int i) {
            Objects.checkIndex(i, score.length);
            double rel = relativeSpread[i];
            return new ContractLiquidity(i, chain.contractId(i), score[i], LiquidityRating.of(score[i]),
                    Double.isNaN(rel) ? OptionalDouble.empty() : OptionalDouble.of(rel), volumePct[i], oiPct[i],
                    FLAG_SETS.get(flags[i]));
        }

        @Override
        public int size() {
            return score.length;
        }
    }

    /**
     * The liquidity kernel: scores {@code n} contracts given as columns. No allocation; arguments are
     * not validated (finite, non-negative inputs expected).
     *
     * @param n              the number of contracts
     * @param bid            bids (0 = none)
     * @param ask            asks (0 = none)
     * @param volume         volumes, ≥ 0
     * @param openInterest   open interests, ≥ 0
     * @param spreadCap      the relative spread scoring 0, positive
     * @param scratch        work space of at least {@code n} longs; with {@code 2n + 2048} (for
     *                       {@code n < 1024}, {@code 2n + max(16, 2^b)} with {@code b} the bit length of
     *                       {@code n}) the ranks come from a linear-time radix sort instead of a
     *                       comparison sort
     * @param relativeSpread written: {@code (ask − bid)/mid}, or NaN when missing or crossed
     * @param volumePct      written: volume percentiles in [0, 1]
     * @param oiPct          written: open-interest percentiles in [0, 1]
     * @param score          written: total scores in [0, 100]
     * @param flags          written: bit masks of {@link LiquidityFlag#bit()}
     */
    public static void scores(int n, double[] bid, double[] ask, double[] volume, double[] openInterest,
                              double spreadCap, long[] scratch, double[] relativeSpread, double[] volumePct,
                              double[] oiPct, double[] score, int[] flags) {
        percentiles(n, volume, scratch, volumePct);
        percentiles(n, openInterest, scratch, oiPct);
        for (int i = 0; i < n; i++) {
            int f = 0;
            double spreadScore = 0;
            double rel = Double.NaN;
            if (!(bid[i] > 0)) {
                f |= LiquidityFlag.NO_BID.bit();
            }
            if (!(ask[i] > 0)) {
                f |= LiquidityFlag.NO_ASK.bit();
            }
            if (f == 0) {
                if (bid[i] > ask[i]) {
                    f |= LiquidityFlag.CROSSED.bit();
                } else {
                    rel = (ask[i] - bid[i]) / (0.5 * (ask[i] + bid[i]));
                    if (rel >= spreadCap) {
                        f |= LiquidityFlag.WIDE_SPREAD.bit();
                    } else {
                        spreadScore = SPREAD_POINTS * (1 - rel / spreadCap);
                    }
                }
            }
            relativeSpread[i] = rel;
            flags[i] = f;
            double s = spreadScore + VOLUME_POINTS * volumePct[i] + OPEN_INTEREST_POINTS * oiPct[i];
            score[i] = Math.min(100.0, Math.max(0.0, s));
        }
    }

    /** Counts below this fit beside a 20-bit contract index in one sortable {@code long}. */
    private static final double PACKABLE_COUNT = 0x1p43;
    private static final int INDEX_BITS = 20;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    /** The widest radix digit, in bits: 2^11 counters. */
    private static final int MAX_DIGIT_BITS = 11;

    /**
     * The widest radix digit for {@code n} keys: about {@code log2 n} bits (4 to 11), so clearing and
     * summing the counters costs no more than a pass over the keys.
     */
    private static int maxDigitBits(int n) {
        return Math.max(4, Math.min(MAX_DIGIT_BITS, 32 - Integer.numberOfLeadingZeros(n)));
    }

    /**
     * The scratch length that lets {@link #scores} and {@link #percentiles} rank by radix sort.
     *
     * @param n the number of contracts
     * @return {@code 2n} plus the counters of the widest digit used for {@code n} keys (at most 2,048)
     */
    static int radixScratchLength(int n) {
        return 2 * n + (1 << maxDigitBits(n));
    }

    /**
     * {@code out[i] = #{j : v[j] ≤ v[i]} / n}, or 0 when {@code v[i] ≤ 0}. Volumes and open interests
     * are counts: when every value is a whole number below 2^43 and {@code n < 2^20}, the keys
     * {@code value << 20 | index} are put in value order, and one backward pass over them gives every
     * rank (the last position of each group of equal values). That order comes from a
     * least-significant-digit radix sort, O(n), when {@code scratch} holds
     * {@link #radixScratchLength(int)} longs (digits of about {@code log2 n} bits, as few passes as the
     * largest value needs: two for the counts of a 200-contract chain below 65,536), else from a
     * comparison sort. Other values: their bit patterns are sorted and each rank is a binary search,
     * O(n log n).
     */
    static void percentiles(int n, double[] values, long[] scratch, double[] out) {
        if (n < (1 << INDEX_BITS) && packable(n, values)) {
            long max = 0;
            for (int i = 0; i < n; i++) {
                long v = values[i] > 0 ? (long) values[i] : 0L;
                max = Math.max(max, v);
                scratch[i] = v << INDEX_BITS | i;
            }
            int sorted = 0;
            if (scratch.length >= radixScratchLength(n)) {
                sorted = radixSortByValue(n, scratch, max);
            } else {
                Arrays.sort(scratch, 0, n);
            }
            long next = -1;
            double pct = 0;
            for (int k = sorted + n - 1; k >= sorted; k--) {
                long key = scratch[k];
                long value = key >>> INDEX_BITS;
                if (value != next) {
                    next = value;
                    pct = value > 0 ? (double) (k + 1 - sorted) / n : 0.0;
                }
                out[(int) (key & INDEX_MASK)] = pct;
            }
            return;
        }
        // Positive doubles order as their raw bits do; zero and below all map to key 0.
        for (int i = 0; i < n; i++) {
            scratch[i] = values[i] > 0 ? Double.doubleToRawLongBits(values[i]) : 0L;
        }
        Arrays.sort(scratch, 0, n);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!(v > 0)) {
                out[i] = 0;
                continue;
            }
            long key = Double.doubleToRawLongBits(v);
            // Upper bound: first index with scratch[idx] > key.
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (scratch[mid] <= key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out[i] = (double) lo / n;
        }
    }

    /**
     * Stable LSD radix sort of the packed keys in {@code scratch[0, n)} by their value bits (those
     * above the index), ping-ponging with {@code scratch[n, 2n)} and counting from {@code scratch[2n]}.
     * The value bits are split into as few equal digits of at most {@link #maxDigitBits(int)} bits as
     * they need.
     *
     * @return where the sorted keys start: 0 or {@code n}
     */
    private static int radixSortByValue(int n, long[] scratch, long max) {
        int valueBits = 64 - Long.numberOfLeadingZeros(max);
        if (valueBits == 0) {
            return 0;
        }
        int widest = maxDigitBits(n);
        int passes = (valueBits + widest - 1) / widest;
        int bits = (valueBits + passes - 1) / passes;
        int mask = (1 << bits) - 1;
        int count = 2 * n;
        int countEnd = count + (1 << bits);
        int src = 0;
        int dst = n;
        for (int p = 0, shift = INDEX_BITS; p < passes; p++, shift += bits) {
            Arrays.fill(scratch, count, countEnd, 0L);
            for (int i = src; i < src + n; i++) {
                scratch[count + (int) (scratch[i] >>> shift & mask)]++;
            }
            long at = dst;
            for (int d = count; d < countEnd; d++) {
                long c = scratch[d];
                scratch[d] = at;
                at += c;
            }
            for (int i = src; i < src + n; i++) {
                long key = scratch[i];
                int d = count + (int) (key >>> shift & mask);
                scratch[(int) scratch[d]++] = key;
            }
            int t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    private static boolean packable(int n, double[] values) {
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v > 0 && !(v < PACKABLE_COUNT && v == Math.rint(v))) {
                return false;
            }
        }
        return true;
    }

    private static List<Set<LiquidityFlag>> flagSets() {
        int masks = 1 << LiquidityFlag.values().length;
        List<Set<LiquidityFlag>> sets = new ArrayList<>(masks);
        for (int mask = 0; mask < masks; mask++) {
            EnumSet<LiquidityFlag> set = EnumSet.noneOf(LiquidityFlag.class);
            for (LiquidityFlag f : LiquidityFlag.values()) {
                if ((mask & f.bit()) != 0) {
                    set.add(f);
                }
            }
            sets.add(Set.copyOf(set));
        }
        return List.copyOf(sets);
    }

    /** Configures a {@link LiquidityAnalyzer}. Not thread-safe. */
    public static final class Builder {
        private double spreadCap = DEFAULT_SPREAD_CAP;

        private Builder() {
        }

        /**
         * Sets the relative spread {@code (ask − bid)/mid} at which the spread component reaches 0.
         *
         * @param spreadCap the cap, positive; default 0.50
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder spreadCap(double spreadCap) {
            this.spreadCap = ArgChecks.positive(spreadCap, "spreadCap");
            return this;
        }

        /**
         * Builds the analyzer.
         *
         * @return the analyzer
         */
        public LiquidityAnalyzer build() {
            return new LiquidityAnalyzer(spreadCap);
        }
    }
}
