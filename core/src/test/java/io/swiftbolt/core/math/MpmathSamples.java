package io.swiftbolt.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference vectors written by the mpmath scripts under {@code src/test/resources/reference}: a
 * header line starting with {@code x,}, optional {@code #} comments, then rows of
 * {@code x,value}, x exactly as a double and the value as a decimal string.
 */
final class MpmathSamples {

    /** One reference row: x exactly as a double, the function value as mpmath printed it. */
    record Sample(double x, String expected) {
    }

    private MpmathSamples() {
    }

    /**
     * The relative error of {@code actual} against the decimal reference, computed exactly (not
     * after rounding the reference to double, which alone can cost half an ulp).
     */
    static double relativeError(double actual, String expected) {
        BigDecimal exact = new BigDecimal(expected);
        return new BigDecimal(actual).subtract(exact).abs()
                .divide(exact.abs(), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * The error of {@code actual} in ulps of the exact value (the ulp of the reference rounded to
     * double), computed exactly.
     */
    static double ulpError(double actual, BigDecimal exact) {
        double ulp = Math.ulp(exact.doubleValue());
        return new BigDecimal(actual).subtract(exact).abs()
                .divide(new BigDecimal(ulp), MathContext.DECIMAL64).doubleValue();
    }

    static List<Sample> read(String resource) {
        List<Sample> rows = new ArrayList<>();
        try (InputStream in = MpmathSamples.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("x,")) {
                    continue;
                }
                String[] cells = line.split(",");
                rows.add(new Sample(Double.parseDouble(cells[0]), cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }
}
