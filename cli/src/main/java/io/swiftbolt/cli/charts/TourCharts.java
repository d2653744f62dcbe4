package io.swiftbolt.cli.charts;

import static io.swiftbolt.cli.charts.ChartImages.BLACK;
import static io.swiftbolt.cli.charts.ChartImages.BLUE;
import static io.swiftbolt.cli.charts.ChartImages.DASHED;
import static io.swiftbolt.cli.charts.ChartImages.GREEN;
import static io.swiftbolt.cli.charts.ChartImages.GREY;
import static io.swiftbolt.cli.charts.ChartImages.HEIGHT;
import static io.swiftbolt.cli.charts.ChartImages.RED;
import static io.swiftbolt.cli.charts.ChartImages.SERIES;
import static io.swiftbolt.cli.charts.ChartImages.SOLID;
import static io.swiftbolt.cli.charts.ChartImages.THIN;
import static io.swiftbolt.cli.charts.ChartImages.WIDTH;

import io.swiftbolt.core.util.ArgChecks;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The tour's charts, each a function of plain arrays returning an image (write it with
 * {@link ChartImages#writePng}): equity with drawdown, a forecast with its interval band, GA
 * convergence, the max-pain curve, the volatility smile, a spread's payoff and attribution bars.
 * Every function validates its arguments (same lengths, finite values) and throws
 * {@link IllegalArgumentException} naming the argument; none draws a NaN.
 */
public final class TourCharts {

    private static final int PANEL = 330;

    private TourCharts() {
    }

    /**
     * An equity curve (currency) over a drawdown panel (percent below the running peak), with an
     * optional benchmark rebased to the same starting equity.
     *
     * @param title          chart title
     * @param dates          one date per point, increasing
     * @param equity         equity at each date, positive, in {@code currency}
     * @param benchmark      a benchmark's values at the same dates (rebased here to {@code equity[0]}),
     *                       or null for none
     * @param benchmarkLabel the benchmark's legend label (ignored without a benchmark)
     * @param currency       the unit shown on the axis, e.g. "USD"
     * @return the image, {@value ChartImages#WIDTH} pixels wide
     * @throws IllegalArgumentException on null, mismatched, non-finite or non-positive input
     */
    public static BufferedImage equityWithDrawdown(String title, List<LocalDate> dates, double[] equity,
            double[] benchmark, String benchmarkLabel, String currency) {
        increasingDates(dates, "dates");
        positive(equity, "equity");
        ArgChecks.sameLength(equity.length, dates.size(), "equity");
        ArgChecks.check(equity.length >= 2, "equity", equity.length, "needs at least 2 points");
        List<Date> x = ChartImages.dates(dates);
        XYChart top = ChartImages.xy(title, "", "equity (" + currency + ")", WIDTH, HEIGHT - 60);
        top.getStyler().setDatePattern("yyyy-MM");
        top.getStyler().setYAxisDecimalPattern("#,##0");
        ChartImages.line(top, "strategy (paper, through the OMS)", x, ChartImages.scaled(equity, 1), BLUE, SOLID);
        XYChart bottom = ChartImages.xy("Drawdown", "date", "drawdown (%)", WIDTH, PANEL);
        bottom.getStyler().setDatePattern("yyyy-MM");
        bottom.getStyler().setYAxisDecimalPattern("0.0");
        bottom.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        XYSeries dd = ChartImages.line(bottom, "strategy", x, ChartImages.scaled(drawdown(equity), 100), RED, THIN);
        dd.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        dd.setFillColor(new Color(213, 94, 0, 110));
        if (benchmark != null) {
            positive(benchmark, "benchmark");
            ArgChecks.sameLength(benchmark.length, dates.size(), "benchmark");
            ArgChecks.notBlank(benchmarkLabel, "benchmarkLabel");
            double[] rebased = new double[benchmark.length];
            for (int i = 0; i < rebased.length; i++) {
                rebased[i] = benchmark[i] / benchmark[0] * equity[0];
            }
            ChartImages.line(top, benchmarkLabel + ", same starting equity", x, ChartImages.scaled(rebased, 1), GREY,
                    DASHED);
            ChartImages.line(bottom, benchmarkLabel, x, ChartImages.scaled(drawdown(rebased), 100), GREY, DASHED);
        }
        return ChartImages.stack(ChartImages.render(top), ChartImages.render(bottom));
    }

    /**
     * Drawdown of a curve: {@code v[i] / max(v[0..i]) - 1}, zero or negative.
     *
     * @param values positive values
     * @return a new array of the same length, decimals
     */
    static double[] drawdown(double[] values) {
        double[] dd = new double[values.length];
        double peak = values[0];
        for (int i = 0; i < values.length; i++) {
            peak = Math.max(peak, values[i]);
            dd[i] = values[i] / peak - 1;
        }
        return dd;
    }

    /**
     * A forecast over a test period: actual values, point forecasts and the prediction interval as
     * a shaded band.
     *
     * @param title         chart title
     * @param data          the test period's dates, actuals, forecasts and interval bounds
     * @param forecastLabel legend label of the point forecast, e.g. "LSTM (RMSE 0.0124)"
     * @param intervalLabel legend label of the band, e.g. "90 % interval"
     * @param valueAxis     the y axis title with its unit, e.g. "next-day log return (%)"
     * @return the image
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public static BufferedImage forecast(String title, ForecastSeries data, String forecastLabel,
            String intervalLabel, String valueAxis) {
        return forecast(title, data, forecastLabel, intervalLabel, valueAxis, new LinkedHashMap<>());
    }

    /**
     * A forecast over a test period with baseline forecasts drawn as thin dashed lines beside it.
     *
     * @param title         chart title
     * @param data          the test period's dates, actuals, forecasts and interval bounds
     * @param forecastLabel legend label of the point forecast
     * @param intervalLabel legend label of the band
     * @param valueAxis     the y axis title with its unit
     * @param baselines     legend label (e.g. "persistence, RMSE 0.0131") to that baseline's
     *                      forecasts, one per date of {@code data}, in insertion order
     * @return the image
     * @throws IllegalArgumentException if an argument is null or blank, or a baseline has the wrong
     *                                  length or a non-finite value
     */
    public static BufferedImage forecast(String title, ForecastSeries data, String forecastLabel,
            String intervalLabel, String valueAxis, LinkedHashMap<String, double[]> baselines) {
        ArgChecks.notNull(data, "data");
        ArgChecks.notNull(baselines, "baselines");
        ArgChecks.notBlank(forecastLabel, "forecastLabel");
        ArgChecks.notBlank(intervalLabel, "intervalLabel");
        ArgChecks.notBlank(valueAxis, "valueAxis");
        XYChart c = ChartImages.xy(title, "date", valueAxis, WIDTH, HEIGHT);
        c.getStyler().setDatePattern("yyyy-MM-dd");
        // Below the plot: a forecast's data can fill every corner of it.
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        List<Date> x = ChartImages.dates(data.dates());
        List<Date> around = new ArrayList<>(x);
        List<Date> back = new ArrayList<>(x);
        Collections.reverse(back);
        around.addAll(back);
        List<Double> band = ChartImages.scaled(data.upper(), 1);
        List<Double> lower = ChartImages.scaled(data.lower(), 1);
        Collections.reverse(lower);
        band.addAll(lower);
        XYSeries b = c.addSeries(intervalLabel, around, band);
        b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        b.setMarker(SeriesMarkers.NONE);
        b.setFillColor(new Color(86, 180, 233, 90));
        b.setLineColor(new Color(86, 180, 233, 160));
        ChartImages.line(c, "actual", x, ChartImages.scaled(data.actual(), 1), BLACK, THIN);
        int k = 0;
        for (Map.Entry<String, double[]> e : baselines.entrySet()) {
            String name = "baselines[" + e.getKey() + "]";
            double[] v = ArgChecks.allFinite(e.getValue(), name);
            ArgChecks.sameLength(v.length, data.dates().size(), name);
            Color color = k++ % 2 == 0 ? ChartImages.ORANGE : ChartImages.PURPLE;
            ChartImages.line(c, e.getKey(), x, ChartImages.scaled(v, 1), color, DASHED);
        }
        ChartImages.line(c, forecastLabel, x, ChartImages.scaled(data.predicted(), 1), BLUE, SOLID);
        return ChartImages.render(c);
    }

    /**
     * The genetic algorithm's convergence: best (solid) and mean (dashed) fitness of the
     * population per generation, one colour per walk-forward fold.
     *
     * @param title   chart title
     * @param folds   one history per fold
     * @param fitness the fitness's description for the y axis, e.g. "fitness (0.5 Sharpe + ...)"
     * @return the image
     * @throws IllegalArgumentException on an empty list or a null history
     */
    public static BufferedImage convergence(String title, List<FitnessHistory> folds, String fitness) {
        ArgChecks.check(folds != null && !folds.isEmpty(), "folds", folds, "must hold at least one history");
        ArgChecks.notBlank(fitness, "fitness");
        XYChart c = ChartImages.xy(title, "generation", fitness, WIDTH, HEIGHT);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setYAxisDecimalPattern("0.00");
        c.getStyler().setXAxisDecimalPattern("0");
        for (int f = 0; f < folds.size(); f++) {
            FitnessHistory h = ArgChecks.notNull(folds.get(f), "folds[" + f + "]");
            double[] gen = new double[h.best().length];
            for (int i = 0; i < gen.length; i++) {
                gen[i] = i + 1;
            }
            Color color = SERIES[f % SERIES.length];
            ChartImages.line(c, h.label() + " best", gen, h.best(), color, SOLID);
            ChartImages.line(c, h.label() + " mean", gen, h.mean(), color, DASHED);
        }
        return ChartImages.render(c);
    }

    /**
     * The pain curve of an expiry: what option holders are paid at each settlement price (calls,
     * puts, total), with the max-pain settlement and spot marked.
     *
     * @param title      chart title
     * @param settlement candidate settlement prices, increasing
     * @param callPayout payout to call holders at each settlement, currency
     * @param putPayout  payout to put holders at each settlement, currency
     * @param maxPain    the settlement with the least total payout
     * @param spot       the underlying's price
     * @return the image; payouts shown in millions
     * @throws IllegalArgumentException on mismatched or non-finite input
     */
    public static BufferedImage painCurve(String title, double[] settlement, double[] callPayout, double[] putPayout,
            double maxPain, double spot) {
        increasing(settlement, "settlement");
        ArgChecks.allFinite(callPayout, "callPayout");
        ArgChecks.allFinite(putPayout, "putPayout");
        ArgChecks.sameLength(callPayout.length, settlement.length, "callPayout");
        ArgChecks.sameLength(putPayout.length, settlement.length, "putPayout");
        ArgChecks.finite(maxPain, "maxPain");
        ArgChecks.positive(spot, "spot");
        double[] total = new double[settlement.length];
        double[] calls = new double[settlement.length];
        double[] puts = new double[settlement.length];
        for (int i = 0; i < total.length; i++) {
            calls[i] = callPayout[i] / 1e6;
            puts[i] = putPayout[i] / 1e6;
            total[i] = calls[i] + puts[i];
        }
        XYChart c = ChartImages.xy(title, "settlement price of the underlying", "payout to option holders (millions)",
                WIDTH, HEIGHT);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setYAxisDecimalPattern("#,##0");
        c.getStyler().setXAxisDecimalPattern("#,##0");
        ChartImages.line(c, "total", settlement, total, BLACK, SOLID);
        ChartImages.line(c, "calls", settlement, calls, GREEN, THIN);
        ChartImages.line(c, "puts", settlement, puts, RED, THIN);
        double top = ChartImages.range(total)[1];
        ChartImages.vertical(c, String.format(java.util.Locale.ROOT, "max pain %,.0f", maxPain), maxPain, 0, top,
                BLUE);
        ChartImages.vertical(c, String.format(java.util.Locale.ROOT, "spot %,.2f", spot), spot, 0, top, GREY);
        return ChartImages.render(c);
    }

    /**
     * Implied volatility against strike, one line per expiry, spot marked.
     *
     * @param title  chart title
     * @param smiles one line per expiry; vols as decimals, shown in percent
     * @param spot   the underlying's price
     * @return the image
     * @throws IllegalArgumentException on an empty list or a null smile
     */
    public static BufferedImage volatilitySmile(String title, List<Smile> smiles, double spot) {
        ArgChecks.check(smiles != null && !smiles.isEmpty(), "smiles", smiles, "must hold at least one smile");
        ArgChecks.positive(spot, "spot");
        XYChart c = ChartImages.xy(title, "strike", "implied volatility (%)", WIDTH, HEIGHT);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setXAxisDecimalPattern("#,##0");
        c.getStyler().setYAxisDecimalPattern("0");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < smiles.size(); k++) {
            Smile s = ArgChecks.notNull(smiles.get(k), "smiles[" + k + "]");
            double[] pct = s.vols();
            for (int i = 0; i < pct.length; i++) {
                pct[i] *= 100;
            }
            XYSeries series = ChartImages.line(c, s.label(), s.strikes(), pct, SERIES[k % SERIES.length], SOLID);
            series.setMarker(SeriesMarkers.CIRCLE);
            double[] r = ChartImages.range(pct);
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        c.getStyler().setMarkerSize(5);
        ChartImages.vertical(c, String.format(java.util.Locale.ROOT, "spot %,.2f", spot), spot, lo, hi, GREY);
        return ChartImages.render(c);
    }

    /**
     * The profit and loss of an option position against the underlying's price: at expiry and
     * today (re-priced with the legs' implied vols), with break-evens listed in the legend.
     *
     * @param title      chart title
     * @param underlying underlying prices, increasing
     * @param atExpiry   P&amp;L at expiry at each price, currency per position
     * @param today      P&amp;L today at each price, same units
     * @param spot       the underlying's price now
     * @param breakevens the underlying prices where the P&amp;L at expiry is zero
     * @param currency   unit label for the axis, e.g. "index points x 100"
     * @return the image
     * @throws IllegalArgumentException on mismatched or non-finite input
     */
    public static BufferedImage payoff(String title, double[] underlying, double[] atExpiry, double[] today,
            double spot, double[] breakevens, String currency) {
        increasing(underlying, "underlying");
        ArgChecks.allFinite(atExpiry, "atExpiry");
        ArgChecks.allFinite(today, "today");
        ArgChecks.allFinite(breakevens, "breakevens");
        ArgChecks.sameLength(atExpiry.length, underlying.length, "atExpiry");
        ArgChecks.sameLength(today.length, underlying.length, "today");
        ArgChecks.positive(spot, "spot");
        XYChart c = ChartImages.xy(title, "price of the underlying", "profit / loss (" + currency + ")", WIDTH, HEIGHT);
        c.getStyler().setXAxisDecimalPattern("#,##0");
        c.getStyler().setYAxisDecimalPattern("#,##0");
        double[] r = ChartImages.range(atExpiry, today);
        ChartImages.line(c, "zero", new double[] {underlying[0], underlying[underlying.length - 1]},
                new double[] {0, 0}, new Color(150, 150, 150), THIN);
        ChartImages.line(c, "at expiry", underlying, atExpiry, BLUE, SOLID);
        ChartImages.line(c, "today (Black-Scholes at the legs' implied vols)", underlying, today, ChartImages.ORANGE,
                DASHED);
        ChartImages.vertical(c, String.format(java.util.Locale.ROOT, "spot %,.2f", spot), spot, r[0], r[1], GREY);
        for (double be : breakevens) {
            ChartImages.vertical(c, String.format(java.util.Locale.ROOT, "break-even %,.2f", be), be, r[0], r[1],
                    GREEN);
        }
        return ChartImages.render(c);
    }

    /**
     * Grouped bars with the value printed on each: one group per category, one bar per series.
     *
     * @param title      chart title
     * @param yAxis      y axis title with its unit
     * @param categories the group labels
     * @param series     series name to one value per category, in insertion order
     * @param width      image width, pixels
     * @param height     image height, pixels
     * @return the image
     * @throws IllegalArgumentException on empty, mismatched or non-finite input
     */
    public static BufferedImage bars(String title, String yAxis, List<String> categories,
            LinkedHashMap<String, double[]> series, int width, int height) {
        ArgChecks.check(categories != null && !categories.isEmpty(), "categories", categories, "must not be empty");
        ArgChecks.check(series != null && !series.isEmpty(), "series", series, "must not be empty");
        ArgChecks.positive(width, "width");
        ArgChecks.positive(height, "height");
        CategoryChart c = ChartImages.bars(title, "", yAxis, width, height);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setYAxisDecimalPattern("0.00");
        c.getStyler().setLegendVisible(series.size() > 1);
        int k = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            double[] v = ArgChecks.allFinite(e.getValue(), "series[" + e.getKey() + "]");
            ArgChecks.sameLength(v.length, categories.size(), "series[" + e.getKey() + "]");
            CategorySeries s = c.addSeries(e.getKey(), categories, ChartImages.scaled(v, 1));
            s.setFillColor(SERIES[k++ % SERIES.length]);
        }
        return ChartImages.render(c);
    }

    private static void increasingDates(List<LocalDate> dates, String name) {
        ArgChecks.notNull(dates, name);
        for (int i = 0; i < dates.size(); i++) {
            ArgChecks.notNull(dates.get(i), name + "[" + i + "]");
            ArgChecks.check(i == 0 || dates.get(i).isAfter(dates.get(i - 1)), name + "[" + i + "]", dates.get(i),
                    "must be after the previous date");
        }
    }

    private static void increasing(double[] values, String name) {
        ArgChecks.allFinite(values, name);
        ArgChecks.check(values.length >= 2, name, values.length, "needs at least 2 points");
        for (int i = 1; i < values.length; i++) {
            ArgChecks.check(values[i] > values[i - 1], name + "[" + i + "]", values[i], "must be increasing");
        }
    }

    private static void positive(double[] values, String name) {
        ArgChecks.allFinite(values, name);
        for (int i = 0; i < values.length; i++) {
            ArgChecks.check(values[i] > 0, name + "[" + i + "]", values[i], "must be positive");
        }
    }

    /**
     * A forecast's test period.
     *
     * @param dates     one date per forecast, increasing
     * @param actual    the realized values
     * @param predicted the point forecasts, same unit
     * @param lower     the interval's lower bounds, not above {@code upper}
     * @param upper     the interval's upper bounds
     */
    public record ForecastSeries(List<LocalDate> dates, double[] actual, double[] predicted, double[] lower,
            double[] upper) {
        /**
         * Validates and copies.
         *
         * @throws IllegalArgumentException on null, mismatched or non-finite arrays, fewer than 2
         *                                  points, dates not increasing or a lower bound above its upper
         */
        public ForecastSeries {
            increasingDates(dates, "dates");
            dates = List.copyOf(dates);
            int n = dates.size();
            ArgChecks.check(n >= 2, "dates", n, "needs at least 2 points");
            actual = ArgChecks.allFinite(actual, "actual").clone();
            predicted = ArgChecks.allFinite(predicted, "predicted").clone();
            lower = ArgChecks.allFinite(lower, "lower").clone();
            upper = ArgChecks.allFinite(upper, "upper").clone();
            ArgChecks.sameLength(actual.length, n, "actual");
            ArgChecks.sameLength(predicted.length, n, "predicted");
            ArgChecks.sameLength(lower.length, n, "lower");
            ArgChecks.sameLength(upper.length, n, "upper");
            for (int i = 0; i < n; i++) {
                ArgChecks.check(lower[i] <= upper[i], "lower[" + i + "]", lower[i], "must not be above upper " + upper[i]);
            }
        }

        /** @return a copy of the actual values */
        @Override
        public double[] actual() {
            return actual.clone();
        }

        /** @return a copy of the point forecasts */
        @Override
        public double[] predicted() {
            return predicted.clone();
        }

        /** @return a copy of the lower bounds */
        @Override
        public double[] lower() {
            return lower.clone();
        }

        /** @return a copy of the upper bounds */
        @Override
        public double[] upper() {
            return upper.clone();
        }
    }

    /**
     * One fold's GA history.
     *
     * @param label legend label, e.g. "fold 1"
     * @param best  best fitness per generation, generation 1 first
     * @param mean  mean fitness per generation, same length
     */
    public record FitnessHistory(String label, double[] best, double[] mean) {
        /**
         * Validates and copies.
         *
         * @throws IllegalArgumentException on a blank label or empty, mismatched or non-finite arrays
         */
        public FitnessHistory {
            ArgChecks.notBlank(label, "label");
            best = ArgChecks.allFinite(best, "best").clone();
            mean = ArgChecks.allFinite(mean, "mean").clone();
            ArgChecks.check(best.length > 0, "best", best.length, "must not be empty");
            ArgChecks.sameLength(mean.length, best.length, "mean");
        }

        /** @return a copy of the best fitness per generation */
        @Override
        public double[] best() {
            return best.clone();
        }

        /** @return a copy of the mean fitness per generation */
        @Override
        public double[] mean() {
            return mean.clone();
        }
    }

    /**
     * One expiry's smile.
     *
     * @param label   legend label, e.g. "2020-05-15 (28 days)"
     * @param strikes strikes, increasing
     * @param vols    implied volatilities, decimals
     */
    public record Smile(String label, double[] strikes, double[] vols) {
        /**
         * Validates and copies.
         *
         * @throws IllegalArgumentException on a blank label, fewer than 2 strikes, strikes not
         *                                  increasing, or mismatched or non-finite arrays
         */
        public Smile {
            ArgChecks.notBlank(label, "label");
            increasing(strikes, "strikes");
            strikes = strikes.clone();
            vols = ArgChecks.allFinite(vols, "vols").clone();
            ArgChecks.sameLength(vols.length, strikes.length, "vols");
        }

        /** @return a copy of the strikes */
        @Override
        public double[] strikes() {
            return strikes.clone();
        }

        /** @return a copy of the vols */
        @Override
        public double[] vols() {
            return vols.clone();
        }
    }
}
