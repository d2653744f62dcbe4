package io.swiftbolt.chain.greeks;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Portfolio Greeks of option positions: Black-Scholes-Merton (European, continuous dividend yield)
 * Greeks of each position at its own volatility, times quantity × multiplier, summed in total, by
 * expiry and by strike bucket. Definitions and units are in {@link GreeksTotals}; time to expiry is
 * ACT/365 from the valuation date.
 *
 * <p>Two layers: the kernel {@link #aggregate} on arrays (no allocation) and the typed
 * {@link #aggregate(List)}. Immutable and thread-safe; build with {@link #builder()}.
 */
public final class GreeksAggregator {

    /** Index of Σ units·Δ in a kernel accumulator. */
    public static final int DELTA = 0;
    /** Index of Σ units·Γ. */
    public static final int GAMMA = 1;
    /** Index of Σ units·vega. */
    public static final int VEGA = 2;
    /** Index of Σ units·θ (per year). */
    public static final int THETA = 3;
    /** Index of Σ units·ρ. */
    public static final int RHO = 4;
    /** Index of the calls' Σ units·Δ. */
    public static final int CALL_DELTA = 5;
    /** Index of the puts' Σ units·Δ. */
    public static final int PUT_DELTA = 6;
    /** Index of Σ |units·Γ|. */
    public static final int ABS_GAMMA = 7;
    /** Index of Σ |units·Γ|·units·vega. */
    public static final int ABS_GAMMA_VEGA = 8;
    /** The length of a kernel accumulator. */
    public static final int ACCUMULATOR_SIZE = 9;

    private final double spot;
    private final LocalDate asOf;
    private final double rate;
    private final double dividendYield;
    private final double bucketWidth;

    private GreeksAggregator(Builder b) {
        this.spot = b.spot;
        this.asOf = b.asOf;
        this.rate = b.rate;
        this.dividendYield = b.dividendYield;
        this.bucketWidth = b.bucketWidth;
    }

    /**
     * A builder; spot and valuation date are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The kernel: adds the Greeks of {@code n} positions into {@code acc} (indices {@link #DELTA} ..
     * {@link #ABS_GAMMA_VEGA}); {@code acc} is not cleared first. No allocation, no validation.
     *
     * @param n      the number of positions
     * @param call   rights (true = call)
     * @param strike strikes, positive
     * @param t      years to expiry, positive
     * @param vol    volatilities, positive
     * @param units  quantity × multiplier, signed
     * @param spot   the underlying's price, positive
     * @param r      risk-free rate (decimal)
     * @param q      dividend yield (decimal)
     * @param slot   work space of at least {@link BlackScholesKernels#SLOT_SIZE}
     * @param acc    the accumulator, at least {@link #ACCUMULATOR_SIZE} long
     */
    public static void aggregate(int n, boolean[] call, double[] strike, double[] t, double[] vol, double[] units,
                                 double spot, double r, double q, double[] slot, double[] acc) {
        for (int i = 0; i < n; i++) {
            BlackScholesKernels.priceAndGreeks(call[i], spot, strike[i], t[i], r, q, vol[i], slot, 0);
            add(call[i], units[i], slot, acc);
        }
    }

    /** Adds one position's Greeks (per unit, in {@code slot}) times {@code units} into {@code acc}. */
    private static void add(boolean call, double units, double[] slot, double[] acc) {
        double d = units * slot[BlackScholesKernels.DELTA];
        double g = units * slot[BlackScholesKernels.GAMMA];
        double v = units * slot[BlackScholesKernels.VEGA];
        acc[DELTA] += d;
        acc[GAMMA] += g;
        acc[VEGA] += v;
        acc[THETA] += units * slot[BlackScholesKernels.THETA];
        acc[RHO] += units * slot[BlackScholesKernels.RHO];
        acc[call ? CALL_DELTA : PUT_DELTA] += d;
        acc[ABS_GAMMA] += Math.abs(g);
        acc[ABS_GAMMA_VEGA] += Math.abs(g) * v;
    }

    /**
     * Turns a kernel accumulator into totals at a spot price.
     *
     * @param acc  the accumulator
     * @param spot the underlying's price, positive
     * @return the totals
     * @throws IllegalArgumentException if {@code acc} is too short or holds non-finite values, or
     *                                  {@code spot} is not positive
     */
    public static GreeksTotals totals(double[] acc, double spot) {
        ArgChecks.notNull(acc, "acc");
        ArgChecks.check(acc.length >= ACCUMULATOR_SIZE, "acc.length", acc.length, "must be at least " + ACCUMULATOR_SIZE);
        ArgChecks.positive(spot, "spot");
        OptionalDouble gwv = acc[ABS_GAMMA] > 0 ? OptionalDouble.of(acc[ABS_GAMMA_VEGA] / acc[ABS_GAMMA])
                : OptionalDouble.empty();
        return new GreeksTotals(acc[DELTA], acc[GAMMA], acc[VEGA], acc[THETA], acc[RHO], acc[DELTA] * spot,
                acc[GAMMA] * spot * spot * 0.01, acc[CALL_DELTA], acc[PUT_DELTA], gwv);
    }

    /**
     * Aggregates positions.
     *
     * @param positions the positions (any underlying symbol: all are valued at this aggregator's spot)
     * @return the Greeks in total, by expiry and by strike bucket
     * @throws IllegalArgumentException if {@code positions} is null or holds null, or a position's
     *                                  contract expires on or before the valuation date
     */
    public PortfolioGreeks aggregate(List<Position> positions) {
        ArgChecks.notNull(positions, "positions");
        double[] slot = new double[BlackScholesKernels.SLOT_SIZE];
        double[] total = new double[ACCUMULATOR_SIZE];
        Map<LocalDate, double[]> byExpiry = new TreeMap<>();
        Map<LocalDate, int[]> expiryCounts = new TreeMap<>();
        Map<Long, double[]> byBucket = new TreeMap<>();
        Map<Long, int[]> bucketCounts = new TreeMap<>();
        for (int k = 0; k < positions.size(); k++) {
            Position p = ArgChecks.notNull(positions.get(k), "positions[" + k + "]");
            OptionContract c = p.contract();
            double t = c.yearsToExpiry(asOf);
            ArgChecks.check(t > 0, "positions[" + k + "].contract.expiry", c.expiry(),
                    "must be after the valuation date " + asOf);
            boolean call = c.right().isCall();
            BlackScholesKernels.priceAndGreeks(call, spot, c.strike(), t, rate, dividendYield, p.volatility(), slot, 0);
            add(call, p.units(), slot, total);
            add(call, p.units(), slot, byExpiry.computeIfAbsent(c.expiry(), e -> new double[ACCUMULATOR_SIZE]));
            expiryCounts.computeIfAbsent(c.expiry(), e -> new int[1])[0]++;
            long bucket = (long) Math.floor(c.strike() / bucketWidth);
            add(call, p.units(), slot, byBucket.computeIfAbsent(bucket, b -> new double[ACCUMULATOR_SIZE]));
            bucketCounts.computeIfAbsent(bucket, b -> new int[1])[0]++;
        }
        List<ExpiryGreeks> expiries = new ArrayList<>();
        byExpiry.forEach((e, acc) -> expiries.add(new ExpiryGreeks(e, expiryCounts.get(e)[0], totals(acc, spot))));
        List<StrikeBucketGreeks> buckets = new ArrayList<>();
        byBucket.forEach((b, acc) -> buckets.add(new StrikeBucketGreeks(b * bucketWidth, (b + 1) * bucketWidth,
                bucketCounts.get(b)[0], totals(acc, spot))));
        return new PortfolioGreeks(totals(total, spot), expiries, buckets);
    }

    /** Configures a {@link GreeksAggregator}. Not thread-safe. */
    public static final class Builder {
        private double spot = Double.NaN;
        private LocalDate asOf;
        private double rate;
        private double dividendYield;
        private double bucketWidth = 25;

        private Builder() {
        }

        /**
         * Sets the underlying's price and the valuation date (required).
         *
         * @param spot the price, positive
         * @param asOf the valuation date
         * @return this builder
         * @throws IllegalArgumentException if {@code spot} is not positive or {@code asOf} null
         */
        public Builder market(double spot, LocalDate asOf) {
            this.spot = ArgChecks.positive(spot, "spot");
            this.asOf = ArgChecks.notNull(asOf, "asOf");
            return this;
        }

        /**
         * Sets the continuously compounded risk-free rate.
         *
         * @param rate decimal, finite; default 0
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
         * @param dividendYield decimal, finite; default 0
         * @return this builder
         * @throws IllegalArgumentException if not finite
         */
        public Builder dividendYield(double dividendYield) {
            this.dividendYield = ArgChecks.finite(dividendYield, "dividendYield");
            return this;
        }

        /**
         * Sets the width of strike buckets: strike K falls in {@code [floor(K/w)·w, floor(K/w)·w + w)}.
         *
         * @param width the width in the underlying's currency, positive; default 25
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder strikeBucketWidth(double width) {
            this.bucketWidth = ArgChecks.positive(width, "width");
            return this;
        }

        /**
         * Builds the aggregator.
         *
         * @return the aggregator
         * @throws IllegalArgumentException if {@link #market} was not called
         */
        public GreeksAggregator build() {
            ArgChecks.check(asOf != null, "market", "unset", "must be set (spot and valuation date)");
            return new GreeksAggregator(this);
        }
    }
}
