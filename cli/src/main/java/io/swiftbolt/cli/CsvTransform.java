package io.swiftbolt.cli;

import io.swiftbolt.core.io.DataFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file by header name, appends computed columns to every row and writes the result
 * atomically: rows are computed and written to a temporary file beside the target, which replaces
 * the target only when every row succeeded. A failure leaves no partial output and an existing
 * target untouched.
 */
final class CsvTransform {

    /** Computes the appended cells of one row. */
    @FunctionalInterface
    interface RowFunction {
        /**
         * @param row the row's required fields
         * @return the cells to append, one per output column
         */
        String[] apply(Row row);
    }

    /** The required fields of one input row, with their position for error messages. */
    static final class Row {
        private final String source;
        private final long line;
        private final CSVRecord record;
        private final int[] columns;
        private final String[] names;

        Row(String source, long line, CSVRecord record, int[] columns, String[] names) {
            this.source = source;
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.names = names;
        }

        /** The text of required column {@code k}. */
        String text(int k) {
            return record.get(columns[k]).trim();
        }

        /** The number in required column {@code k}; a non-number fails naming file, line and column. */
        double number(int k) {
            String t = text(k);
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    throw error(k, "must be a finite number, was '" + t + "'");
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(k, "not a number: '" + t + "'");
            }
        }

        /** An error at required column {@code k} of this row. */
        DataFormatException error(int k, String problem) {
            return new DataFormatException(source, line, columns[k] + 1, names[k], problem);
        }
    }

    private CsvTransform() {
    }

    /**
     * Transforms {@code in} into {@code out}.
     *
     * @param in       the input CSV, with a header row
     * @param out      the output CSV
     * @param required the required column names (matched case-insensitively)
     * @param appended the names of the appended columns
     * @param function computes the appended cells
     * @return the number of data rows written
     */
    static int transform(Path in, Path out, String[] required, String[] appended, RowFunction function) {
        String source = in.toString();
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            int[] columns = locate(source, header, required);
            Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
            tmp = Files.createTempFile(dir, ".swiftbolt-", ".tmp");
            int rows = 0;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                List<String> outHeader = new ArrayList<>(header);
                outHeader.addAll(List.of(appended));
                printer.printRecord(outHeader);
                for (CSVRecord record : parser) {
                    // Line 1 is the header; records without embedded newlines sit on line n + 1.
                    long line = record.getRecordNumber() + 1;
                    if (record.size() != header.size()) {
                        throw new DataFormatException(source, line, Math.min(record.size(), header.size()) + 1,
                                null, "expected " + header.size() + " fields, found " + record.size());
                    }
                    String[] cells = function.apply(new Row(source, line, record, columns, required));
                    List<String> values = new ArrayList<>(record.size() + cells.length);
                    record.forEach(values::add);
                    values.addAll(List.of(cells));
                    printer.printRecord(values);
                    rows++;
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return rows;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + e.getFile());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv reports malformed CSV (e.g. an unterminated quote) this way.
            throw new DataFormatException(source, 0, 0, null, "malformed CSV: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the target was not touched either way
                }
            }
        }
    }

    private static int[] locate(String source, List<String> header, String[] required) {
        Map<String, Integer> byName = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        int[] columns = new int[required.length];
        for (int k = 0; k < required.length; k++) {
            Integer i = byName.get(required[k].toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new DataFormatException(source, 1, header.size() + 1, required[k],
                        "missing required column '" + required[k] + "' (header has " + header + ")");
            }
            columns[k] = i;
        }
        return columns;
    }
}
