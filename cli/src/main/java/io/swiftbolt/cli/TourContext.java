package io.swiftbolt.cli;

import io.swiftbolt.cli.charts.ChartImages;
import io.swiftbolt.core.util.ArgChecks;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a tour step runs with: the report writer, the {@code --quick} flag, a progress line on
 * stderr, the chart folder, and the results earlier steps left for later ones (the discovery
 * report for paper trading, the paper account for attribution).
 *
 * <p>A context made by {@link #textOnly(PrintWriter)} has no chart folder (charts are not even
 * rendered) and no progress output: that is what a step's plain {@code run(PrintWriter)} uses.
 * Used by one thread (the tour's), except {@link #progress}, which may be called from any.
 */
final class TourContext {

    private final PrintWriter out;
    private final PrintWriter progress;
    private final Path chartDir;
    private final boolean quick;
    private final List<Path> charts = new ArrayList<>();
    private final Map<Class<?>, Object> results = new HashMap<>();

    TourContext(PrintWriter out, PrintWriter progress, Path chartDir, boolean quick) {
        this.out = ArgChecks.notNull(out, "out");
        this.progress = progress;
        this.chartDir = chartDir;
        this.quick = quick;
    }

    /**
     * A context that only writes the report: no charts, no progress, full (not quick) settings.
     *
     * @param out the report writer
     * @return a new context
     */
    static TourContext textOnly(PrintWriter out) {
        return new TourContext(out, null, null, false);
    }

    /** The report writer. */
    PrintWriter out() {
        return out;
    }

    /** Whether {@code --quick} was given: steps that take more than a few seconds do less work. */
    boolean quick() {
        return quick;
    }

    /** Whether charts are written. */
    boolean chartsEnabled() {
        return chartDir != null;
    }

    /**
     * Renders and writes a chart as {@code name} in the chart folder, and names it in the report;
     * does nothing (and renders nothing) in a text-only context.
     *
     * @param name  the file name, ending in {@code .png}
     * @param image renders the chart
     */
    void chart(String name, Supplier<BufferedImage> image) {
        ArgChecks.check(name != null && name.endsWith(".png") && !name.contains("/"), "name", name,
                "must be a plain file name ending in .png");
        if (chartDir == null) {
            return;
        }
        Path file = ChartImages.writePng(image.get(), chartDir.resolve(name));
        charts.add(file);
        out.printf("  chart: %s%n", name);
    }

    /** The charts written so far, in order. */
    List<Path> charts() {
        return List.copyOf(charts);
    }

    /** The chart folder, if charts are written. */
    Optional<Path> chartDir() {
        return Optional.ofNullable(chartDir);
    }

    /**
     * One progress line on stderr (not in the report, so the report stays deterministic).
     *
     * @param message the message
     */
    void progress(String message) {
        if (progress != null) {
            progress.println("  ... " + message);
            progress.flush();
        }
    }

    /**
     * Leaves a result for later steps, one per type.
     *
     * @param type  its type, the key
     * @param value the result
     * @param <T>   the type
     */
    <T> void put(Class<T> type, T value) {
        results.put(ArgChecks.notNull(type, "type"), ArgChecks.notNull(value, "value"));
    }

    /**
     * A result an earlier step left.
     *
     * @param type its type
     * @param <T>  the type
     * @return the result, or empty when no step left one (e.g. the step runs alone)
     */
    <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(results.get(type)));
    }
}
