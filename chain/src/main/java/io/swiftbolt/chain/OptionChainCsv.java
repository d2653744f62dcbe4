package io.swiftbolt.chain;

import io.swiftbolt.chain.OptionChain.VendorField;
import io.swiftbolt.core.io.CsvSources;
import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionQuote;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.util.ArgChecks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes {@link OptionChain}s as CSV (RFC 4180, via Apache Commons CSV).
 *
 * <h2>Reading</h2>
 * The first line is a header; columns are found by name, ignoring case and surrounding blanks, in
 * any order:
 * <ul>
 *   <li>required: {@code expiration} (ISO {@code yyyy-MM-dd}), {@code type} ({@code C}, {@code P},
 *       {@code call} or {@code put}, any case), {@code strike}, {@code bid}, {@code ask},
 *       {@code volume}, {@code open_interest};</li>
 *   <li>optional: {@code contract} (an id; the OCC-style symbol when absent or empty), {@code last},
 *       {@code iv} (decimal), {@code delta}, {@code gamma}, {@code vega}, {@code theta} (vendor values,
 *       kept as given);</li>
 *   <li>any other column is ignored.</li>
 * </ul>
 * A bid or ask of 0 <em>or an empty cell</em> means no quote on that side: one-sided and unquoted
 * contracts are kept (and flagged by the liquidity analysis), never rejected. An empty
 * {@code volume}, {@code open_interest} or {@code last} reads as 0; an empty or zero {@code iv} and
 * empty Greeks read as absent. Blank lines are skipped. Every contract gets multiplier 100.
 *
 * <p>A bad row fails with a {@link DataFormatException} naming source, line and column:
 * <table>
 *   <caption>Rejected input</caption>
 *   <tr><th>problem</th><th>column reported</th></tr>
 *   <tr><td>required column missing from the header</td><td>0, line 1</td></tr>
 *   <tr><td>more or fewer fields than the header</td><td>the first missing or extra field</td></tr>
 *   <tr><td>a value that is not a number, or NaN or infinite</td><td>the value's</td></tr>
 *   <tr><td>strike zero or negative</td><td>strike</td></tr>
 *   <tr><td>bid, ask, last, volume, open interest or iv negative; volume or open interest not a whole
 *       number</td><td>the value's</td></tr>
 *   <tr><td>bid above ask (both quoted)</td><td>ask</td></tr>
 *   <tr><td>type not C, P, call or put</td><td>type</td></tr>
 *   <tr><td>expiration not an ISO date</td><td>expiration</td></tr>
 *   <tr><td>a contract (expiration, type, strike) or a contract id seen on an earlier line</td>
 *       <td>strike, or contract for a repeated id</td></tr>
 * </table>
 * I/O failures are {@link UncheckedIOException}s naming the file.
 *
 * <h2>Writing</h2>
 * {@link #write(OptionChain, Writer)} writes
 * {@code contract,expiration,type,strike,bid,ask,last,volume,open_interest} (plus {@code iv} when any
 * contract has a vendor implied volatility) in chain order, numbers in their shortest exact decimal
 * form, so reading the output gives an equal chain.
 *
 * <p>Thread-safe (stateless).
 */
public final class OptionChainCsv {

    private static final CSVFormat READ_FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .get();

    /** Logical columns. */
    private enum Col {
        EXPIRATION("expiration", true), TYPE("type", true), STRIKE("strike", true), BID("bid", true),
        ASK("ask", true), VOLUME("volume", true), OPEN_INTEREST("open_interest", true),
        CONTRACT("contract", false), LAST("last", false), IV("iv", false), DELTA("delta", false),
        GAMMA("gamma", false), VEGA("vega", false), THETA("theta", false);

        final String key;
        final boolean required;

        Col(String key, boolean required) {
            this.key = key;
            this.required = required;
        }
    }

    private OptionChainCsv() {
    }

    /**
     * Reads a UTF-8 chain file; the underlying is named after the file, without {@code .csv}.
     *
     * @param file the file
     * @return the chain, without spot or valuation date
     * @throws IllegalArgumentException if {@code file} is null
     * @throws UncheckedIOException     if the file cannot be read
     * @throws DataFormatException      if the content is malformed (see the class description)
     */
    public static OptionChain read(Path file) {
        return read(file, CsvSources.baseName(file));
    }

    /**
     * Reads a UTF-8 chain file for the named underlying.
     *
     * @param file       the file
     * @param underlying the underlying's symbol
     * @return the chain, without spot or valuation date
     * @throws IllegalArgumentException if {@code file} is null or {@code underlying} blank
     * @throws UncheckedIOException     if the file cannot be read
     * @throws DataFormatException      if the content is malformed
     */
    public static OptionChain read(Path file, String underlying) {
        ArgChecks.notNull(file, "file");
        ArgChecks.notBlank(underlying, "underlying");
        return CsvSources.read(file, "option chain", (reader, source) -> parse(reader, source, underlying));
    }

    /**
     * Reads chain CSV text from a reader, which is read to the end but not closed.
     *
     * @param reader     the text
     * @param sourceName the name used in error messages
     * @param underlying the underlying's symbol
     * @return the chain, without spot or valuation date
     * @throws IllegalArgumentException if an argument is null or blank
     * @throws UncheckedIOException     if reading fails
     * @throws DataFormatException      if the content is malformed
     */
    public static OptionChain read(Reader reader, String sourceName, String underlying) {
        ArgChecks.notBlank(underlying, "underlying");
        return CsvSources.read(reader, sourceName, "option chain", (r, source) -> parse(r, source, underlying));
    }

    private static OptionChain parse(Reader reader, String source, String underlying) throws IOException {
        @SuppressWarnings("resource")
        CSVParser parser = READ_FORMAT.parse(reader);
        Rows rows = new Rows(source, underlying, parser);
        CsvSources.readRows(source, () -> rows.lastLineRead, rows::readAll);
        return rows.builder.build();
    }

    /** Row-by-row parsing state. */
    private static final class Rows {
        private final String source;
        private final String underlying;
        private final CSVParser parser;
        private final OptionChain.Builder builder;
        private final int[] position = new int[Col.values().length];
        private String[] header;
        private CSVRecord record;
        private long line;
        private long lastLineRead;
        /** Contract key → line first seen; id → line first seen. */
        private final Map<String, Long> seenContracts = new HashMap<>();
        private final Map<String, Long> seenIds = new HashMap<>();

        Rows(String source, String underlying, CSVParser parser) {
            this.source = source;
            this.underlying = underlying;
            this.parser = parser;
            this.builder = OptionChain.builder(underlying);
        }

        void readAll() {
            boolean headerSeen = false;
            for (CSVRecord r : parser) {
                record = r;
                line = lastLineRead + 1;
                lastLineRead = parser.getCurrentLineNumber();
                if (!headerSeen) {
                    readHeader();
                    headerSeen = true;
                } else if (!(r.size() == 1 && r.get(0).isEmpty())) {
                    readRow();
                }
            }
            if (!headerSeen) {
                throw new DataFormatException(source, 1, 0, null, "empty input, expected a header line");
            }
        }

        private void readHeader() {
            header = record.values();
            if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == '\uFEFF') {
                header[0] = header[0].substring(1).trim();
            }
            Arrays.fill(position, -1);
            for (int c = 0; c < header.length; c++) {
                String key = header[c].trim().toLowerCase(Locale.ROOT);
                for (Col col : Col.values()) {
                    if (col.key.equals(key)) {
                        if (position[col.ordinal()] >= 0) {
                            throw new DataFormatException(source, line, c + 1, header[c],
                                    "duplicate column, same as column " + (position[col.ordinal()] + 1));
                        }
                        position[col.ordinal()] = c;
                    }
                }
            }
            for (Col col : Col.values()) {
                if (col.required && position[col.ordinal()] < 0) {
                    throw new DataFormatException(source, line, 0, col.key,
                            "missing required column '" + col.key + "' in header " + Arrays.toString(header));
                }
            }
        }

        private void readRow() {
            if (record.size() != header.length) {
                int firstBad = Math.min(record.size(), header.length);
                throw new DataFormatException(source, line, firstBad + 1,
                        firstBad < header.length ? header[firstBad] : null,
                        "expected " + header.length + " fields as in the header, found " + record.size());
            }
            LocalDate expiry = parseDate(Col.EXPIRATION);
            OptionRight right = parseRight();
            double strike = number(Col.STRIKE, false);
            if (!(strike > 0)) {
                throw error(Col.STRIKE, "strike must be positive, was " + text(Col.STRIKE));
            }
            double bid = nonNegative(Col.BID, true);
            double ask = nonNegative(Col.ASK, true);
            if (bid > 0 && ask > 0 && bid > ask) {
                throw error(Col.ASK, "bid " + text(Col.BID) + " is above ask " + text(Col.ASK));
            }
            long volume = count(Col.VOLUME);
            long oi = count(Col.OPEN_INTEREST);
            double last = has(Col.LAST) ? nonNegative(Col.LAST, true) : 0.0;
            double[] vendor = new double[VendorField.values().length];
            Arrays.fill(vendor, Double.NaN);
            if (has(Col.IV)) {
                double iv = nonNegative(Col.IV, true);
                if (iv > 0) {
                    vendor[VendorField.IV.ordinal()] = iv;
                }
            }
            vendor[VendorField.DELTA.ordinal()] = optional(Col.DELTA);
            vendor[VendorField.GAMMA.ordinal()] = optional(Col.GAMMA);
            vendor[VendorField.VEGA.ordinal()] = optional(Col.VEGA);
            vendor[VendorField.THETA.ordinal()] = optional(Col.THETA);
            OptionContract contract = OptionContract.of(underlying, right, strike, expiry);
            String id = has(Col.CONTRACT) && !text(Col.CONTRACT).isEmpty() ? text(Col.CONTRACT)
                    : OptionChain.occSymbol(contract);
            String key = expiry + "|" + right + "|" + strike;
            Long first = seenContracts.putIfAbsent(key, line);
            if (first != null) {
                throw error(Col.STRIKE, "duplicate contract " + expiry + " " + right + " " + text(Col.STRIKE)
                        + ", same as line " + first);
            }
            Long firstId = seenIds.putIfAbsent(id, line);
            if (firstId != null) {
                throw error(has(Col.CONTRACT) ? Col.CONTRACT : Col.STRIKE, "duplicate contract id " + id + ", same as line " + firstId);
            }
            double iv = vendor[VendorField.IV.ordinal()];
            OptionQuote quote = new OptionQuote(contract, bid, ask, last, volume, oi,
                    Double.isNaN(iv) ? OptionalDouble.empty() : OptionalDouble.of(iv), Optional.empty());
            builder.add(id, quote, vendor);
        }

        private boolean has(Col col) {
            return position[col.ordinal()] >= 0;
        }

        private String text(Col col) {
            return record.get(position[col.ordinal()]);
        }

        private DataFormatException error(Col col, String problem) {
            int c = position[col.ordinal()];
            return new DataFormatException(source, line, c + 1, header[c], problem);
        }

        private LocalDate parseDate(Col col) {
            String t = text(col);
            try {
                if (t.length() != 10) {
                    throw new DateTimeParseException("length", t, 0);
                }
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw error(col, "not an ISO date (yyyy-MM-dd): \"" + t + "\"");
            }
        }

        private OptionRight parseRight() {
            try {
                return OptionRight.parse(text(Col.TYPE));
            } catch (IllegalArgumentException e) {
                throw error(Col.TYPE, e.getMessage());
            }
        }

        /** A finite number; an empty cell is 0 when {@code emptyIsZero}, an error otherwise. */
        private double number(Col col, boolean emptyIsZero) {
            String t = text(col);
            if (t.isEmpty()) {
                if (emptyIsZero) {
                    return 0.0;
                }
                throw error(col, "missing value");
            }
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw error(col, "not a number: \"" + t + "\"");
            }
            if (!Double.isFinite(v) || !isPlain(t)) {
                throw error(col, Double.isFinite(v) ? "not a number: \"" + t + "\"" : "must be finite, was \"" + t + "\"");
            }
            return v;
        }

        private double nonNegative(Col col, boolean emptyIsZero) {
            double v = number(col, emptyIsZero);
            if (v < 0) {
                throw error(col, col.key + " must be zero or positive, was " + text(col));
            }
            return v;
        }

        private long count(Col col) {
            double v = nonNegative(col, true);
            if (v != Math.rint(v) || v > 1e15) {
                throw error(col, col.key + " must be a whole number of contracts, was " + text(col));
            }
            return (long) v;
        }

        private double optional(Col col) {
            if (!has(col) || text(col).isEmpty()) {
                return Double.NaN;
            }
            return number(col, false);
        }

        /** Rejects Java-only spellings Double.parseDouble accepts ("1d", "0x1p3", "NaN"). */
        private static boolean isPlain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a chain as CSV (see the class description). The writer is flushed, not closed.
     *
     * @param chain  the chain
     * @param writer the destination
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if writing fails
     */
    public static void write(OptionChain chain, Writer writer) {
        ArgChecks.notNull(chain, "chain");
        ArgChecks.notNull(writer, "writer");
        boolean iv = chain.hasVendor(VendorField.IV);
        List<String> head = new ArrayList<>(List.of("contract", "expiration", "type", "strike", "bid", "ask", "last",
                "volume", "open_interest"));
        if (iv) {
            head.add("iv");
        }
        try {
            CSVPrinter p = new CSVPrinter(writer, WRITE_FORMAT);
            p.printRecord(head);
            for (int i = 0; i < chain.size(); i++) {
                OptionQuote q = chain.quote(i);
                List<String> row = new ArrayList<>(head.size());
                row.add(chain.contractId(i));
                row.add(q.contract().expiry().toString());
                row.add(chain.isCall(i) ? "C" : "P");
                row.add(decimal(chain.strike(i)));
                row.add(decimal(q.bid()));
                row.add(decimal(q.ask()));
                row.add(decimal(q.last()));
                row.add(Long.toString(q.volume()));
                row.add(Long.toString(q.openInterest()));
                if (iv) {
                    OptionalDouble v = chain.vendor(i, VendorField.IV);
                    row.add(v.isPresent() ? decimal(v.getAsDouble()) : "");
                }
                p.printRecord(row);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write option chain: " + e, e);
        }
    }

    /**
     * Writes a chain to a UTF-8 file (see {@link #write(OptionChain, Writer)}).
     *
     * @param chain the chain
     * @param file  the file, created or replaced
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if writing fails
     */
    public static void write(OptionChain chain, Path file) {
        ArgChecks.notNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(chain, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write option chain to " + file + ": " + e, e);
        }
    }

    /** The shortest decimal that reads back as {@code v}, without exponent or trailing zeros. */
    static String decimal(double v) {
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
