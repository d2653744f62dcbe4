package io.swiftbolt.ml.features;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.features.indicators.Atr;
import io.swiftbolt.ml.features.indicators.BollingerBands;
import io.swiftbolt.ml.features.indicators.Difference;
import io.swiftbolt.ml.features.indicators.Ema;
import io.swiftbolt.ml.features.indicators.LogReturn;
import io.swiftbolt.ml.features.indicators.Macd;
import io.swiftbolt.ml.features.indicators.Momentum;
import io.swiftbolt.ml.features.indicators.RealizedVolatility;
import io.swiftbolt.ml.features.indicators.RollingPercentile;
import io.swiftbolt.ml.features.indicators.RollingRank;
import io.swiftbolt.ml.features.indicators.Rsi;
import io.swiftbolt.ml.features.indicators.Sma;
import io.swiftbolt.ml.features.indicators.StreamingIndicator;
import io.swiftbolt.ml.features.indicators.TrueRange;
import io.swiftbolt.ml.features.indicators.VolumeRatio;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The features of a {@link FeatureEngineer}, updated one bar at a time: after the bar of date
 * {@code t}, the row equals row {@code t} of the batch {@link FeatureEngineer#compute} under the
 * {@link MissingValuePolicy#KEEP} policy (to 1e-12; in practice bit for bit). Each update costs
 * O(columns) (the IV percentile O(its window)), with no allocation after construction.
 *
 * <p>Undefined cells are explicit: {@link #isDefined(int)} and {@link #value(int)} (which throws
 * on an undefined cell), or {@link #copyRow(double[], int, double)} with a caller-chosen fill.
 * Missing-value policies apply to whole matrices and are not applied here.
 *
 * <p>Mutable, not thread-safe: one writer feeds it.
 */
public final class FeatureStream {

    private final List<String> names;
    private final boolean withOptions;
    private final Sma[] smas;
    private final Ema[] emas;
    private final Rsi rsi;
    private final Macd macd;
    private final BollingerBands bands;
    private final TrueRange trueRange;
    private final Atr atr;
    private final Sma volumeSma;
    private final Ema volumeEma;
    private final VolumeRatio volumeRatio;
    private final Momentum[] momenta;
    private final Difference volumeMomentum;
    private final RealizedVolatility realizedVol;
    private final LogReturn logReturn;
    private final OptionFeatures optionFeatures;
    private final RollingRank ivRank;
    private final RollingPercentile ivPercentile;
    private final double[] slot = new double[OptionFeatures.COUNT];
    /** Column index of each lagged source, in lag-column order. */
    private final int[] lagSources;
    private final int firstLagColumn;
    private final int maxLag;
    /** history[(count − k) % maxLag][j]: source j's value k updates ago (NaN: undefined). */
    private final double[][] history;
    private final double[] row;
    private int count;
    private int lastEpochDay = Integer.MIN_VALUE;

    FeatureStream(FeatureEngineer engineer, boolean withOptions) {
        this.withOptions = withOptions;
        this.names = engineer.columnNames(withOptions);
        this.smas = Arrays.stream(engineer.smaPeriods()).mapToObj(Sma::new).toArray(Sma[]::new);
        this.emas = Arrays.stream(engineer.emaPeriods()).mapToObj(Ema::new).toArray(Ema[]::new);
        this.rsi = new Rsi(engineer.rsiPeriod());
        int[] m = engineer.macd();
        this.macd = new Macd(m[0], m[1], m[2]);
        this.bands = new BollingerBands(engineer.bollingerPeriod(), engineer.bollingerWidth());
        this.trueRange = new TrueRange();
        this.atr = new Atr(engineer.atrPeriod());
        this.volumeSma = new Sma(engineer.volumePeriod());
        this.volumeEma = new Ema(engineer.volumePeriod());
        this.volumeRatio = new VolumeRatio(engineer.volumePeriod());
        this.momenta = Arrays.stream(engineer.momentumPeriods()).mapToObj(Momentum::new).toArray(Momentum[]::new);
        this.volumeMomentum = new Difference(engineer.volumeMomentumPeriod());
        this.realizedVol = new RealizedVolatility(engineer.realizedVolPeriod(), engineer.periodsPerYear());
        this.logReturn = new LogReturn();
        this.optionFeatures = new OptionFeatures(engineer.rate(), engineer.dividendYield());
        this.ivRank = new RollingRank(engineer.ivRankPeriod());
        this.ivPercentile = new RollingPercentile(engineer.ivRankPeriod());
        this.maxLag = engineer.maxLag();
        this.lagSources = engineer.lagColumns().stream().mapToInt(names::indexOf).filter(i -> i >= 0).toArray();
        this.firstLagColumn = names.size() - lagSources.length * maxLag;
        this.history = new double[Math.max(maxLag, 1)][lagSources.length];
        this.row = new double[names.size()];
    }

    /**
     * The column names, in the batch matrix's order.
     *
     * @return an immutable list
     */
    public List<String> columnNames() {
        return names;
    }

    /**
     * Adds the next bar of a stream without option features.
     *
     * @param date   the bar's date, after the previous bar's
     * @param open   the open, positive
     * @param high   the high, positive, at least the low
     * @param low    the low, positive
     * @param close  the close, positive, within [low, high]
     * @param volume the volume, zero or positive
     * @throws IllegalArgumentException if a value is invalid or the date does not increase; the
     *                                  stream is then unchanged
     * @throws IllegalStateException    if the stream was made with options (use the other
     *                                  overload)
     */
    public void update(LocalDate date, double open, double high, double low, double close, double volume) {
        if (withOptions) {
            throw new IllegalStateException("stream was made with options: pass the day's option observation or null");
        }
        push(date, open, high, low, close, volume, null);
    }

    /**
     * Adds the next bar and the day's option observation.
     *
     * @param date        the bar's date, after the previous bar's
     * @param open        the open, positive
     * @param high        the high, positive, at least the low
     * @param low         the low, positive
     * @param close       the close, positive, within [low, high]
     * @param volume      the volume, zero or positive
     * @param observation the day's option observation dated {@code date}, or null if there is none
     *                    (option features then undefined for the day)
     * @throws IllegalArgumentException if a value is invalid, the date does not increase or the
     *                                  observation has another date; the stream is then unchanged
     * @throws IllegalStateException    if the stream was made without options
     */
    public void update(LocalDate date, double open, double high, double low, double close, double volume,
                       OptionObservation observation) {
        if (!withOptions) {
            throw new IllegalStateException("stream was made without options");
        }
        push(date, open, high, low, close, volume, observation);
    }

    private void push(LocalDate date, double open, double high, double low, double close, double volume,
                      OptionObservation observation) {
        long day = ArgChecks.notNull(date, "date").toEpochDay();
        ArgChecks.check(day > lastEpochDay, "date", date, "must be after the previous bar's date");
        ArgChecks.positive(open, "open");
        ArgChecks.positive(high, "high");
        ArgChecks.positive(low, "low");
        ArgChecks.positive(close, "close");
        ArgChecks.notNegative(volume, "volume");
        ArgChecks.check(low <= high, "low", low, "must not exceed high = " + high);
        ArgChecks.check(close >= low && close <= high, "close", close, "must be within [low, high]");
        if (observation != null) {
            ArgChecks.check(observation.date().equals(date), "observation.date", observation.date(),
                    "must equal the bar date " + date);
        }
        lastEpochDay = (int) day;
        int c = 0;
        for (Sma s : smas) {
            s.update(close);
            row[c++] = valueOf(s);
        }
        for (Ema e : emas) {
            e.update(close);
            row[c++] = valueOf(e);
        }
        rsi.update(close);
        row[c++] = valueOf(rsi);
        macd.update(close);
        row[c++] = valueOf(macd);
        row[c++] = macd.isSignalDefined() ? macd.signal() : Double.NaN;
        row[c++] = macd.isSignalDefined() ? macd.histogram() : Double.NaN;
        bands.update(close);
        boolean bandsDefined = bands.isDefined();
        row[c++] = bandsDefined ? bands.value() : Double.NaN;
        row[c++] = bandsDefined ? bands.upper() : Double.NaN;
        row[c++] = bandsDefined ? bands.lower() : Double.NaN;
        row[c++] = bandsDefined ? bands.percentB() : Double.NaN;
        row[c++] = bandsDefined ? bands.bandwidth() : Double.NaN;
        trueRange.update(high, low, close);
        row[c++] = valueOf(trueRange);
        atr.update(high, low, close);
        row[c++] = valueOf(atr);
        volumeSma.update(volume);
        row[c++] = valueOf(volumeSma);
        volumeEma.update(volume);
        row[c++] = valueOf(volumeEma);
        volumeRatio.update(volume);
        row[c++] = valueOf(volumeRatio);
        for (Momentum mo : momenta) {
            mo.update(close);
            row[c++] = valueOf(mo);
        }
        volumeMomentum.update(volume);
        row[c++] = valueOf(volumeMomentum);
        realizedVol.update(close);
        row[c++] = valueOf(realizedVol);
        logReturn.update(close);
        row[c++] = valueOf(logReturn);
        if (withOptions) {
            if (observation != null) {
                optionFeatures.compute(close, observation, slot);
            } else {
                OptionFeatures.clear(slot);
            }
            FeatureEngineer.optionValues(slot, ivRank, ivPercentile, row, c);
        }
        pushLags();
        count++;
    }

    private void pushLags() {
        if (maxLag == 0) {
            return;
        }
        int c = firstLagColumn;
        for (int j = 0; j < lagSources.length; j++) {
            for (int k = 1; k <= maxLag; k++) {
                row[c++] = count >= k ? history[(count - k) % maxLag][j] : Double.NaN;
            }
        }
        double[] now = history[count % maxLag];
        for (int j = 0; j < lagSources.length; j++) {
            now[j] = row[lagSources[j]];
        }
    }

    private static double valueOf(StreamingIndicator indicator) {
        return indicator.isDefined() ? indicator.value() : Double.NaN;
    }

    /**
     * The number of bars fed so far.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Whether a column has a value after the last bar.
     *
     * @param column the column index
     * @return false during warm-up, in an option gap, or before the first update
     * @throws IndexOutOfBoundsException if {@code column} is out of range
     */
    public boolean isDefined(int column) {
        return count > 0 && !Double.isNaN(row[java.util.Objects.checkIndex(column, row.length)]);
    }

    /**
     * A column's value after the last bar.
     *
     * @param column the column index
     * @return the value
     * @throws IllegalStateException if the value is undefined
     */
    public double value(int column) {
        if (!isDefined(column)) {
            throw new IllegalStateException(names.get(column) + " is not defined after " + count + " bars");
        }
        return row[column];
    }

    /**
     * Copies the current row into {@code dst[offset ..]}, writing {@code undefinedFill} for
     * undefined cells. No allocation.
     *
     * @param dst           the destination
     * @param offset        where column 0 goes
     * @param undefinedFill the value for undefined cells
     * @throws IllegalArgumentException  if {@code dst} is null
     * @throws IndexOutOfBoundsException if {@code dst} is too short
     */
    public void copyRow(double[] dst, int offset, double undefinedFill) {
        ArgChecks.notNull(dst, "dst");
        java.util.Objects.checkFromIndexSize(offset, row.length, dst.length);
        for (int c = 0; c < row.length; c++) {
            dst[offset + c] = count > 0 && !Double.isNaN(row[c]) ? row[c] : undefinedFill;
        }
    }
}
