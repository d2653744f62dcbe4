package io.swiftbolt.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --in FILE --out FILE} pair of the CSV-transforming commands (a picocli mixin). */
final class InOutFiles {

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "input CSV")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output CSV (written atomically)")
    Path out;
}
