package io.swiftbolt.ml.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesMerton;
import io.swiftbolt.core.pricing.BsmInputs;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.ml.features.FeatureEngineer;
import io.swiftbolt.ml.features.FeatureMatrix;
import io.swiftbolt.ml.features.MissingValuePolicy;
import io.swiftbolt.ml.features.OptionObservation;
import io.swiftbolt.ml.features.OptionSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * An option's price as the target, from option features: a 2,800-strike S&amp;P 500 call expiring
 * 2021-12-17, priced each day of 2017-2020 (bundled real closes) by Black-Scholes-Merton at the
 * day's 20-day realized vol; its price is the level series, its features include the Greeks.
 */
class OptionTargetTest {

    @Test
    void trainsOnOptionFeaturesAndReportsTheOptionsOwnBaselines() {
        BarSeries sp = BundledData.sp500().between(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 4, 17));
        LocalDate expiry = LocalDate.of(2021, 12, 17);
        List<OptionObservation> observations = new ArrayList<>();
        int[] days = new int[sp.size()];
        double[] prices = new double[sp.size()];
        for (int i = 0; i < sp.size(); i++) {
            double t = ChronoUnit.DAYS.between(sp.date(i), expiry) / 365.0;
            double vol = 0.12 + 0.5 * Math.abs(Math.log(sp.close(i) / sp.close(Math.max(0, i - 20))));
            prices[i] = BlackScholesMerton.price(new BsmInputs(OptionRight.CALL, sp.close(i), 2800, t, 0.01, 0.018), vol);
            days[i] = (int) sp.date(i).toEpochDay();
            observations.add(new OptionObservation(sp.date(i), OptionRight.CALL, 2800, expiry, prices[i],
                    OptionalDouble.of(vol), 1000, 800));
        }
        FeatureMatrix features = FeatureEngineer.builder().ivRankPeriod(20).rate(0.01).dividendYield(0.018)
                .missingValues(MissingValuePolicy.DROP_ROWS).build().compute(sp, OptionSeries.of(observations));
        assertThat(features.columnNames()).contains("delta", "vega", "implied_vol", "time_to_expiry");
        Target option = new Target("SPX 2800 C 2021-12-17", days, prices, TargetKind.PRICE);
        TrainingResult r = ModelTrainer.builder().sequenceLength(10).horizons(1, 5).maxEpochs(2).monteCarloPasses(20)
                .build().train(features, option);
        assertThat(r.predictor().spec().targetName()).isEqualTo("SPX 2800 C 2021-12-17");
        int[] rows = r.testRows();
        int first = java.util.Arrays.binarySearch(days, features.epochDay(rows[0]));
        // persistence is the option's own last price; the actual is its price h days later
        assertThat(r.persistence(1)[0]).isEqualTo(prices[first]);
        assertThat(r.actual(1)[0]).isEqualTo(prices[first + 5]);
        assertThat(r.evaluations()).hasSize(2);
        assertThat(r.summary()).contains("PRICE of SPX 2800 C 2021-12-17");
    }
}
