package io.swiftbolt.core.io;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads and writes {@link BarSeries} as CSV (RFC 4180, via Apache Commons CSV).
 *
 * <h2>Reading</h2>
 * The first line is a header; columns are found by name, ignoring case, surrounding blanks,
 * underscores and spaces, in any order:
 * <ul>
 *   <li>required: {@code date}, {@code open}, {@code high}, {@code low}, {@code close},
 *       {@code volume};</li>
 *   <li>optional: the adjusted close, named {@code adj_close}, {@code adjclose} or
 *       {@code Adj Close};</li>
 *   <li>any other column is ignored.</li>
 * </ul>
 * Dates are ISO {@code yyyy-MM-dd}, numbers plain decimals ({@code 1455.219971}, {@code 9.3E8}).
 * Blank lines are skipped. A header with no data rows gives an empty series. Fields are trimmed.
 *
 * <p>Each data row must satisfy the {@link BarSeries} rules, and the first row that does not
 * fails with a {@link DataFormatException} naming the source, the line and the column:
 * <table>
 *   <caption>Rejected input and where it is reported</caption>
 *   <tr><th>problem</th><th>line</th><th>column reported</th></tr>
 *   <tr><td>required column missing from the header</td><td>1</td><td>0 (name of the missing
 *       column)</td></tr>
 *   <tr><td>column named twice in the header</td><td>1</td><td>the second occurrence</td></tr>
 *   <tr><td>more or fewer fields than the header</td><td>the row</td><td>the first missing or
 *       extra field</td></tr>
 *   <tr><td>date not {@code yyyy-MM-dd} or not a real day</td><td>the row</td><td>date</td></tr>
 *   <tr><td>date not after the previous row's</td><td>the row</td><td>date</td></tr>
 *   <tr><td>value not a number, NaN or infinite</td><td>the row</td><td>the value's</td></tr>
 *   <tr><td>price zero or negative; volume negative</td><td>the row</td><td>the value's</td></tr>
 *   <tr><td>high below low</td><td>the row</td><td>high</td></tr>
 *   <tr><td>open or close outside [low, high]</td><td>the row</td><td>open or close</td></tr>
 * </table>
 * The last rule is enforced because real daily data never breaks it: none of the 5,357 bars of
 * the bundled S&amp;P 500 and Apple files does.
 *
 * <p>Errors opening or reading a file (including a file that does not exist) are thrown as
 * {@link UncheckedIOException} whose message names the file.
 *
 * <h2>Writing</h2>
 * {@link #write(BarSeries, Writer)} writes {@code date,open,high,low,close[,adj_close],volume}
 * with full {@code double} precision, so reading the output gives an equal series.
 *
 * <p>Thread-safe (stateless).
 */
public final class BarSeriesCsv {

    private static final CSVFormat READ_FORMAT = CSVFormat.DEFAULT.builder()
            // Blank lines come back as records so that line numbers stay exact; they are skipped.
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .get();

    /** Logical fields, in the order values are kept internally. */
    private enum Field {
        DATE("date", true), OPEN("open", true), HIGH("high", true), LOW("low", true),
        CLOSE("close", true), ADJ_CLOSE("adjclose", false), VOLUME("volume", true);

        final String key;
        final boolean required;

        Field(String key, boolean required) {
            this.key = key;
            this.required = required;
        }
    }

    private BarSeriesCsv() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a UTF-8 CSV file. The series is named after the file, without a {@code .csv}
     * extension; errors name the file as {@code file.toString()}.
     *
     * @param file the file
     * @return the series
     * @throws IllegalArgumentException if {@code file} is null
     * @throws UncheckedIOException     if the file does not exist or cannot be read; the message
     *                                  names the file
     * @throws DataFormatException      if the content is malformed (see the class description)
     */
    public static BarSeries read(Path file) {
        return read(file, CsvSources.baseName(file));
    }

    /**
     * Reads a UTF-8 CSV file and names the series {@code seriesName}.
     *
     * @param file       the file
     * @param seriesName the series' name, e.g. {@code "SP500"}
     * @return the series
     * @throws IllegalArgumentException if {@code file} is null or {@code seriesName} is blank
     * @throws UncheckedIOException     if the file does not exist or cannot be read; the message
     *                                  names the file
     * @throws DataFormatException      if the content is malformed (see the class description)
     */
    public static BarSeries read(Path file, String seriesName) {
        ArgChecks.notNull(file, "file");
        ArgChecks.notBlank(seriesName, "seriesName");
        return CsvSources.read(file, "bar series", (reader, source) -> parse(reader, source, seriesName));
    }

    /**
     * Reads CSV text from a reader, which is read to the end but not closed.
     *
     * @param reader     the CSV text
     * @param sourceName the name used in error messages, typically a file name
     * @param seriesName the series' name, e.g. {@code "SP500"}
     * @return the series
     * @throws IllegalArgumentException if {@code reader} is null or a name is blank
     * @throws UncheckedIOException     if reading fails
     * @throws DataFormatException      if the content is malformed (see the class description)
     */
    public static BarSeries read(Reader reader, String sourceName, String seriesName) {
        ArgChecks.notBlank(seriesName, "seriesName");
        return CsvSources.read(reader, sourceName, "bar series", (r, source) -> parse(r, source, seriesName));
    }

    private static BarSeries parse(Reader reader, String source, String seriesName) throws IOException {
        // Not closed: closing the parser would close the caller's reader.
        @SuppressWarnings("resource")
        CSVParser parser = READ_FORMAT.parse(reader);
        RowReader rows = new RowReader(source, parser);
        CsvSources.readRows(source, () -> rows.lastLineRead, rows::readAll);
        return rows.toSeries(seriesName);
    }

    /** Parses rows one by one, keeping columns in growable arrays. */
    private static final class RowReader {
        private final String source;
        private final CSVParser parser;
        private String[] header;
        /** Header position (0-based) of each {@link Field}, -1 if absent. */
        private final int[] position = new int[Field.values().length];
        /** Fields present, ordered by header position, so errors come left to right. */
        private Field[] presentInOrder;

        private int size;
        private int[] days = new int[256];
        private double[][] values = new double[Field.values().length][256];

        /** Start line of the current record, and the last physical line consumed so far. */
        private long line;
        private long lastLineRead;
        private CSVRecord record;

        RowReader(String source, CSVParser parser) {
            this.source = source;
            this.parser = parser;
        }

        void readAll() {
            boolean headerSeen = false;
            for (CSVRecord r : parser) {
                record = r;
                // The next record starts on the line after the previous one ended; blank lines
                // are records too (see READ_FORMAT), so this counts physical lines exactly.
                line = lastLineRead + 1;
                lastLineRead = parser.getCurrentLineNumber();
                if (!headerSeen) {
                    readHeader();
                    headerSeen = true;
                } else if (!isBlank(r)) {
                    readRow();
                }
            }
            if (!headerSeen) {
                throw new DataFormatException(source, 1, 0, null, "empty input, expected a header line");
            }
        }

        private static boolean isBlank(CSVRecord r) {
            return r.size() == 1 && r.get(0).isEmpty();
        }

        private void readHeader() {
            header = record.values();
            if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == '\uFEFF') {
                header[0] = header[0].substring(1).trim(); // UTF-8 byte order mark
            }
            Arrays.fill(position, -1);
            for (int col = 0; col < header.length; col++) {
                Field field = fieldFor(header[col]);
                if (field == null) {
                    continue;
                }
                if (position[field.ordinal()] >= 0) {
                    throw error(col, "duplicate column, same as column "
                            + (position[field.ordinal()] + 1) + " (" + header[position[field.ordinal()]] + ")");
                }
                position[field.ordinal()] = col;
            }
            for (Field field : Field.values()) {
                if (field.required && position[field.ordinal()] < 0) {
                    throw new DataFormatException(source, line, 0, field.key,
                            "missing required column '" + field.key + "' in header " + Arrays.toString(header));
                }
            }
            presentInOrder = Arrays.stream(Field.values())
                    .filter(f -> position[f.ordinal()] >= 0)
                    .sorted((a, b) -> Integer.compare(position[a.ordinal()], position[b.ordinal()]))
                    .toArray(Field[]::new);
        }

        private static Field fieldFor(String headerName) {
            String key = headerName.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
            for (Field field : Field.values()) {
                if (field.key.equals(key)) {
                    return field;
                }
            }
            return null;
        }

        private void readRow() {
            if (record.size() != header.length) {
                int firstBad = Math.min(record.size(), header.length);
                String problem = "expected " + header.length + " fields as in the header, found " + record.size();
                throw firstBad < header.length ? error(firstBad, problem)
                        : new DataFormatException(source, line, firstBad + 1, null, problem);
            }
            ensureCapacity();
            for (Field field : presentInOrder) {
                if (field == Field.DATE) {
                    days[size] = parseDate();
                } else {
                    values[field.ordinal()][size] = parseNumber(field);
                }
            }
            checkBar();
            size++;
        }

        private int parseDate() {
            int col = position[Field.DATE.ordinal()];
            String text = record.get(col);
            int day = parseIsoDate(text);
            if (day == Integer.MIN_VALUE) {
                throw error(col, "not an ISO date (yyyy-MM-dd): \"" + text + "\"");
            }
            if (size > 0 && day <= days[size - 1]) {
                throw error(col, "date " + text + " is not after the previous row's date "
                        + LocalDate.ofEpochDay(days[size - 1]));
            }
            return day;
        }

        /** Strict {@code yyyy-MM-dd}; returns the epoch day or {@code Integer.MIN_VALUE}. */
        private static int parseIsoDate(String s) {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return Integer.MIN_VALUE;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year < 0 || month < 0 || day < 0) {
                return Integer.MIN_VALUE;
            }
            try {
                return (int) LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                return Integer.MIN_VALUE;
            }
        }

        private static int digits(String s, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private double parseNumber(Field field) {
            int col = position[field.ordinal()];
            String text = record.get(col);
            if (!isPlainDecimal(text)) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("nan") || lower.contains("inf")) {
                    throw error(col, "must be finite, was \"" + text + "\"");
                }
                throw error(col, "not a number: \"" + text + "\"");
            }
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw error(col, "must be finite, was \"" + text + "\"");
            }
            if (field == Field.VOLUME) {
                if (value < 0) {
                    throw error(col, "volume must be zero or positive, was " + text);
                }
            } else if (value <= 0) {
                throw error(col, "price must be positive, was " + text);
            }
            return value;
        }

        /** Optional sign, digits with at most one point (at least one digit), optional exponent. */
        private static boolean isPlainDecimal(String s) {
            int i = 0;
            int n = s.length();
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int mantissaDigits = 0;
            boolean point = false;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    mantissaDigits++;
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    break;
                }
            }
            if (mantissaDigits == 0) {
                return false;
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                int exponentDigits = 0;
                for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                    exponentDigits++;
                }
                if (exponentDigits == 0) {
                    return false;
                }
            }
            return i == n;
        }

        private void checkBar() {
            double open = values[Field.OPEN.ordinal()][size];
            double high = values[Field.HIGH.ordinal()][size];
            double low = values[Field.LOW.ordinal()][size];
            double close = values[Field.CLOSE.ordinal()][size];
            if (high < low) {
                throw error(position[Field.HIGH.ordinal()], "high " + high + " is below low " + low);
            }
            if (open < low || open > high) {
                throw error(position[Field.OPEN.ordinal()],
                        "open " + open + " is outside [low, high] = [" + low + ", " + high + "]");
            }
            if (close < low || close > high) {
                throw error(position[Field.CLOSE.ordinal()],
                        "close " + close + " is outside [low, high] = [" + low + ", " + high + "]");
            }
        }

        private void ensureCapacity() {
            if (size == days.length) {
                int capacity = days.length * 2;
                days = Arrays.copyOf(days, capacity);
                for (int f = 0; f < values.length; f++) {
                    values[f] = Arrays.copyOf(values[f], capacity);
                }
            }
        }

        /** An error at a 0-based header position. */
        private DataFormatException error(int col, String problem) {
            return new DataFormatException(source, line, col + 1, header[col], problem);
        }

        BarSeries toSeries(String seriesName) {
            double[] adj = position[Field.ADJ_CLOSE.ordinal()] >= 0
                    ? Arrays.copyOf(values[Field.ADJ_CLOSE.ordinal()], size) : null;
            // BarSeries.of copies and re-validates; every rule was checked above with a location.
            return BarSeries.of(seriesName, Arrays.copyOf(days, size),
                    Arrays.copyOf(values[Field.OPEN.ordinal()], size),
                    Arrays.copyOf(values[Field.HIGH.ordinal()], size),
                    Arrays.copyOf(values[Field.LOW.ordinal()], size),
                    Arrays.copyOf(values[Field.CLOSE.ordinal()], size),
                    Arrays.copyOf(values[Field.VOLUME.ordinal()], size),
                    adj);
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a series as CSV with the header {@code date,open,high,low,close,volume}, or
     * {@code date,open,high,low,close,adj_close,volume} if it has an adjusted close. Lines end
     * with {@code \n}. Numbers are written so they read back to the same {@code double}; whole
     * volumes are written without a decimal point. The writer is flushed, not closed.
     *
     * @param series the series
     * @param out    where to write
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if writing fails
     */
    public static void write(BarSeries series, Writer out) {
        ArgChecks.notNull(series, "series");
        ArgChecks.notNull(out, "out");
        boolean adj = series.hasAdjustedClose();
        try {
            CSVPrinter printer = new CSVPrinter(out, WRITE_FORMAT);
            if (adj) {
                printer.printRecord("date", "open", "high", "low", "close", "adj_close", "volume");
            } else {
                printer.printRecord("date", "open", "high", "low", "close", "volume");
            }
            String[] row = new String[adj ? 7 : 6];
            for (int i = 0; i < series.size(); i++) {
                int k = 0;
                row[k++] = series.date(i).toString();
                row[k++] = number(series.open(i));
                row[k++] = number(series.high(i));
                row[k++] = number(series.low(i));
                row[k++] = number(series.close(i));
                if (adj) {
                    row[k++] = number(series.adjClose(i));
                }
                row[k] = number(series.volume(i));
                printer.printRecord((Object[]) row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bar series " + series.name() + ": " + e, e);
        }
    }

    /**
     * Writes a series to a UTF-8 file, replacing it if it exists; format as
     * {@link #write(BarSeries, Writer)}.
     *
     * @param series the series
     * @param file   the file
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if the file cannot be written; the message names it
     */
    public static void write(BarSeries series, Path file) {
        ArgChecks.notNull(series, "series");
        ArgChecks.notNull(file, "file");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(series, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bar series to " + file + ": " + e, e);
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
