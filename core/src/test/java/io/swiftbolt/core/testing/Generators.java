package io.swiftbolt.core.testing;

import io.swiftbolt.core.series.BarSeries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of test inputs: random numbers, return arrays and bar series.
 *
 * <p>Everything is driven by a {@link RandomGenerator} passed in (normally the one
 * {@link PropertyTesting} hands to each trial), or by a {@code long} seed, so a failing input can
 * be regenerated from its seed. {@link #random(long)} uses {@link SplittableRandom}, whose
 * algorithm is fixed by its specification, so a seed gives the same values on every JDK.
 *
 * <p>Stateless and thread-safe; the generators passed in are not.
 */
public final class Generators {

    private Generators() {
    }

    /**
     * A generator seeded with {@code seed}; the same seed gives the same sequence on every JDK.
     *
     * @param seed the seed
     * @return a new generator
     */
    public static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * An array of uniform doubles in {@code [min, max)}.
     *
     * @param rnd    the randomness
     * @param length the array length
     * @param min    the lower bound, inclusive
     * @param max    the upper bound, exclusive; above {@code min}
     * @return a new array
     */
    public static double[] uniform(RandomGenerator rnd, int length, double min, double max) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = rnd.nextDouble(min, max);
        }
        return out;
    }

    /**
     * Per-period simple returns drawn from a normal distribution with the given mean and standard
     * deviation, clipped to {@code [-0.99, +infinity)} so each is a valid return. With
     * {@code zeroProbability > 0} some returns are exactly 0, to exercise ties.
     *
     * @param rnd             the randomness
     * @param length          the number of returns
     * @param mean            the mean per period, e.g. 0.0004
     * @param stdev           the standard deviation per period, e.g. 0.012
     * @param zeroProbability the probability that a return is exactly 0, in {@code [0, 1]}
     * @return a new array of returns as decimals
     */
    public static double[] returns(RandomGenerator rnd, int length, double mean, double stdev,
                                   double zeroProbability) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = rnd.nextDouble() < zeroProbability ? 0.0
                    : Math.max(-0.99, mean + stdev * rnd.nextGaussian());
        }
        return out;
    }

    /**
     * Daily returns with a random length in {@code [minLength, maxLength]}, a random drift and a
     * random volatility of a plausible size (annual drift -30 % to +30 %, annual volatility 5 % to
     * 80 %), and about 2 % exact zeros.
     *
     * @param rnd       the randomness
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return a new array of returns as decimals
     */
    public static double[] dailyReturns(RandomGenerator rnd, int minLength, int maxLength) {
        int n = rnd.nextInt(minLength, maxLength + 1);
        double vol = rnd.nextDouble(0.05, 0.80) / Math.sqrt(252);
        double drift = rnd.nextDouble(-0.30, 0.30) / 252;
        return returns(rnd, n, drift, vol, 0.02);
    }

    /**
     * A daily bar series whose closes follow a geometric Brownian motion, on weekdays from
     * {@code start} (weekends skipped, no holidays). Each bar is consistent: open and close inside
     * [low, high], positive prices, non-negative volume. Half of the series get an adjusted close
     * (the close times a constant factor).
     *
     * @param rnd             the randomness
     * @param name            the series' name
     * @param size            the number of bars, zero or more
     * @param start           the first date (moved to the next weekday if it is a weekend day)
     * @param initialPrice    the first open, positive
     * @param annualDrift     the GBM drift per year, e.g. 0.05
     * @param annualVolatility the GBM volatility per year, e.g. 0.2
     * @return the series
     */
    public static BarSeries gbmBars(RandomGenerator rnd, String name, int size, LocalDate start,
                                    double initialPrice, double annualDrift, double annualVolatility) {
        double dt = 1.0 / 252;
        double drift = (annualDrift - 0.5 * annualVolatility * annualVolatility) * dt;
        double diffusion = annualVolatility * Math.sqrt(dt);
        boolean adjusted = rnd.nextBoolean();
        double adjFactor = rnd.nextDouble(0.5, 1.0);
        int[] days = new int[size];
        double[] open = new double[size];
        double[] high = new double[size];
        double[] low = new double[size];
        double[] close = new double[size];
        double[] volume = new double[size];
        double[] adj = adjusted ? new double[size] : null;
        LocalDate date = weekday(start);
        double previousClose = initialPrice;
        for (int i = 0; i < size; i++) {
            days[i] = (int) date.toEpochDay();
            open[i] = previousClose * Math.exp(0.2 * diffusion * rnd.nextGaussian());
            close[i] = open[i] * Math.exp(drift + diffusion * rnd.nextGaussian());
            high[i] = Math.max(open[i], close[i]) * (1.0 + 0.5 * diffusion * Math.abs(rnd.nextGaussian()));
            low[i] = Math.min(open[i], close[i]) * (1.0 - 0.5 * diffusion * Math.min(1.5, Math.abs(rnd.nextGaussian())));
            volume[i] = Math.floor(rnd.nextDouble(0, 1e7));
            if (adj != null) {
                adj[i] = close[i] * adjFactor;
            }
            previousClose = close[i];
            date = weekday(date.plusDays(1));
        }
        return BarSeries.of(name, days, open, high, low, close, volume, adj);
    }

    /**
     * A GBM bar series ({@link #gbmBars}) with random size in {@code [minSize, maxSize]}, start
     * date in 1990 .. 2019, initial price 1 .. 5000, drift -20 % .. +20 % and volatility
     * 5 % .. 90 % a year.
     *
     * @param rnd     the randomness
     * @param minSize the smallest number of bars
     * @param maxSize the largest number of bars
     * @return the series, named {@code "GBM"}
     */
    public static BarSeries gbmBars(RandomGenerator rnd, int minSize, int maxSize) {
        int size = rnd.nextInt(minSize, maxSize + 1);
        LocalDate start = LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(0, 30 * 365));
        return gbmBars(rnd, "GBM", size, start, rnd.nextDouble(1, 5000),
                rnd.nextDouble(-0.2, 0.2), rnd.nextDouble(0.05, 0.9));
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
