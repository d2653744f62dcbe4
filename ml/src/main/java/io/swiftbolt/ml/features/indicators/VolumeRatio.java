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

    /** The running average of the volume; the ratio shares its window and arithmetic. */
    private final Sma average;

    /**
     * Makes a volume ratio.
     *
     * @param n the averaging period, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public VolumeRatio(int n) {
        super("volume_ratio_" + n, period(n, 1, "n") - 1);
        this.average = new Sma(n);
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
        average.update(value);
        count++;
        current = IndicatorKernels.ratioToMean(value, average.current);
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        average.reset();
    }
}
