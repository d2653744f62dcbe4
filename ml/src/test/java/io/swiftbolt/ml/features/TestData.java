package io.swiftbolt.ml.features;

import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.testing.Generators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/** Shared fixtures of the ml tests: synthetic option series over real bars, reference vectors. */
public final class TestData {

    private TestData() {
    }

    /**
     * A synthetic option series over {@code bars}: a near-the-money option 20 to 60 days out, IV
     * between 10 % and 60 %, price from Black-Scholes at that IV; some days skipped, some without
     * a quoted IV (solved from price), some with zero call volume.
     */
    public static OptionSeries options(BarSeries bars, long seed, double skipProbability) {
        RandomGenerator rnd = Generators.random(seed);
        List<OptionObservation> list = new ArrayList<>();
        double iv = 0.2;
        for (int i = 0; i < bars.size(); i++) {
            iv = Math.min(0.6, Math.max(0.1, iv * Math.exp(0.08 * rnd.nextGaussian())));
            if (rnd.nextDouble() < skipProbability) {
                continue;
            }
            LocalDate date = bars.date(i);
            double spot = bars.close(i);
            boolean call = rnd.nextBoolean();
            double strike = Math.round(spot * rnd.nextDouble(0.95, 1.05) * 100) / 100.0;
            int days = rnd.nextInt(20, 61);
            double t = days / 365.0;
            double price = BlackScholesKernels.price(call, spot, strike, t, 0.01, 0.0, iv);
            OptionalDouble quoted = rnd.nextDouble() < 0.3 ? OptionalDouble.empty() : OptionalDouble.of(iv);
            double callVolume = rnd.nextDouble() < 0.05 ? 0 : Math.floor(rnd.nextDouble(1, 1e5));
            list.add(new OptionObservation(date, call ? OptionRight.CALL : OptionRight.PUT, strike,
                    date.plusDays(days), price, quoted, callVolume, Math.floor(rnd.nextDouble(0, 1e5))));
        }
        return OptionSeries.of(list);
    }

    /** A reference CSV (first line a # comment): column name to values, NaN for empty cells. */
    public static Map<String, double[]> readReference(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference", file));
            String[] header = lines.get(1).split(",", -1);
            int rows = lines.size() - 2;
            Map<String, double[]> columns = new HashMap<>();
            double[] days = new double[rows];
            for (int c = 1; c < header.length; c++) {
                columns.put(header[c], new double[rows]);
            }
            for (int r = 0; r < rows; r++) {
                String[] f = lines.get(r + 2).split(",", -1);
                days[r] = LocalDate.parse(f[0]).toEpochDay();
                for (int c = 1; c < header.length; c++) {
                    columns.get(header[c])[r] = f[c].isEmpty() ? Double.NaN : Double.parseDouble(f[c]);
                }
            }
            columns.put("date", days);
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bars, with every bar after row t scaled by a random factor and given a new volume. */
    public static BarSeries perturb(BarSeries s, int t, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int n = s.size();
        double[] o = s.toArray(BarSeries.Column.OPEN);
        double[] h = s.toArray(BarSeries.Column.HIGH);
        double[] l = s.toArray(BarSeries.Column.LOW);
        double[] c = s.toArray(BarSeries.Column.CLOSE);
        double[] v = s.toArray(BarSeries.Column.VOLUME);
        for (int i = t + 1; i < n; i++) {
            double f = rnd.nextDouble(0.5, 2.0);
            o[i] *= f;
            h[i] *= f * 1.01;
            l[i] *= f * 0.99;
            c[i] *= f;
            v[i] = rnd.nextDouble(0, 1e10);
        }
        return BarSeries.of(s.name(), s.epochDays(), o, h, l, c, v);
    }

}
