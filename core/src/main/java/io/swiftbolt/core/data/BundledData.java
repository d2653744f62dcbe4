package io.swiftbolt.core.data;

import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real daily market data shipped inside the core jar, for examples, tests and demos.
 *
 * <table>
 *   <caption>Bundled data sets</caption>
 *   <tr><th>name</th><th>what</th><th>bars</th><th>span</th><th>adjusted close</th></tr>
 *   <tr><td>{@code sp500}</td><td>S&amp;P 500 price index (no dividends), index points</td>
 *       <td>5105</td><td>2000-01-03 .. 2020-04-17</td><td>yes, equal to close</td></tr>
 *   <tr><td>{@code aapl-2013}</td><td>Apple Inc., unadjusted USD prices (before the 2014 7:1
 *       split)</td><td>252</td><td>2013-01-02 .. 2013-12-31</td><td>no</td></tr>
 * </table>
 * Sources and licences are in {@code io/swiftbolt/core/data/bundled/PROVENANCE.md} inside the
 * jar: the S&amp;P 500 quotes come from Yahoo Finance via the BSD-3-Clause {@code vega-datasets}
 * package, the Apple bars from the MIT-licensed ta4j examples.
 *
 * <p>Each data set is parsed once, on first use, and the immutable {@link BarSeries} is shared
 * afterwards. Thread-safe.
 */
public final class BundledData {

    /** Name of the S&amp;P 500 data set, for {@link #load(String)}. */
    public static final String SP500 = "sp500";
    /** Name of the Apple 2013 data set, for {@link #load(String)}. */
    public static final String AAPL_2013 = "aapl-2013";

    private static final Map<String, String> RESOURCES = Map.of(
            SP500, "sp500_daily_2000-01-03_2020-04-17.csv",
            AAPL_2013, "aapl_daily_2013.csv");

    /** Series names, as used in reports. */
    private static final Map<String, String> SERIES_NAMES = Map.of(
            SP500, "SP500",
            AAPL_2013, "AAPL");

    private static final List<String> NAMES = List.of(SP500, AAPL_2013);

    /** Parsed series; values are immutable, so sharing them is safe. */
    private static final Map<String, BarSeries> CACHE = new ConcurrentHashMap<>();

    private BundledData() {
    }

    /**
     * The S&amp;P 500 index, daily from 2000-01-03 to 2020-04-17 (5105 bars), named
     * {@code "SP500"}, with an adjusted close equal to the close (a price index).
     *
     * @return the series
     */
    public static BarSeries sp500() {
        return load(SP500);
    }

    /**
     * Apple Inc. (AAPL), daily from 2013-01-02 to 2013-12-31 (252 bars), unadjusted USD prices,
     * named {@code "AAPL"}, without an adjusted close.
     *
     * @return the series
     */
    public static BarSeries aapl2013() {
        return load(AAPL_2013);
    }

    /**
     * The names accepted by {@link #load(String)}.
     *
     * @return an immutable list: {@code sp500}, {@code aapl-2013}
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Loads a bundled data set by name.
     *
     * @param name one of {@link #names()}, case-sensitive
     * @return the series
     * @throws IllegalArgumentException if {@code name} is null or not a bundled data set; the
     *                                  message lists the valid names
     */
    public static BarSeries load(String name) {
        ArgChecks.notNull(name, "name");
        if (!RESOURCES.containsKey(name)) {
            throw new IllegalArgumentException(
                    "name must be one of " + NAMES + ", was \"" + name + "\"");
        }
        return CACHE.computeIfAbsent(name, BundledData::parse);
    }

    private static BarSeries parse(String name) {
        String resource = "bundled/" + RESOURCES.get(name);
        // Same module, so the resource is found although its package is not exported.
        InputStream in = BundledData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing from the jar: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return BarSeriesCsv.read(reader, resource, SERIES_NAMES.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt bundled resource: " + e.getMessage(), e);
        }
    }
}
