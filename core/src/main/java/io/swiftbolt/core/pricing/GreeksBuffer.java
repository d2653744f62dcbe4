package io.swiftbolt.core.pricing;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Caller-owned column buffers for batch Greeks ({@link BlackScholesKernels#greeksBatch}): one
 * {@code double[]} per quantity, allocated once and reused across calls so that pricing a chain
 * allocates nothing.
 *
 * <p>This is a mutable work buffer, not a value: the arrays returned by the accessors are the
 * buffer's own and are overwritten by the next batch call. Not thread-safe; use one per thread.
 * Units are those of {@link BlackScholesKernels}.
 */
public final class GreeksBuffer {

    final double[] price;
    final double[] delta;
    final double[] gamma;
    final double[] vega;
    final double[] theta;
    final double[] rho;
    final double[] vanna;
    final double[] volga;
    final double[] charm;
    /** Options per pass of the batch kernel: its intermediate columns below hold one block. */
    static final int BLOCK = 64;
    /** Per option of the current block: its expiry's √t, 1/t, e^(−qt) and e^(−rt). */
    final double[] blockSqrtT = new double[BLOCK];
    final double[] blockInvT = new double[BLOCK];
    final double[] blockDq = new double[BLOCK];
    final double[] blockDr = new double[BLOCK];
    /** Per option of the current block: the moneyness S/K and its logarithm. */
    final double[] blockMoneyness = new double[BLOCK];
    final double[] blockLog = new double[BLOCK];
    /** Per option of the current block: σ√t, its reciprocal, (S/K)·e^(−qt)/e^(−rt), ln(F/K)/(σ√t), d1. */
    final double[] blockS = new double[BLOCK];
    final double[] blockInvS = new double[BLOCK];
    final double[] blockRatio = new double[BLOCK];
    final double[] blockH = new double[BLOCK];
    final double[] blockD1 = new double[BLOCK];
    /** Per option of the current block: e^(−d1²/2) and the tail factors g(|d1|), g(|d2|). */
    final double[] blockE1 = new double[BLOCK];
    final double[] blockG1 = new double[BLOCK];
    final double[] blockG2 = new double[BLOCK];
    /** Per option of the current block: the tail factors' arguments min(|d1|, 38.7) and |d2|. */
    final double[] blockU1 = new double[BLOCK];
    final double[] blockU2 = new double[BLOCK];
    /** The current block's options that the batch's last pass left to a second look. */
    final int[] blockRare = new int[BLOCK];
    /** Those of them whose price needs the series: their indices, midpoints m and tail factors g(m). */
    final int[] blockSeries = new int[BLOCK];
    final double[] blockMid = new double[BLOCK];
    final double[] blockGMid = new double[BLOCK];
    /** The single-option kernel's output slot for those. */
    final double[] slot = new double[BlackScholesKernels.SLOT_SIZE];

    /**
     * Allocates buffers for up to {@code capacity} options.
     *
     * @param capacity the number of options a batch may hold, positive
     * @throws IllegalArgumentException if {@code capacity} is not positive
     */
    public GreeksBuffer(int capacity) {
        ArgChecks.positive(capacity, "capacity");
        price = new double[capacity];
        delta = new double[capacity];
        gamma = new double[capacity];
        vega = new double[capacity];
        theta = new double[capacity];
        rho = new double[capacity];
        vanna = new double[capacity];
        volga = new double[capacity];
        charm = new double[capacity];
    }


    /** @return the capacity, in options */
    public int capacity() {
        return price.length;
    }

    /** @return prices (buffer's own array) */
    public double[] price() {
        return price;
    }

    /** @return deltas, ∂V/∂S (buffer's own array) */
    public double[] delta() {
        return delta;
    }

    /** @return gammas, ∂²V/∂S² (buffer's own array) */
    public double[] gamma() {
        return gamma;
    }

    /** @return vegas per 1.00 of vol (buffer's own array) */
    public double[] vega() {
        return vega;
    }

    /** @return thetas per calendar year (buffer's own array) */
    public double[] theta() {
        return theta;
    }

    /** @return rhos per 1.00 of rate (buffer's own array) */
    public double[] rho() {
        return rho;
    }

    /** @return vannas, ∂²V/∂S∂σ (buffer's own array) */
    public double[] vanna() {
        return vanna;
    }

    /** @return volgas, ∂²V/∂σ² (buffer's own array) */
    public double[] volga() {
        return volga;
    }

    /** @return charms per calendar year (buffer's own array) */
    public double[] charm() {
        return charm;
    }
}
