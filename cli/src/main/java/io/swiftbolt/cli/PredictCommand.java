package io.swiftbolt.cli;

import io.swiftbolt.core.io.BarSeriesCsv;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt predict}: trains an LSTM or Transformer on a daily bar file's default features
 * (see {@link FeatureEngineer}), out of sample (chronological 70/15/15 split with purge gaps), and
 * prints the test metrics of the model beside the persistence and random-walk-with-drift
 * baselines and the coverage of its calibrated intervals. {@code --out DIR} writes them, the test
 * predictions and the loss curves as CSV, and the trained model.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {
            "Trains a deep-learning forecaster of the h-step log return (or price) of the close on a daily bar CSV "
                + "(columns date, open, high, low, close, volume) and evaluates it out of sample.",
            "Inputs: the 31 default features (see 'swiftbolt features'), rows with undefined values dropped, "
                + "standardized on the training period. Split: chronological 70/15/15 with purge gaps of "
                + "sequence length + horizon - 1 windows; early stopping on validation loss (patience 10).",
            "Intervals: Monte-Carlo dropout calibrated by split conformal prediction on the validation set; "
                + "the test coverage is reported. Baselines: persistence (no change) and random walk with drift "
                + "(drift from the training period).",
            "--out DIR writes metrics.csv, predictions.csv, loss.csv and the model in DIR/model."})
final class PredictCommand implements Callable<Integer> {

    /** The model names accepted by {@code --model}. */
    enum ModelName {
        lstm(Architecture.LSTM), transformer(Architecture.TRANSFORMER);

        final Architecture architecture;

        ModelName(Architecture architecture) {
            this.architecture = architecture;
        }
    }

    /** The target names accepted by {@code --target}. */
    enum TargetName {
        log_return, price
    }

    @Option(names = "--in", required = true, paramLabel = "BARS.csv", description = "daily bars CSV")
    Path in;

    @Option(names = "--model", required = true, paramLabel = "lstm|transformer",
            description = "the network: ${COMPLETION-CANDIDATES}")
    ModelName model;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "5",
            description = "steps (bars) ahead (default: ${DEFAULT-VALUE})")
    int horizon;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "seed of initialization, batch order and dropout masks (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30",
            description = "epoch limit; early stopping may end sooner (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--sequence-length", paramLabel = "T", defaultValue = "20",
            description = "rows per input window (default: ${DEFAULT-VALUE})")
    int sequenceLength;

    @Option(names = "--target", paramLabel = "KIND", defaultValue = "log_return",
            description = "log_return or price of the close (default: ${DEFAULT-VALUE})")
    TargetName target;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.9",
            description = "nominal interval coverage (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "50",
            description = "Monte-Carlo dropout passes per forecast (default: ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "ND4J native threads (default: ${DEFAULT-VALUE}; 1 is fastest on small machines)")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", description = "directory for the CSV files and the model")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        BarSeries bars = BarSeriesCsv.read(in);
        FeatureMatrix features = FeatureEngineer.builder().missingValues(MissingValuePolicy.DROP_ROWS).build()
                .compute(bars);
        Target t = target == TargetName.price ? Target.price(bars) : Target.logReturn(bars);
        ModelTrainer trainer = ModelTrainer.builder().architecture(model.architecture).horizons(horizon)
                .sequenceLength(sequenceLength).maxEpochs(epochs).seed(seed).intervalLevel(level)
                .monteCarloPasses(passes).threads(threads).build();
        o.printf(Locale.ROOT, "%s: %d bars, %d feature rows x %d features; training %s (at most %d epochs)...%n",
                in.getFileName(), bars.size(), features.rowCount(), features.columnCount(), model, epochs);
        o.flush();
        long start = System.nanoTime();
        TrainingResult result = trainer.train(features, t);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<LocalDate> dates = result.testDates();
        o.printf(Locale.ROOT, "trained in %.1f s; test period %s..%s%n", seconds, dates.get(0),
                dates.get(dates.size() - 1));
        o.print(result.summary());
        if (out != null) {
            write(result, out);
            result.predictor().save(out.resolve("model"));
            o.printf("wrote metrics.csv, predictions.csv, loss.csv and model/ to %s%n", out);
        }
        return 0;
    }

    /** The three CSV files of {@code --out}, written atomically together. */
    static void write(TrainingResult result, Path dir) {
        List<List<String>> metrics = new ArrayList<>();
        metrics.add(List.of("horizon", "forecaster", "mse", "mae", "r2", "nominal_coverage", "coverage",
                "mean_interval_width", "beats_persistence", "beats_drift", "test_windows"));
        for (HorizonEvaluation e : result.evaluations()) {
            String h = Integer.toString(e.horizon());
            String n = Integer.toString(e.samples());
            metrics.add(List.of(h, "model", d(e.model().mse()), d(e.model().mae()), d(e.model().r2()),
                    d(e.nominalCoverage()), d(e.coverage()), d(e.meanWidth()), Boolean.toString(e.beatsPersistence()),
                    Boolean.toString(e.beatsDrift()), n));
            metrics.add(List.of(h, "persistence", d(e.persistence().mse()), d(e.persistence().mae()),
                    d(e.persistence().r2()), "", "", "", "", "", n));
            metrics.add(List.of(h, "drift", d(e.drift().mse()), d(e.drift().mae()), d(e.drift().r2()), "", "", "",
                    "", "", n));
        }
        List<List<String>> predictions = new ArrayList<>();
        predictions.add(List.of("date", "horizon", "actual", "predicted", "lower", "upper", "persistence", "drift"));
        List<LocalDate> dates = result.testDates();
        int[] horizons = result.predictor().spec().horizons();
        for (int h = 0; h < horizons.length; h++) {
            double[] a = result.actual(h);
            double[] p = result.predicted(h);
            double[] lo = result.lower(h);
            double[] hi = result.upper(h);
            double[] pe = result.persistence(h);
            double[] dr = result.drift(h);
            for (int i = 0; i < a.length; i++) {
                predictions.add(List.of(dates.get(i).toString(), Integer.toString(horizons[h]), d(a[i]), d(p[i]),
                        d(lo[i]), d(hi[i]), d(pe[i]), d(dr[i])));
            }
        }
        List<List<String>> loss = new ArrayList<>();
        loss.add(List.of("epoch", "train_loss", "validation_loss", "kept"));
        double[] tl = result.trainLoss();
        double[] vl = result.validationLoss();
        for (int e = 0; e < tl.length; e++) {
            loss.add(List.of(Integer.toString(e + 1), d(tl[e]), d(vl[e]), Boolean.toString(e == result.bestEpoch())));
        }
        AtomicCsv.writeFiles(dir, List.of("metrics.csv", "predictions.csv", "loss.csv"),
                List.of(metrics, predictions, loss));
    }

    private static String d(double v) {
        return Double.toString(v);
    }
}
