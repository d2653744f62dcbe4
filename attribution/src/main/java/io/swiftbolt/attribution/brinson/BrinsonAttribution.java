package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brinson performance attribution by sector, for one period or linked over many.
 *
 * <pre>{@code
 * BrinsonAttribution brinson = BrinsonAttribution.builder()
 *         .method(BrinsonMethod.BRINSON_FACHLER)
 *         .linking(LinkingMethod.MENCHERO)
 *         .build();
 * BrinsonResult day = brinson.attribute(holdings);          // one period
 * LinkedBrinsonResult year = brinson.attributeAndLink(days); // many periods, linked
 * }</pre>
 *
 * <p><b>Weights.</b> Each side's weights must sum to 1 within {@link Builder#weightTolerance}
 * (default {@value #DEFAULT_WEIGHT_TOLERANCE}); they are then rescaled to sum to 1 exactly, which
 * makes the Brinson-Fachler identity hold to rounding. With {@link Builder#normalizeWeights}
 * any positive sums are accepted and rescaled, e.g. market values.
 *
 * <p><b>Sectors.</b> Rows sharing a sector name are grouped (weights summed, returns
 * weight-averaged); a sector held by one side only is handled as {@link SectorCoverage} describes.
 * Output sectors keep the order of their first appearance.
 *
 * <p><b>Identities</b> (up to rounding): per sector, BHB effects add to {@code wp*rp - wb*rb};
 * over all sectors, both methods' effects add to {@code Rp - Rb}; linked effects add to the
 * compounded active return (see {@link LinkingMethod}).
 *
 * <p>Immutable and thread-safe. The typed methods allocate per call; for hot loops use
 * {@link BrinsonKernels} directly.
 */
public final class BrinsonAttribution {

    /** The default tolerance on each side's weight sum: {@value}. */
    public static final double DEFAULT_WEIGHT_TOLERANCE = 1e-6;

    private final BrinsonMethod method;
    private final LinkingMethod linking;
    private final double weightTolerance;
    private final boolean normalizeWeights;

    private BrinsonAttribution(Builder b) {
        this.method = b.method;
        this.linking = b.linking;
        this.weightTolerance = b.weightTolerance;
        this.normalizeWeights = b.normalizeWeights;
    }

    /**
     * A builder with the defaults: BHB, Carino linking, weight tolerance
     * {@value #DEFAULT_WEIGHT_TOLERANCE}, no normalization.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The single-period method.
     *
     * @return the method
     */
    public BrinsonMethod method() {
        return method;
    }

    /**
     * The multi-period linking method.
     *
     * @return the linking method
     */
    public LinkingMethod linking() {
        return linking;
    }

    /**
     * Attributes one period.
     *
     * @param holdings the rows (sectors, or securities tagged with sectors), not empty
     * @return the effects by sector
     * @throws IllegalArgumentException if {@code holdings} is null, empty or has a null element,
     *                                  or a side's weights do not sum to 1 within the tolerance
     *                                  (or, with normalization, are all zero)
     */
    public BrinsonResult attribute(List<Holding> holdings) {
        ArgChecks.notNull(holdings, "holdings");
        ArgChecks.check(!holdings.isEmpty(), "holdings", holdings, "must not be empty");
        int n = holdings.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] sectorOf = new int[n];
        double[] wp = new double[n];
        double[] wb = new double[n];
        double[] rp = new double[n];
        double[] rb = new double[n];
        double sumWp = 0;
        double sumWb = 0;
        for (int i = 0; i < n; i++) {
            Holding h = ArgChecks.notNull(holdings.get(i), "holdings[" + i + "]");
            Integer s = index.get(h.sector());
            if (s == null) {
                s = index.size();
                index.put(h.sector(), s);
            }
            sectorOf[i] = s;
            wp[i] = h.portfolioWeight();
            wb[i] = h.benchmarkWeight();
            rp[i] = h.portfolioReturn();
            rb[i] = h.benchmarkReturn();
            sumWp += wp[i];
            sumWb += wb[i];
        }
        double scaleP = 1 / checkWeightSum(sumWp, "portfolio");
        double scaleB = 1 / checkWeightSum(sumWb, "benchmark");
        for (int i = 0; i < n; i++) {
            wp[i] *= scaleP;
            wb[i] *= scaleB;
        }
        int sectors = index.size();
        double[] sWp = new double[sectors];
        double[] sWb = new double[sectors];
        double[] sRp = new double[sectors];
        double[] sRb = new double[sectors];
        BrinsonKernels.groupBySector(sectorOf, wp, wb, rp, rb, n, sectors, sWp, sWb, sRp, sRb);
        double[] alloc = new double[sectors];
        double[] sel = new double[sectors];
        double[] inter = new double[sectors];
        double benchmarkReturn = BrinsonKernels.effects(method, sWp, sWb, sRp, sRb, sectors, alloc, sel, inter);
        double portfolioReturn = 0;
        List<SectorEffects> out = new ArrayList<>(sectors);
        int s = 0;
        for (String name : index.keySet()) {
            portfolioReturn += sWp[s] * sRp[s];
            out.add(new SectorEffects(name, coverage(sWp[s], sWb[s]), sWp[s], sWb[s], sRp[s], sRb[s],
                    alloc[s], sel[s], inter[s]));
            s++;
        }
        return new BrinsonResult(method, out, portfolioReturn, benchmarkReturn);
    }

    /**
     * Attributes each period and links the results (see {@link #link}).
     *
     * @param periods the holdings of each period, in time order, not empty
     * @return the linked effects by sector
     * @throws IllegalArgumentException as {@link #attribute} for any period, or as {@link #link}
     */
    public LinkedBrinsonResult attributeAndLink(List<List<Holding>> periods) {
        ArgChecks.notNull(periods, "periods");
        List<BrinsonResult> results = new ArrayList<>(periods.size());
        for (int t = 0; t < periods.size(); t++) {
            try {
                results.add(attribute(periods.get(t)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("period " + t + ": " + e.getMessage(), e);
            }
        }
        return link(results);
    }

    /**
     * Links single-period results with this engine's {@link #linking()} method so that the linked
     * effects add up to the compounded active return.
     *
     * @param periods the single-period results in time order, not empty, all computed with the
     *                same method
     * @return the linked effects by sector, sectors in order of first appearance
     * @throws IllegalArgumentException if {@code periods} is null or empty, has a null element,
     *                                  mixes methods, or a period's portfolio or benchmark return
     *                                  is -1 (a total loss, after which nothing compounds)
     */
    public LinkedBrinsonResult link(List<BrinsonResult> periods) {
        ArgChecks.notNull(periods, "periods");
        ArgChecks.check(!periods.isEmpty(), "periods", periods, "must not be empty");
        int count = periods.size();
        BrinsonMethod periodMethod = ArgChecks.notNull(periods.get(0), "periods[0]").method();
        Map<String, Integer> index = new LinkedHashMap<>();
        double[] rp = new double[count];
        double[] rb = new double[count];
        for (int t = 0; t < count; t++) {
            BrinsonResult r = ArgChecks.notNull(periods.get(t), "periods[" + t + "]");
            ArgChecks.check(r.method() == periodMethod, "periods[" + t + "].method", r.method(),
                    "must equal the first period's method " + periodMethod);
            rp[t] = r.portfolioReturn();
            rb[t] = r.benchmarkReturn();
            ArgChecks.check(rp[t] > -1, "periods[" + t + "].portfolioReturn", rp[t], "must be above -1 to link");
            ArgChecks.check(rb[t] > -1, "periods[" + t + "].benchmarkReturn", rb[t], "must be above -1 to link");
            for (SectorEffects e : r.sectors()) {
                index.putIfAbsent(e.sector(), index.size());
            }
        }
        int width = 3 * index.size();
        double[] effects = new double[count * width];
        for (int t = 0; t < count; t++) {
            int row = t * width;
            for (SectorEffects e : periods.get(t).sectors()) {
                int j = row + 3 * index.get(e.sector());
                // A sector repeated within a period cannot come from attribute(); add to be safe.
                effects[j] += e.allocation();
                effects[j + 1] += e.selection();
                effects[j + 2] += e.interaction();
            }
        }
        double[] coefficients = new double[count];
        if (linking == LinkingMethod.CARINO) {
            BrinsonKernels.carinoCoefficients(rp, rb, count, coefficients);
        } else {
            BrinsonKernels.mencheroCoefficients(rp, rb, count, coefficients);
        }
        double[] linked = new double[width];
        BrinsonKernels.link(effects, count, width, coefficients, linked);
        List<LinkedSectorEffects> out = new ArrayList<>(index.size());
        int s = 0;
        for (String name : index.keySet()) {
            out.add(new LinkedSectorEffects(name, linked[3 * s], linked[3 * s + 1], linked[3 * s + 2]));
            s++;
        }
        return new LinkedBrinsonResult(periodMethod, linking, out, BrinsonKernels.compound(rp, count),
                BrinsonKernels.compound(rb, count), count);
    }

    private double checkWeightSum(double sum, String side) {
        if (normalizeWeights) {
            ArgChecks.check(sum > 0, side + " weights", sum, "must have a positive sum to be normalized");
        } else {
            ArgChecks.check(Math.abs(sum - 1) <= weightTolerance, side + " weights", sum,
                    "must sum to 1 within " + weightTolerance + " (or ask for normalization)");
        }
        return sum;
    }

    private static SectorCoverage coverage(double wp, double wb) {
        if (wp > 0) {
            return wb > 0 ? SectorCoverage.BOTH : SectorCoverage.PORTFOLIO_ONLY;
        }
        return wb > 0 ? SectorCoverage.BENCHMARK_ONLY : SectorCoverage.NEITHER;
    }

    /**
     * Configures a {@link BrinsonAttribution}. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private BrinsonMethod method = BrinsonMethod.BHB;
        private LinkingMethod linking = LinkingMethod.CARINO;
        private double weightTolerance = DEFAULT_WEIGHT_TOLERANCE;
        private boolean normalizeWeights;

        private Builder() {
        }

        /**
         * The single-period method; default {@link BrinsonMethod#BHB}.
         *
         * @param method the method
         * @return this builder
         * @throws IllegalArgumentException if {@code method} is null
         */
        public Builder method(BrinsonMethod method) {
            this.method = ArgChecks.notNull(method, "method");
            return this;
        }

        /**
         * The linking method for many periods; default {@link LinkingMethod#CARINO}.
         *
         * @param linking the linking method
         * @return this builder
         * @throws IllegalArgumentException if {@code linking} is null
         */
        public Builder linking(LinkingMethod linking) {
            this.linking = ArgChecks.notNull(linking, "linking");
            return this;
        }

        /**
         * How far each side's weight sum may be from 1 without normalization; default
         * {@value BrinsonAttribution#DEFAULT_WEIGHT_TOLERANCE}.
         *
         * @param tolerance the absolute tolerance, in {@code [0, 1)}
         * @return this builder
         * @throws IllegalArgumentException if {@code tolerance} is negative, at least 1 or NaN
         */
        public Builder weightTolerance(double tolerance) {
            ArgChecks.check(tolerance >= 0 && tolerance < 1, "weightTolerance", tolerance, "must be in [0, 1)");
            this.weightTolerance = tolerance;
            return this;
        }

        /**
         * Whether to accept any positive weight sums and rescale each side to 1 (e.g. weights
         * given as market values); default false.
         *
         * @param normalize true to normalize
         * @return this builder
         */
        public Builder normalizeWeights(boolean normalize) {
            this.normalizeWeights = normalize;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return a new immutable engine
         */
        public BrinsonAttribution build() {
            return new BrinsonAttribution(this);
        }
    }
}
