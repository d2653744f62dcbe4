package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.io.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bundled Fama-French monthly factors, 1949-01 .. 2017-03 (819 months): {@link #MKT_RF}
 * (market minus risk-free), {@link #SMB} (size), {@link #HML} (value), {@link #MOM} (momentum)
 * and {@link #RF} (the one-month Treasury bill), as decimal fractions per month
 * (0.0023 = 0.23 %).
 *
 * <p>Source: Kenneth R. French's Data Library (2017 vintage) as redistributed in the
 * {@code linearmodels} project's {@code datasets/french}; "Copyright Kenneth R. French", free to
 * use. Provenance and checksum: {@code io/swiftbolt/attribution/factors/data/PROVENANCE.md} in
 * the jar.
 *
 * <p>The table is parsed once, on first use. Thread-safe.
 */
public final class FamaFrench {

    /** Market excess return column: {@value}. */
    public static final String MKT_RF = "MktRF";
    /** Small-minus-big (size) column: {@value}. */
    public static final String SMB = "SMB";
    /** High-minus-low book-to-market (value) column: {@value}. */
    public static final String HML = "HML";
    /** Momentum (up-minus-down) column: {@value}. */
    public static final String MOM = "Mom";
    /** Risk-free rate column: {@value}. */
    public static final String RF = "RF";
    /** The four factors, in the usual order: market, size, value, momentum. */
    public static final List<String> FOUR_FACTORS = List.of(MKT_RF, SMB, HML, MOM);
    /** The three Fama-French factors: market, size, value. */
    public static final List<String> THREE_FACTORS = List.of(MKT_RF, SMB, HML);

    private static final String RESOURCE = "data/ff_factors_monthly_1949-01_2017-03.csv";

    private FamaFrench() {
    }

    /**
     * The bundled monthly factors.
     *
     * @return the table (shared, immutable)
     */
    public static MonthlyFactors monthly() {
        return Holder.MONTHLY;
    }

    /** Lazy, thread-safe initialization on first use. */
    private static final class Holder {
        static final MonthlyFactors MONTHLY = load();

        private static MonthlyFactors load() {
            // Same module, so the resource is found although its package is not exported.
            InputStream in = FamaFrench.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the jar: " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return MonthlyFactors.parse(reader, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
            } catch (DataFormatException e) {
                throw new IllegalStateException("corrupt bundled resource: " + e.getMessage(), e);
            }
        }
    }
}
