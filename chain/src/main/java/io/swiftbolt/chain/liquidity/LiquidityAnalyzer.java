package io.swiftbolt.chain.liquidity;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.core.util.ArgChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
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
 * <p>Two layers: the static kernel {@link #scores} on arrays, O(n log n) (two sorts), and the typed
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
     * @return one entry per contract, in chain order; unmodifiable
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
        scores(n, bid, ask, volume, oi, spreadCap, new double[n], rel, volPct, oiPct, score, flags);
        List<ContractLiquidity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ContractLiquidity(i, chain.contractId(i), score[i], LiquidityRating.of(score[i]),
                    Double.isNaN(rel[i]) ? OptionalDouble.empty() : OptionalDouble.of(rel[i]), volPct[i], oiPct[i],
                    FLAG_SETS.get(flags[i])));
        }
        return List.copyOf(out);
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
     * @param scratch        work space of at least {@code n}
     * @param relativeSpread written: {@code (ask − bid)/mid}, or NaN when missing or crossed
     * @param volumePct      written: volume percentiles in [0, 1]
     * @param oiPct          written: open-interest percentiles in [0, 1]
     * @param score          written: total scores in [0, 100]
     * @param flags          written: bit masks of {@link LiquidityFlag#bit()}
     */
    public static void scores(int n, double[] bid, double[] ask, double[] volume, double[] openInterest,
                              double spreadCap, double[] scratch, double[] relativeSpread, double[] volumePct,
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

    /** {@code out[i] = #{j : v[j] ≤ v[i]} / n}, or 0 when {@code v[i] ≤ 0}; O(n log n). */
    private static void percentiles(int n, double[] values, double[] scratch, double[] out) {
        System.arraycopy(values, 0, scratch, 0, n);
        Arrays.sort(scratch, 0, n);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!(v > 0)) {
                out[i] = 0;
                continue;
            }
            // Upper bound: first index with scratch[idx] > v.
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (scratch[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out[i] = (double) lo / n;
        }
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
