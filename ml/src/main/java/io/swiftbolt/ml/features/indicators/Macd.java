package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Streaming MACD, O(1) per update; equal to {@link IndicatorKernels#macd}. {@link #value()} is
 * the MACD line {@code EMA(fast) − EMA(slow)} (price units), defined from index
 * {@code slow − 1}; {@link #signal()} is the EMA({@code signal}) of the line seeded with the mean
 * of its first {@code signal} values, and {@link #histogram()} is line − signal, both defined from
 * index {@code slow + signal − 2}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class Macd extends AbstractIndicator implements ScalarIndicator {

    private final int fast;
    private final int slow;
    private final int signalPeriod;
    private final double aFast;
    private final double bFast;
    private final double aSlow;
    private final double bSlow;
    private final double aSig;
    private final double bSig;
    private double fastSum;
    private double slowSum;
    private double eFast;
    private double eSlow;
    private double sigSum;
    private double eSig;

    /**
     * Makes a MACD.
     *
     * @param fast   the fast EMA period, {@code >= 1}
     * @param slow   the slow EMA period, {@code > fast}
     * @param signal the signal EMA period, {@code >= 1}
     * @throws IllegalArgumentException if a period is out of range
     */
    public Macd(int fast, int slow, int signal) {
        super("macd_" + fast + "_" + slow + "_" + signal, checkPeriods(fast, slow, signal) - 1);
        this.fast = fast;
        this.slow = slow;
        this.signalPeriod = signal;
        this.aFast = 2.0 / (fast + 1);
        this.bFast = 1.0 - aFast;
        this.aSlow = 2.0 / (slow + 1);
        this.bSlow = 1.0 - aSlow;
        this.aSig = 2.0 / (signal + 1);
        this.bSig = 1.0 - aSig;
    }

    private static int checkPeriods(int fast, int slow, int signal) {
        period(fast, 1, "fast");
        period(signal, 1, "signal");
        ArgChecks.check(slow > fast, "slow", slow, "must exceed fast = " + fast);
        return slow;
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        int i = count;
        if (i < fast) {
            fastSum += value;
            if (i == fast - 1) {
                eFast = fastSum / fast;
            }
        } else {
            eFast = aFast * value + bFast * eFast;
        }
        if (i < slow) {
            slowSum += value;
            if (i == slow - 1) {
                eSlow = slowSum / slow;
            }
        } else {
            eSlow = aSlow * value + bSlow * eSlow;
        }
        if (i >= slow - 1) {
            double m = eFast - eSlow;
            current = m;
            int sigStart = signalFirstDefinedIndex();
            if (i < sigStart) {
                sigSum += m;
            } else if (i == sigStart) {
                eSig = (sigSum + m) / signalPeriod;
            } else {
                eSig = aSig * m + bSig * eSig;
            }
        }
        count++;
        return isDefined();
    }

    /**
     * The index from which {@link #signal()} and {@link #histogram()} are defined.
     *
     * @return {@code slow + signal − 2}
     */
    public int signalFirstDefinedIndex() {
        return slow + signalPeriod - 2;
    }

    /**
     * Whether the signal and histogram are defined.
     *
     * @return true after {@code slow + signal − 1} updates
     */
    public boolean isSignalDefined() {
        return count > signalFirstDefinedIndex();
    }

    /**
     * The signal line.
     *
     * @return the EMA of the MACD line
     * @throws IllegalStateException during the signal's warm-up
     */
    public double signal() {
        requireSignal();
        return eSig;
    }

    /**
     * The histogram, MACD line − signal.
     *
     * @return the histogram
     * @throws IllegalStateException during the signal's warm-up
     */
    public double histogram() {
        requireSignal();
        return current - eSig;
    }

    private void requireSignal() {
        if (!isSignalDefined()) {
            throw new IllegalStateException(this + " signal is not defined yet: " + count + " of "
                    + (signalFirstDefinedIndex() + 1) + " warm-up updates made");
        }
    }

    @Override
    public void reset() {
        super.reset();
        fastSum = 0.0;
        slowSum = 0.0;
        eFast = 0.0;
        eSlow = 0.0;
        sigSum = 0.0;
        eSig = 0.0;
    }
}
