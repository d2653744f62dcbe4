package io.swiftbolt.cli;

import io.swiftbolt.cli.charts.TourCharts;
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.MissingValuePolicy;
import io.swiftbolt.ml.predict.Architecture;
import io.swiftbolt.ml.predict.HorizonEvaluation;
import io.swiftbolt.ml.predict.ModelTrainer;
import io.swiftbolt.ml.predict.Target;
import io.swiftbolt.ml.predict.TrainingResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The tour's forecasting step: a small LSTM (a few epochs) forecasting the S&amp;P 500's 5-day log
 * return from the default features, 2012-2020, evaluated out of sample beside the persistence
 * and random-walk-with-drift baselines, with the coverage of its 90 % intervals.
 * {@link #forecast()} returns the test period for charts.
 */
final class ForecastTourStep implements TourCommand.Step {

    static final int HORIZON = 5;
    static final int EPOCHS = 4;
    static final int QUICK_EPOCHS = 2;
    static final LocalDate FROM = LocalDate.of(2012, 1, 1);

    /**
     * The test period of the tour's forecast, index {@code i} a test window ending on
     * {@code dates.get(i)} (feature row {@code rows[i]}); values are 5-day log returns (decimals).
     *
     * @param dates       the forecast dates ("now" of each forecast)
     * @param rows        their feature-matrix rows
     * @param actual      realized 5-day log returns
     * @param predicted   the model's forecasts
     * @param lower       lower bounds of the 90 % intervals
     * @param upper       upper bounds
     * @param persistence the persistence baseline (0)
     * @param drift       the random-walk-with-drift baseline
     * @param evaluation  test metrics of model and baselines, coverage
     * @param epochs      the most training epochs allowed
     * @param seconds     training and evaluation time
     */
    record Forecast(List<LocalDate> dates, int[] rows, double[] actual, double[] predicted, double[] lower,
            double[] upper, double[] persistence, double[] drift, HorizonEvaluation evaluation, int epochs,
            double seconds) {
    }

    @Override
    public String title() {
        return "Deep-learning forecast (real S&P 500): LSTM, 5-day log return, baselines and calibrated intervals";
    }

    /**
     * Trains the tour's model and evaluates it on the test period.
     *
     * @return the test period's forecasts, intervals, baselines and metrics
     */
    Forecast forecast() {
        return forecast(EPOCHS);
    }

    /**
     * Trains the tour's model for at most {@code epochs} epochs and evaluates it on the test period.
     *
     * @param epochs the most training epochs
     * @return the test period's forecasts, intervals, baselines and metrics
     */
    Forecast forecast(int epochs) {
        BarSeries sp = BundledData.sp500();
        FeatureMatrix all = FeatureEngineer.builder().missingValues(MissingValuePolicy.DROP_ROWS).build().compute(sp);
        FeatureMatrix features = all.between(FROM, sp.date(sp.size() - 1));
        long start = System.nanoTime();
        TrainingResult r = ModelTrainer.builder().architecture(Architecture.LSTM).horizons(HORIZON).maxEpochs(epochs)
                .monteCarloPasses(30).seed(42).build().train(features, Target.logReturn(sp));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Forecast(r.testDates(), r.testRows(), r.actual(0), r.predicted(0), r.lower(0), r.upper(0),
                r.persistence(0), r.drift(0), r.evaluations().get(0), epochs, seconds);
    }

    @Override
    public void run(PrintWriter out) {
        Forecast f = forecast();
        print(f, out);
        out.printf(Locale.ROOT, "  trained and evaluated in %.1f s%n", f.seconds());
    }

    /** In the tour: fewer epochs with {@code --quick}, and the forecast chart. */
    @Override
    public void run(TourContext ctx) {
        Forecast f = forecast(ctx.quick() ? QUICK_EPOCHS : EPOCHS);
        print(f, ctx.out());
        ctx.progress(String.format(Locale.ROOT, "forecast trained and evaluated in %.1f s", f.seconds()));
        LinkedHashMap<String, double[]> baselines = new LinkedHashMap<>();
        baselines.put("random walk with drift", f.drift());
        ctx.chart("forecast.png", () -> TourCharts.forecast(
                "S&P 500: LSTM forecast of the 5-day log return, out of sample",
                new TourCharts.ForecastSeries(f.dates(), f.actual(), f.predicted(), f.lower(), f.upper()),
                "LSTM forecast (MC-dropout mean)", "90 % interval (MC dropout, split-conformal)",
                "5-day log return", baselines));
    }

    /**
     * Prints a forecast's report: metrics beside the baselines, coverage, the last forecast; no
     * timing, so the same seed prints the same report.
     */
    static void print(Forecast f, PrintWriter out) {
        HorizonEvaluation e = f.evaluation();
        out.printf(Locale.ROOT, "  LSTM(64)-LSTM(32), 20-day windows of 31 features from %s, at most %d epochs, "
                + "seed 42%n", FROM, f.epochs());
        out.printf(Locale.ROOT, "  test %s..%s (%d windows, after a purged 70/15 train/validation split)%n",
                f.dates().get(0), f.dates().get(f.dates().size() - 1), e.samples());
        out.printf(Locale.ROOT, "  %-28s %12s %12s %8s%n", "5-day log return forecaster", "MSE", "MAE", "R2");
        out.printf(Locale.ROOT, "  %-28s %12.4e %12.4e %8.4f%n", "LSTM", e.model().mse(), e.model().mae(),
                e.model().r2());
        out.printf(Locale.ROOT, "  %-28s %12.4e %12.4e %8.4f%n", "persistence (no change)", e.persistence().mse(),
                e.persistence().mae(), e.persistence().r2());
        out.printf(Locale.ROOT, "  %-28s %12.4e %12.4e %8.4f%n", "random walk with drift", e.drift().mse(),
                e.drift().mae(), e.drift().r2());
        out.printf(Locale.ROOT, "  90%% intervals (MC dropout, split-conformal on validation): test coverage %.1f %%, "
                + "mean width %.4f%n", 100 * e.coverage(), e.meanWidth());
        int last = f.dates().size() - 1;
        out.printf(Locale.ROOT, "  last test forecast, %s: %+.4f in [%+.4f, %+.4f], realized %+.4f%n",
                f.dates().get(last), f.predicted()[last], f.lower()[last], f.upper()[last], f.actual()[last]);
        out.printf("  %s%n", e.verdict());
    }
}
