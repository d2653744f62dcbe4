package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Streaming volume ratio, {@code volume / SMA(volume, n)} (the average includes the current bar;
 * 1 when it is zero), O(1); equal to {@link IndicatorKernels#volumeRatio}. First defined at index
 * {@code n − 1}. Dimensionless.
 *
 * <p>Mutable, not thread-safe.
 */
public final class VolumeRatio extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double[] window;
    private double sum;

    /**
     * Makes a volume ratio.
     *
     * @param n the averaging period, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public VolumeRatio(int n) {
        super("volume_ratio_" + n, period(n, 1, "n") - 1);
        this.n = n;
        this.window = new double[n];
    }

    /**
     * Adds the next volume.
     *
     * @param value the bar's volume, finite and zero or positive
     * @return whether the ratio is defined
     * @throws IllegalArgumentException if the volume is negative, NaN or infinite
     */
    @Override
    public boolean update(double value) {
        ArgChecks.notNegative(value, "value");
        int slot = count % n;
        if (count >= n) {
            sum += value - window[slot];
        } else {
            sum += value;
        }
        window[slot] = value;
        count++;
        current = IndicatorKernels.ratioToMean(value, sum / n);
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        sum = 0.0;
    }
}
