package io.swiftbolt.chain.analytics;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.OptionChain.VendorField;
import io.swiftbolt.core.math.Elementary;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.pricing.ImpliedVolKernels;
import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Analyses an {@link OptionChain}: max pain, put/call ratios, implied volatility and the smile
 * numbers built on it, and dealer gamma exposure.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Max pain</b> (per expiry and pooled): the settlement price, among the strikes, at which
 *       option writers pay least, {@code Σ OI·mult·max(P−K,0)} over calls plus
 *       {@code Σ OI·mult·max(K−P,0)} over puts; ties to the lowest strike; undefined without open
 *       interest. O(n log n) by prefix sums, see {@link MaxPainKernels}. The pooled curve uses every
 *       contract of every expiry and the union of their strikes.</li>
 *   <li><b>Put/call ratios</b> by volume, open interest and premium (volume × mid × multiplier, two-sided
 *       quotes only); undefined when the call side is zero. See {@link PutCallRatios}.</li>
 *   <li><b>Implied volatility</b> per contract: Black-Scholes-Merton (European) from the mid of a
 *       two-sided quote with core's solver ({@link ImpliedVolKernels}), time ACT/365 from the chain's
 *       valuation date, the analyzer's continuous {@code rate} and {@code dividendYield}. Where that
 *       gives none, a vendor {@code iv} from the chain file is used (status {@link ContractIvStatus#VENDOR}).
 *       Deltas (spot delta, including e^(−qT)) and gammas are taken at that volatility.</li>
 *   <li><b>ATM IV</b> per expiry: at the forward {@code F = S·e^((r−q)T)}. Each strike's smile volatility
 *       is the out-of-the-money option's (the call for K ≥ F, the put for K &lt; F), or the other one's when
 *       that is missing; ATM IV interpolates linearly in strike between the nearest strikes at or
 *       below and at or above F having a smile volatility (the value itself when a strike equals F).
 *       No extrapolation: undefined when F is not bracketed.</li>
 *   <li><b>25-delta risk reversal</b> {@code RR = σ(25Δ call) − σ(25Δ put)} and <b>butterfly</b>
 *       {@code BF = (σ(25Δ call) + σ(25Δ put))/2 − σ(ATM)}, where σ(25Δ call) interpolates the calls'
 *       volatilities linearly in (spot) delta at +0.25 and σ(25Δ put) the puts' at −0.25, between the
 *       first adjacent pair of strikes (ascending) that brackets the target. Undefined when not
 *       bracketed (and BF also when ATM IV is). This is the "smile" butterfly, not the broker
 *       (strangle-priced) one.</li>
 *   <li><b>Dealer gamma exposure</b>: dealers long calls, short puts; currency per 1 % move. See
 *       {@link GammaExposure}.</li>
 * </ul>
 * Everything built on implied volatility needs the chain's spot and valuation date
 * ({@link OptionChain#withMarket}); without them those values are empty and statuses
 * {@link ContractIvStatus#NO_MARKET_DATA}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class OptionsChainAnalyzer {

    private static final double TARGET_DELTA = 0.25;

    private final double rate;
    private final double dividendYield;

    private OptionsChainAnalyzer(Builder b) {
        this.rate = b.rate;
        this.dividendYield = b.dividendYield;
    }

    /**
     * A builder with rate and dividend yield 0.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An analyzer with rate and dividend yield 0.
     *
     * @return the analyzer
     */
    public static OptionsChainAnalyzer defaults() {
        return builder().build();
    }

    /**
     * The continuously compounded risk-free rate (decimal).
     *
     * @return the rate
     */
    public double rate() {
        return rate;
    }

    /**
     * The continuous dividend yield (decimal).
     *
     * @return the yield
     */
    public double dividendYield() {
        return dividendYield;
    }

    /**
     * The pain curve and max pain of expiry {@code e}.
     *
     * @param chain the chain
     * @param e     the expiry index
     * @return the curve
     * @throws IllegalArgumentException if {@code chain} is null or {@code e} out of range
     */
    public PainCurve painCurve(OptionChain chain, int e) {
        ArgChecks.notNull(chain, "chain");
        ArgChecks.inRange(e, 0, chain.expiryCount() - 1, "e");
        Columns c = new Columns(chain);
        return expiryPainCurve(chain, c, e);
    }

    /**
     * The pain curve and max pain pooled over all expiries.
     *
     * @param chain the chain
     * @return the curve; undefined max pain for an empty chain or one without open interest
     * @throws IllegalArgumentException if {@code chain} is null
     */
    public PainCurve pooledPainCurve(OptionChain chain) {
        ArgChecks.notNull(chain, "chain");
        Columns c = new Columns(chain);
        return pooledPainCurve(c, new PooledGrid(chain, c));
    }

    /**
     * The put/call totals and ratios over contracts {@code [from, to)}, e.g. one expiry's range.
     *
     * @param chain the chain
     * @param from  the first contract index
     * @param to    one past the last
     * @return the totals
     * @throws IllegalArgumentException if {@code chain} is null or the range is invalid
     */
    public PutCallRatios putCallRatios(OptionChain chain, int from, int to) {
        ArgChecks.notNull(chain, "chain");
        ArgChecks.inRange(from, 0, chain.size(), "from");
        ArgChecks.inRange(to, from, chain.size(), "to");
        return ratios(chain, from, to);
    }

    /**
     * Runs every analysis on the chain.
     *
     * @param chain the chain
     * @return the analysis
     * @throws IllegalArgumentException if {@code chain} is null
     */
    public ChainAnalysis analyze(OptionChain chain) {
        ArgChecks.notNull(chain, "chain");
        int n = chain.size();
        int expiryCount = chain.expiryCount();
        Columns c = new Columns(chain);
        PooledGrid grid = new PooledGrid(chain, c);

        ContractIvStatus[] status = new ContractIvStatus[n];
        double[] vol = new double[n];
        double[] delta = new double[n];
        double[] gamma = new double[n];
        double[] years = new double[expiryCount];
        solveVolatilities(chain, c, status, vol, delta, gamma, years);

        boolean market = chain.hasMarket();
        double spot = market ? chain.spot().getAsDouble() : Double.NaN;
        double gexScale = spot * spot * 0.01;
        double[] gexByStrike = market ? new double[grid.size] : null;

        List<ExpiryMetrics> metrics = new ArrayList<>(expiryCount);
        List<PainCurve> curves = new ArrayList<>(expiryCount);
        List<TermStructurePoint> term = new ArrayList<>();
        for (int e = 0; e < expiryCount; e++) {
            int from = chain.expiryStart(e);
            int to = chain.expiryEnd(e);
            PainCurve curve = expiryPainCurve(chain, c, e);
            curves.add(curve);
            OptionalDouble atm = OptionalDouble.empty();
            OptionalDouble rr = OptionalDouble.empty();
            OptionalDouble bf = OptionalDouble.empty();
            OptionalDouble gex = OptionalDouble.empty();
            if (market && years[e] > 0) {
                double forward = spot * Math.exp((rate - dividendYield) * years[e]);
                double atmVol = atmVol(c, from, to, forward, vol);
                double callVol = volAtDelta(c, from, to, true, TARGET_DELTA, vol, delta);
                double putVol = volAtDelta(c, from, to, false, -TARGET_DELTA, vol, delta);
                atm = optional(atmVol);
                rr = optional(callVol - putVol);
                bf = optional(0.5 * (callVol + putVol) - atmVol);
                if (!Double.isNaN(atmVol)) {
                    term.add(new TermStructurePoint(chain.expiry(e), years[e], atmVol));
                }
            }
            if (market) {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    if (!Double.isNaN(gamma[i])) {
                        double g = (c.call[i] ? 1 : -1) * gamma[i] * c.weight[i] * gexScale;
                        sum += g;
                        gexByStrike[grid.index[i]] += g;
                    }
                }
                gex = OptionalDouble.of(sum);
            }
            metrics.add(new ExpiryMetrics(Optional.of(chain.expiry(e)), to - from, curve.maxPain(),
                    ratios(chain, from, to), atm, rr, bf, gex));
        }
        // One expiry: the pooled curve is that expiry's, the same sums in the same order.
        PainCurve pooledCurve = expiryCount == 1 ? curves.get(0).pooled() : pooledPainCurve(c, grid);
        GammaExposure gex = market ? new GammaExposure(Arrays.copyOf(grid.strike, grid.size), gexByStrike) : null;
        ExpiryMetrics pooled = new ExpiryMetrics(Optional.empty(), n, pooledCurve.maxPain(), ratios(chain, 0, n),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                gex == null ? OptionalDouble.empty() : OptionalDouble.of(gex.total()));
        return new ChainAnalysis(chain, rate, dividendYield, metrics, pooled, curves, pooledCurve, status, vol,
                delta, gamma, term, gex);
    }

    // ---------------------------------------------------------------- internals

    /** The chain's columns needed here, copied once into arrays. */
    private static final class Columns {
        final int n;
        final boolean[] call;
        final double[] strike;
        /** Open interest × multiplier. */
        final double[] weight;

        Columns(OptionChain chain) {
            n = chain.size();
            call = new boolean[n];
            strike = new double[n];
            weight = new double[n];
            for (int i = 0; i < n; i++) {
                call[i] = chain.isCall(i);
                strike[i] = chain.strike(i);
                weight[i] = chain.openInterest(i) * chain.multiplier(i);
            }
        }
    }

    /**
     * The union of all strikes, ascending, and each contract's position in it. Each expiry's strikes
     * are already ascending, so the union is a merge of those runs (pairwise, O(n log expiries)), and
     * a contract's position is found from the previous one's, without sorting or searching the
     * whole union per contract.
     */
    private static final class PooledGrid {
        final double[] strike;
        final int size;
        final int[] index;

        PooledGrid(OptionChain chain, Columns c) {
            int runs = chain.expiryCount();
            double[] a = new double[c.n];
            int[] bounds = new int[runs + 1];
            int m = 0;
            for (int e = 0; e < runs; e++) {
                int runStart = m;
                for (int i = chain.expiryStart(e); i < chain.expiryEnd(e); i++) {
                    if (m == runStart || c.strike[i] != a[m - 1]) {
                        a[m++] = c.strike[i];
                    }
                }
                bounds[e + 1] = m;
            }
            double[] b = runs > 1 ? new double[m] : null;
            while (runs > 1) {
                int merged = 0;
                int out = 0;
                for (int r = 0; r < runs; r += 2) {
                    int end = r + 1 < runs ? bounds[r + 2] : bounds[r + 1];
                    out = mergeDistinct(a, bounds[r], bounds[r + 1], bounds[r + 1], end, b, out);
                    bounds[++merged] = out;
                }
                runs = merged;
                double[] t = a;
                a = b;
                b = t;
            }
            strike = a;
            size = runs == 1 ? bounds[1] : 0;
            index = new int[c.n];
            for (int e = 0; e < chain.expiryCount(); e++) {
                int p = 0;
                for (int i = chain.expiryStart(e); i < chain.expiryEnd(e); i++) {
                    double k = c.strike[i];
                    // Strikes ascend within an expiry and are all in the union: the next distinct
                    // strike is usually the next union entry, else it lies further right.
                    if (a[p] != k) {
                        p++;
                        if (a[p] != k) {
                            p = Arrays.binarySearch(a, p + 1, size, k);
                        }
                    }
                    index[i] = p;
                }
            }
        }

        /**
         * Merges the ascending distinct runs {@code src[from1, to1)} and {@code src[from2, to2)} into
         * {@code dst} at {@code out}, each value once.
         *
         * @return one past the last value written
         */
        private static int mergeDistinct(double[] src, int from1, int to1, int from2, int to2, double[] dst,
                                         int out) {
            int i = from1;
            int j = from2;
            while (i < to1 && j < to2) {
                double x = src[i];
                double y = src[j];
                if (x <= y) {
                    dst[out++] = x;
                    i++;
                    if (x == y) {
                        j++;
                    }
                } else {
                    dst[out++] = y;
                    j++;
                }
            }
            while (i < to1) {
                dst[out++] = src[i++];
            }
            while (j < to2) {
                dst[out++] = src[j++];
            }
            return out;
        }
    }

    private static PainCurve expiryPainCurve(OptionChain chain, Columns c, int e) {
        int from = chain.expiryStart(e);
        int to = chain.expiryEnd(e);
        int len = to - from;
        double[] k = new double[len];
        double[] cw = new double[len];
        double[] pw = new double[len];
        int m = MaxPainKernels.mergeSorted(from, to, c.strike, c.call, c.weight, k, cw, pw);
        double[] callPay = new double[m];
        double[] putPay = new double[m];
        int best = MaxPainKernels.painCurve(m, k, cw, pw, callPay, putPay);
        return new PainCurve(chain.expiry(e), m, k, callPay, putPay, best);
    }

    private static PainCurve pooledPainCurve(Columns c, PooledGrid grid) {
        int m = grid.size;
        double[] cw = new double[m];
        double[] pw = new double[m];
        for (int i = 0; i < c.n; i++) {
            if (c.call[i]) {
                cw[grid.index[i]] += c.weight[i];
            } else {
                pw[grid.index[i]] += c.weight[i];
            }
        }
        double[] callPay = new double[m];
        double[] putPay = new double[m];
        int best = MaxPainKernels.painCurve(m, grid.strike, cw, pw, callPay, putPay);
        return new PainCurve(null, m, grid.strike, callPay, putPay, best);
    }

    private static PutCallRatios ratios(OptionChain chain, int from, int to) {
        double cv = 0;
        double pv = 0;
        double coi = 0;
        double poi = 0;
        double cp = 0;
        double pp = 0;
        for (int i = from; i < to; i++) {
            double premium = chain.isTwoSided(i)
                    ? chain.volume(i) * 0.5 * (chain.bid(i) + chain.ask(i)) * chain.multiplier(i) : 0.0;
            if (chain.isCall(i)) {
                cv += chain.volume(i);
                coi += chain.openInterest(i);
                cp += premium;
            } else {
                pv += chain.volume(i);
                poi += chain.openInterest(i);
                pp += premium;
            }
        }
        return new PutCallRatios(cv, pv, coi, poi, cp, pp);
    }

    private void solveVolatilities(OptionChain chain, Columns c, ContractIvStatus[] status, double[] vol,
                                   double[] delta, double[] gamma, double[] years) {
        Arrays.fill(vol, Double.NaN);
        Arrays.fill(delta, Double.NaN);
        Arrays.fill(gamma, Double.NaN);
        if (!chain.hasMarket()) {
            Arrays.fill(status, ContractIvStatus.NO_MARKET_DATA);
            Arrays.fill(years, Double.NaN);
            return;
        }
        double spot = chain.spot().getAsDouble();
        LocalDate asOf = chain.asOf().orElseThrow();
        double[] deltaGamma = new double[2];
        double[] work = new double[ImpliedVolKernels.WORK_SIZE];
        for (int e = 0; e < chain.expiryCount(); e++) {
            double t = ChronoUnit.DAYS.between(asOf, chain.expiry(e)) / OptionContract.DAYS_PER_YEAR;
            years[e] = t;
            int from = chain.expiryStart(e);
            int to = chain.expiryEnd(e);
            if (!(t > 0)) {
                Arrays.fill(status, from, to, ContractIvStatus.EXPIRED);
                continue;
            }
            double sqrtT = Math.sqrt(t);
            double dq = Elementary.exp(-dividendYield * t);
            // The expiry's mid prices (NaN without a two-sided quote) are solved in place, all
            // together: the kernel interleaves the contracts' iterations, and writes delta and gamma
            // where it finds a volatility.
            for (int i = from; i < to; i++) {
                vol[i] = chain.isTwoSided(i) ? 0.5 * (chain.bid(i) + chain.ask(i)) : Double.NaN;
            }
            ImpliedVolKernels.impliedVolSameExpiry(from, to, c.call, vol, c.strike, spot, t, rate, dividendYield,
                    vol, delta, gamma, work);
            for (int i = from; i < to; i++) {
                double r = vol[i];
                double v = Double.NaN;
                ContractIvStatus s;
                if (!chain.isTwoSided(i)) {
                    s = ContractIvStatus.NO_TWO_SIDED_QUOTE;
                } else if (r > 0) {
                    v = r;
                    s = ContractIvStatus.SOLVED;
                } else if (r == ImpliedVolKernels.BELOW_INTRINSIC) {
                    s = ContractIvStatus.BELOW_INTRINSIC;
                } else if (r == ImpliedVolKernels.ABOVE_UPPER_BOUND) {
                    s = ContractIvStatus.ABOVE_UPPER_BOUND;
                } else {
                    s = ContractIvStatus.NOT_IDENTIFIABLE;
                }
                if (Double.isNaN(v)) {
                    OptionalDouble vendor = chain.vendor(i, VendorField.IV);
                    if (vendor.isPresent()) {
                        v = vendor.getAsDouble();
                        s = ContractIvStatus.VENDOR;
                        BlackScholesKernels.deltaAndGamma(c.call[i], spot, c.strike[i], t, rate, dividendYield, v,
                                sqrtT, dq, deltaGamma, 0);
                        delta[i] = deltaGamma[0];
                        gamma[i] = deltaGamma[1];
                    }
                }
                status[i] = s;
                vol[i] = v;
            }
        }
    }

    /** ATM volatility at the forward (see the class description), NaN when not bracketed. */
    private static double atmVol(Columns c, int from, int to, double forward, double[] vol) {
        double loK = Double.NaN;
        double loV = Double.NaN;
        int i = from;
        while (i < to) {
            double k = c.strike[i];
            double callVol = Double.NaN;
            double putVol = Double.NaN;
            while (i < to && c.strike[i] == k) {
                if (c.call[i]) {
                    callVol = vol[i];
                } else {
                    putVol = vol[i];
                }
                i++;
            }
            double otm = k >= forward ? callVol : putVol;
            double smile = Double.isNaN(otm) ? (k >= forward ? putVol : callVol) : otm;
            if (Double.isNaN(smile)) {
                continue;
            }
            if (k == forward) {
                return smile;
            }
            if (k < forward) {
                loK = k;
                loV = smile;
            } else {
                if (Double.isNaN(loK)) {
                    return Double.NaN;
                }
                return loV + (smile - loV) * (forward - loK) / (k - loK);
            }
        }
        return Double.NaN;
    }

    /**
     * Volatility at a target delta for one side of one expiry: linear in delta between the first
     * adjacent pair (ascending strike) of that side's contracts with volatility that brackets it.
     */
    private static double volAtDelta(Columns c, int from, int to, boolean call, double target, double[] vol,
                                     double[] delta) {
        double prevD = Double.NaN;
        double prevV = Double.NaN;
        for (int i = from; i < to; i++) {
            if (c.call[i] != call || Double.isNaN(vol[i])) {
                continue;
            }
            double d = delta[i];
            double v = vol[i];
            if (d == target) {
                return v;
            }
            if (!Double.isNaN(prevD) && prevD > target && d < target) {
                return prevV + (v - prevV) * (target - prevD) / (d - prevD);
            }
            prevD = d;
            prevV = v;
        }
        return Double.NaN;
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Configures an {@link OptionsChainAnalyzer}. Not thread-safe. */
    public static final class Builder {
        private double rate;
        private double dividendYield;

        private Builder() {
        }

        /**
         * Sets the continuously compounded risk-free rate.
         *
         * @param rate the rate (decimal, may be negative), finite; default 0
         * @return this builder
         * @throws IllegalArgumentException if not finite
         */
        public Builder rate(double rate) {
            this.rate = ArgChecks.finite(rate, "rate");
            return this;
        }

        /**
         * Sets the continuous dividend yield.
         *
         * @param dividendYield the yield (decimal, may be negative), finite; default 0
         * @return this builder
         * @throws IllegalArgumentException if not finite
         */
        public Builder dividendYield(double dividendYield) {
            this.dividendYield = ArgChecks.finite(dividendYield, "dividendYield");
            return this;
        }

        /**
         * Builds the analyzer.
         *
         * @return the analyzer
         */
        public OptionsChainAnalyzer build() {
            return new OptionsChainAnalyzer(this);
        }
    }
}
