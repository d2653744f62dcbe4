package io.swiftbolt.cli;

import io.swiftbolt.core.io.DataFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole CSV file with a header, read into memory for the attribution commands: cells are looked
 * up by header name (case-insensitive) and every bad cell is reported with file, line and column.
 */
final class KeyedCsv {

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> byName;
    private final List<CSVRecord> records;

    private KeyedCsv(String source, List<String> header, List<CSVRecord> records) {
        this.source = source;
        this.header = header;
        this.records = records;
        this.byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
    }

    /** Reads {@code file}; a row with the wrong number of fields fails naming its line. */
    static KeyedCsv read(Path file) {
        String source = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new DataFormatException(source, 1, 0, null, "empty: expected a header row");
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (r.size() != header.size()) {
                    throw new DataFormatException(source, line(r), Math.min(r.size(), header.size()) + 1, null,
                            "expected " + header.size() + " fields, found " + r.size());
                }
                records.add(r);
            }
            return new KeyedCsv(source, header, records);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + e.getFile());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv reports malformed CSV (e.g. an unterminated quote) this way.
            throw new DataFormatException(source, 0, 0, null, "malformed CSV: " + e.getMessage(), e);
        }
    }

    private static long line(CSVRecord r) {
        // Line 1 is the header; records without embedded newlines sit on line n + 1.
        return r.getRecordNumber() + 1;
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return records.size();
    }

    long line(int row) {
        return line(records.get(row));
    }

    /** The 0-based index of a required column; a missing one fails on the header line. */
    int column(String name) {
        Integer i = byName.get(name.trim().toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new DataFormatException(source, 1, header.size() + 1, name,
                    "missing required column '" + name + "' (header has " + header + ")");
        }
        return i;
    }

    String text(int row, int column) {
        return records.get(row).get(column).trim();
    }

    /** A finite number, or a failure naming file, line and column. */
    double number(int row, int column) {
        String t = text(row, column);
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw error(row, column, "must be a finite number, was '" + t + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(row, column, "not a number: '" + t + "'");
        }
    }

    DataFormatException error(int row, int column, String problem) {
        return new DataFormatException(source, line(row), column + 1, header.get(column).trim(), problem);
    }
}
