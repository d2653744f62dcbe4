// SwiftBolt ml predictors: a small LSTM forecasting the S&P 500's 5-day log return out of sample,
// beside its baselines, with calibrated intervals; saved and loaded back. See docs/ml.md.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/ml-predict.jsh
//      (after ./swiftbolt has built once; the build runs it too)
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.*;
import io.swiftbolt.ml.predict.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }

BarSeries sp = BundledData.sp500();
FeatureMatrix features = FeatureEngineer.builder().missingValues(MissingValuePolicy.DROP_ROWS).build().
        compute(sp).between(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 4, 17));
ModelTrainer trainer = ModelTrainer.builder().architecture(Architecture.LSTM).sequenceLength(10).horizons(5).
        maxEpochs(2).monteCarloPasses(20).seed(42).build();
TrainingResult result = trainer.train(features, Target.logReturn(sp));
System.out.print(result.summary());
HorizonEvaluation e = result.evaluations().get(0);
check(result.split().trainSize() > 500, "a 70/15/15 split of about 1,070 windows");
check(e.persistence().mse() > 0 && e.drift().mse() > 0, "both baselines are always reported");
check(e.coverage() > 0.5 && e.coverage() <= 1.0, "coverage is measured on the test windows");
double[] lower = result.lower(0), upper = result.upper(0);
for (int i = 0; i < lower.length; i++) check(lower[i] <= upper[i], "ordered interval " + i);

// Save, load against the same feature spec, and get the same forecasts bit for bit.
Path dir = Files.createTempDirectory("swiftbolt-model");
result.predictor().save(dir);
PricePredictor loaded = PricePredictors.load(dir, features.columnNames());
int[] rows = result.testRows();
check(java.util.Arrays.deepEquals(loaded.predict(features, rows), result.predictor().predict(features, rows)),
        "save then load reproduces the predictions exactly");
try {
    PricePredictors.load(dir, java.util.List.of("close"));
    check(false, "another feature spec must be refused");
} catch (IllegalArgumentException expected) {
    System.out.println("refused: " + expected.getMessage());
}
