package io.swiftbolt.ml.features.indicators;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Streaming Bollinger Bands, O(1) per update; equal to {@link IndicatorKernels#bollinger}:
 * {@link #value()} is the middle band SMA({@code n}); the bands are middle ± {@code k}·σ with σ
 * the <em>population</em> standard deviation of the window; {@link #percentB()} and
 * {@link #bandwidth()} (a decimal, {@code (upper − lower)/middle}) as documented there. All
 * defined from index {@code n − 1}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class BollingerBands extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final double k;
    private final double[] window;
    private double sum;
    private double m2;
    private double upper;
    private double lower;
    private double percentB;
    private double bandwidth;

    /**
     * Makes Bollinger Bands.
     *
     * @param n the period, {@code >= 1}
     * @param k the band width in standard deviations, positive and finite (2 is usual)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public BollingerBands(int n, double k) {
        super("bb_" + n + "_" + k, period(n, 1, "n") - 1);
        this.n = n;
        this.k = ArgChecks.positive(k, "k");
        this.window = new double[n];
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        int slot = count % n;
        double mean;
        if (count < n) {
            double oldMean = count == 0 ? 0.0 : sum / count;
            sum += value;
            mean = sum / (count + 1);
            m2 = Moments.add(m2, value, oldMean, mean);
            mean = sum / n;
        } else {
            double oldMean = sum / n;
            double leaving = window[slot];
            sum += value - leaving;
            mean = sum / n;
            m2 = Moments.replace(m2, value, leaving, oldMean, mean);
        }
        window[slot] = value;
        if (Moments.resync(count, n)) {
            sum = Moments.sum(window, 0, n);
            mean = sum / n;
            m2 = Moments.m2(window, 0, n, mean);
        }
        count++;
        if (count >= n) {
            double width = k * Moments.populationSd(m2, n);
            current = mean;
            upper = mean + width;
            lower = mean - width;
            percentB = IndicatorKernels.percentB(value, upper, lower);
            bandwidth = (upper - lower) / mean;
        }
        return isDefined();
    }

    /**
     * The upper band.
     *
     * @return middle + k·σ
     * @throws IllegalStateException during warm-up
     */
    public double upper() {
        value();
        return upper;
    }

    /**
     * The lower band.
     *
     * @return middle − k·σ
     * @throws IllegalStateException during warm-up
     */
    public double lower() {
        value();
        return lower;
    }

    /**
     * %B, the position of the last value between the bands (0 at the lower, 1 at the upper band;
     * 0.5 when the bands coincide).
     *
     * @return %B
     * @throws IllegalStateException during warm-up
     */
    public double percentB() {
        value();
        return percentB;
    }

    /**
     * Bandwidth {@code (upper − lower)/middle}, a decimal.
     *
     * @return the bandwidth
     * @throws IllegalStateException during warm-up
     */
    public double bandwidth() {
        value();
        return bandwidth;
    }

    @Override
    public void reset() {
        super.reset();
        sum = 0.0;
        m2 = 0.0;
    }
}
