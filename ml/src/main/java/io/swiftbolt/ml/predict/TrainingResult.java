package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link ModelTrainer#train}: the trained predictor (best validation epoch), the
 * loss curves, and the out-of-sample test evaluation per horizon beside the persistence and
 * random-walk-with-drift baselines, with the test rows' actuals, forecasts and intervals.
 *
 * <p>Arrays are indexed {@code [horizon index][test row]} and copied in and out. Immutable.
 */
public final class TrainingResult {

    private final PricePredictor predictor;
    private final ChronologicalSplit split;
    private final double[] trainLoss;
    private final double[] validationLoss;
    private final int bestEpoch;
    private final boolean stoppedEarly;
    private final List<HorizonEvaluation> evaluations;
    private final int[] testRows;
    private final int[] testEpochDays;
    private final double[][] actual;
    private final double[][] predicted;
    private final double[][] lower;
    private final double[][] upper;
    private final double[][] persistence;
    private final double[][] drift;

    TrainingResult(PricePredictor predictor, ChronologicalSplit split, double[] trainLoss, double[] validationLoss,
            int bestEpoch, boolean stoppedEarly, List<HorizonEvaluation> evaluations, int[] testRows,
            int[] testEpochDays, double[][] actual, double[][] predicted, double[][] lower, double[][] upper,
            double[][] persistence, double[][] drift) {
        this.predictor = ArgChecks.notNull(predictor, "predictor");
        this.split = split;
        this.trainLoss = trainLoss.clone();
        this.validationLoss = validationLoss.clone();
        this.bestEpoch = bestEpoch;
        this.stoppedEarly = stoppedEarly;
        this.evaluations = List.copyOf(evaluations);
        this.testRows = testRows.clone();
        this.testEpochDays = testEpochDays.clone();
        this.actual = copy(actual);
        this.predicted = copy(predicted);
        this.lower = copy(lower);
        this.upper = copy(upper);
        this.persistence = copy(persistence);
        this.drift = copy(drift);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * The trained predictor (parameters of the best validation epoch, calibrated).
     *
     * @return the predictor
     */
    public PricePredictor predictor() {
        return predictor;
    }

    /**
     * The sample split used.
     *
     * @return the split
     */
    public ChronologicalSplit split() {
        return split;
    }

    /**
     * Training loss per epoch: mean squared error of the dropout-off forecasts on the training
     * windows, in scaled target units (targets standardized on the training set).
     *
     * @return a copy, one value per epoch run
     */
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    /**
     * Validation loss per epoch, as {@link #trainLoss()}.
     *
     * @return a copy
     */
    public double[] validationLoss() {
        return validationLoss.clone();
    }

    /**
     * The 0-based epoch whose parameters were kept.
     *
     * @return the best epoch
     */
    public int bestEpoch() {
        return bestEpoch;
    }

    /**
     * The number of epochs run.
     *
     * @return at least 1
     */
    public int epochs() {
        return trainLoss.length;
    }

    /**
     * Whether early stopping ended training before the epoch limit.
     *
     * @return true if stopped early
     */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /**
     * The test evaluation of each horizon, in the spec's horizon order.
     *
     * @return an immutable list
     */
    public List<HorizonEvaluation> evaluations() {
        return evaluations;
    }

    /**
     * Whether the model has a lower test MSE than both baselines on every horizon.
     *
     * @return true if it beats them all
     */
    public boolean beatsBaselines() {
        return evaluations.stream().allMatch(e -> e.beatsPersistence() && e.beatsDrift());
    }

    /**
     * The feature-matrix rows that end the test windows ("now" of each forecast).
     *
     * @return a copy
     */
    public int[] testRows() {
        return testRows.clone();
    }

    /**
     * The dates of {@link #testRows()}.
     *
     * @return the dates
     */
    public List<LocalDate> testDates() {
        return java.util.Arrays.stream(testEpochDays).mapToObj(LocalDate::ofEpochDay).toList();
    }

    /**
     * Realized targets.
     *
     * @param horizonIndex the index into {@link ModelSpec#horizons()}
     * @return a copy, one per test row
     */
    public double[] actual(int horizonIndex) {
        return actual[horizonIndex].clone();
    }

    /**
     * The model's dropout-off forecasts.
     *
     * @param horizonIndex the index into {@link ModelSpec#horizons()}
     * @return a copy
     */
    public double[] predicted(int horizonIndex) {
        return predicted[horizonIndex].clone();
    }

    /**
     * Lower interval bounds.
     *
     * @param horizonIndex the index into {@link ModelSpec#horizons()}
     * @return a copy
     */
    public double[] lower(int horizonIndex) {
        return lower[horizonIndex].clone();
    }

    /**
     * Upper interval bounds.
     *
     * @param horizonIndex the index into {@link ModelSpec#horizons()}
     * @return a copy
     */
    public double[] upper(int horizonIndex) {
        return upper[horizonIndex].clone();
    }

    /**
     * Persistence baseline forecasts.
     *
     * @param horizonIndex the index into {@link ModelSpec#horizons()}
     * @return a copy
     */
    public double[] persistence(int horizonIndex) {
        return persistence[horizonIndex].clone();
    }

    /**
     * Random-walk-with-drift baseline forecasts.
     *
     * @param horizonIndex the index into {@link ModelSpec#horizons()}
     * @return a copy
     */
    public double[] drift(int horizonIndex) {
        return drift[horizonIndex].clone();
    }

    /**
     * A plain-text report: epochs, and per horizon the test metrics of the model and both
     * baselines, the coverage, and whether the model beats the baselines.
     *
     * @return lines ending with a newline
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        ModelSpec spec = predictor.spec();
        sb.append(String.format(Locale.ROOT, "%s, %d epochs (best %d%s), %d/%d/%d train/validation/test windows%n",
                spec, epochs(), bestEpoch + 1, stoppedEarly ? ", stopped early" : "", split.trainSize(),
                split.validationSize(), split.testSize()));
        for (HorizonEvaluation e : evaluations) {
            sb.append(String.format(Locale.ROOT, "h=%d  %-12s MSE %.6g  MAE %.6g  R2 %.4f%n", e.horizon(), "model",
                    e.model().mse(), e.model().mae(), e.model().r2()));
            sb.append(String.format(Locale.ROOT, "      %-12s MSE %.6g  MAE %.6g  R2 %.4f%n", "persistence",
                    e.persistence().mse(), e.persistence().mae(), e.persistence().r2()));
            sb.append(String.format(Locale.ROOT, "      %-12s MSE %.6g  MAE %.6g  R2 %.4f%n", "drift",
                    e.drift().mse(), e.drift().mae(), e.drift().r2()));
            sb.append(String.format(Locale.ROOT, "      %.0f%% interval coverage %.1f%% (mean width %.6g)%n",
                    100 * e.nominalCoverage(), 100 * e.coverage(), e.meanWidth()));
            sb.append("      ").append(e.verdict()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
