package io.swiftbolt.cli.charts;

import io.swiftbolt.core.util.ArgChecks;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plumbing under {@link TourCharts}: one house style for XChart charts, rendering to images,
 * stacking panels, and writing PNG files atomically. Rendering is headless: loading this class
 * sets {@code java.awt.headless=true} unless the property was set already.
 *
 * <p>Not thread-safe in the sense that XChart charts are mutable; each method builds and renders
 * its own chart, so calls on different threads do not interfere.
 */
public final class ChartImages {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Default width of a chart, pixels. */
    public static final int WIDTH = 1000;
    /** Default height of a single-panel chart, pixels. */
    public static final int HEIGHT = 560;

    /** The palette, colour-blind safe (Okabe-Ito). */
    static final Color BLUE = new Color(0, 114, 178);
    static final Color ORANGE = new Color(230, 159, 0);
    static final Color GREEN = new Color(0, 158, 115);
    static final Color RED = new Color(213, 94, 0);
    static final Color PURPLE = new Color(204, 121, 167);
    static final Color SKY = new Color(86, 180, 233);
    static final Color GREY = new Color(110, 110, 110);
    static final Color BLACK = new Color(30, 30, 30);
    static final Color[] SERIES = {BLUE, ORANGE, GREEN, RED, PURPLE, SKY, GREY};

    static final BasicStroke SOLID = new BasicStroke(2.0f);
    static final BasicStroke THIN = new BasicStroke(1.2f);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private ChartImages() {
    }

    /** A line chart in the house style. */
    static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setMarkerSize(0);
        return c;
    }

    /** A bar chart in the house style. */
    static CategoryChart bars(String title, String xTitle, String yTitle, int width, int height) {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setLabelsVisible(true);
        c.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        c.getStyler().setLabelsFontColorAutomaticEnabled(false);
        c.getStyler().setLabelsFontColor(BLACK);
        c.getStyler().setLabelsPosition(0.5);
        return c;
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(170, 170, 170));
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setSeriesColors(SERIES);
        s.setAntiAlias(true);
        s.setChartPadding(12);
    }

    /** Adds a line series with no markers. */
    static XYSeries line(XYChart c, String name, List<?> x, List<? extends Number> y, Color color, BasicStroke stroke) {
        return asLine(c.addSeries(name, x, y), color, stroke);
    }

    /** Adds a line series with no markers. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        return asLine(c.addSeries(name, x, y), color, stroke);
    }

    private static XYSeries asLine(XYSeries s, Color color, BasicStroke stroke) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        return s;
    }

    /** Adds a vertical reference line at {@code x} from {@code yLow} to {@code yHigh}, as a legend entry. */
    static void vertical(XYChart c, String name, double x, double yLow, double yHigh, Color color) {
        line(c, name, new double[] {x, x}, new double[] {yLow, yHigh}, color, DASHED);
    }

    /** Dates as the {@link Date}s XChart plots, at midnight UTC. */
    static List<Date> dates(List<LocalDate> dates) {
        List<Date> out = new ArrayList<>(dates.size());
        for (LocalDate d : dates) {
            out.add(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return out;
    }

    /** A boxed copy of {@code values} scaled by {@code factor}, for XChart's list-based series. */
    static List<Double> scaled(double[] values, double factor) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v * factor);
        }
        return out;
    }

    /** Smallest and largest value over the arrays, as {@code {min, max}}. */
    static double[] range(double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            for (double v : a) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    /**
     * Renders a chart to an image of the chart's size.
     *
     * @param chart the chart
     * @return a new RGB image
     */
    static BufferedImage render(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /**
     * Stacks images vertically on a white background, as wide as the widest.
     *
     * @param panels the images, top first
     * @return a new image
     * @throws IllegalArgumentException if there is no panel or one is null
     */
    public static BufferedImage stack(BufferedImage... panels) {
        ArgChecks.check(panels != null && panels.length > 0, "panels", panels == null ? null : panels.length,
                "must hold at least one image");
        int width = 0;
        int height = 0;
        for (int i = 0; i < panels.length; i++) {
            ArgChecks.notNull(panels[i], "panels[" + i + "]");
            width = Math.max(width, panels[i].getWidth());
            height += panels[i].getHeight();
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int y = 0;
            for (BufferedImage p : panels) {
                g.drawImage(p, 0, y, null);
                y += p.getHeight();
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Writes an image as PNG: to a temporary file beside the target, then moved into place, so a
     * reader never sees half a file. Creates the parent folder if needed.
     *
     * @param image the image
     * @param file  the target file
     * @return {@code file}
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static Path writePng(BufferedImage image, Path file) {
        ArgChecks.notNull(image, "image");
        ArgChecks.notNull(file, "file");
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try {
                if (!ImageIO.write(image, "png", tmp.toFile())) {
                    throw new IOException("no PNG writer available");
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
