package io.swiftbolt.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV files of a command's {@code --out DIR} so that a failure leaves no partial file:
 * each file goes to a temporary file in the directory first and is moved into place only once
 * every file has been written. Lines end with {@code \n}.
 */
final class AtomicCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private AtomicCsv() {
    }

    /**
     * Writes {@code contents.get(k)} (rows of cells, header first) to {@code dir/names.get(k)}.
     *
     * @param dir      the output directory, created if missing
     * @param names    the file names
     * @param contents the rows of each file
     * @throws UncheckedIOException naming the directory if writing fails
     */
    static void writeFiles(Path dir, List<String> names, List<List<List<String>>> contents) {
        Path target = dir.toAbsolutePath();
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (List<List<String>> rows : contents) {
                Path tmp = Files.createTempFile(target, ".swiftbolt-", ".tmp");
                temps.add(tmp);
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                     CSVPrinter p = new CSVPrinter(w, FORMAT)) {
                    for (List<String> row : rows) {
                        p.printRecord(row);
                    }
                }
            }
            for (int k = 0; k < names.size(); k++) {
                Files.move(temps.get(k), target.resolve(names.get(k)), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            temps.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        } finally {
            for (Path tmp : temps) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the targets were not touched
                }
            }
        }
    }
}
