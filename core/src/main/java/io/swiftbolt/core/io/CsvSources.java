package io.swiftbolt.core.io;

import io.swiftbolt.core.util.ArgChecks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVException;

/**
 * What every SwiftBolt CSV reader does around its own parsing: opening a UTF-8 file with errors
 * that name it, naming a data set after its file, and turning Commons CSV's malformed-quoting
 * failures into a {@link DataFormatException} with the line. Used by {@link BarSeriesCsv} and the
 * option-chain reader.
 */
public final class CsvSources {

    /**
     * Parses CSV text from a reader (not closed) into a value.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * Parses.
         *
         * @param reader     the text
         * @param sourceName the name errors give, typically a file name
         * @return the value
         * @throws IOException if reading fails
         */
        T parse(Reader reader, String sourceName) throws IOException;
    }

    private CsvSources() {
    }

    /**
     * A file's name without a {@code .csv} extension (any case), the default name of what it holds.
     *
     * @param file the file
     * @return the base name
     * @throws IllegalArgumentException if {@code file} is null
     */
    public static String baseName(Path file) {
        ArgChecks.notNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && name.length() > 4) {
            name = name.substring(0, name.length() - 4);
        }
        return name;
    }

    /**
     * Parses a UTF-8 file; errors name it as {@code file.toString()}.
     *
     * @param file   the file
     * @param what   what the file holds, for I/O error messages (e.g. {@code "bar series"})
     * @param parser the parser
     * @param <T>    the value's type
     * @return the value
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if the file does not exist or cannot be read, naming it
     */
    public static <T> T read(Path file, String what, Parser<T> parser) {
        ArgChecks.notNull(file, "file");
        ArgChecks.notBlank(what, "what");
        ArgChecks.notNull(parser, "parser");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parser.parse(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + what + ": no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " from " + file + ": " + e, e);
        }
    }

    /**
     * Parses text from a reader, which is read to the end but not closed.
     *
     * @param reader     the text
     * @param sourceName the name errors give
     * @param what       what the text holds, for I/O error messages
     * @param parser     the parser
     * @param <T>        the value's type
     * @return the value
     * @throws IllegalArgumentException if an argument is null or a name blank
     * @throws UncheckedIOException     if reading fails
     */
    public static <T> T read(Reader reader, String sourceName, String what, Parser<T> parser) {
        ArgChecks.notNull(reader, "reader");
        ArgChecks.notBlank(sourceName, "sourceName");
        ArgChecks.notBlank(what, "what");
        ArgChecks.notNull(parser, "parser");
        try {
            return parser.parse(reader, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " from " + sourceName + ": " + e, e);
        }
    }

    /**
     * Runs a reader's row loop over a Commons CSV parser: a failure of the parser while iterating
     * (malformed quoting) becomes a {@link DataFormatException} at the line after the last one read;
     * other I/O failures are rethrown unwrapped.
     *
     * @param source       the name errors give
     * @param lastLineRead the last physical line consumed so far
     * @param rows         the row loop
     * @throws IOException         if reading fails
     * @throws DataFormatException if the CSV is malformed
     */
    public static void readRows(String source, LongSupplier lastLineRead, Runnable rows) throws IOException {
        try {
            rows.run();
        } catch (UncheckedIOException e) {
            // Commons CSV wraps failures while iterating, malformed quoting included.
            if (e.getCause() instanceof CSVException) {
                throw new DataFormatException(source, lastLineRead.getAsLong() + 1, 0, null,
                        "malformed CSV: " + e.getCause().getMessage(), e.getCause());
            }
            throw e.getCause();
        }
    }
}
