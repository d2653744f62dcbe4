package io.swiftbolt.cli.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Checks that a file is a real chart: a decodable PNG, of chart size, not blank. */
public final class PngAssertions {

    /** Smallest file accepted: an empty 1000 x 560 white PNG is about 5 KB. */
    public static final long MIN_BYTES = 15_000;

    private PngAssertions() {
    }

    /**
     * Asserts the file is a valid, non-trivial chart image.
     *
     * @param file the file
     * @return the decoded image
     * @throws IOException if it cannot be read
     */
    public static BufferedImage assertChart(Path file) throws IOException {
        assertThat(file).exists().isRegularFile();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as("PNG signature of %s", file).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertThat((long) bytes.length).as("size of %s", file).isGreaterThan(MIN_BYTES);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("decoded %s", file).isNotNull();
        assertImage(image, file.toString());
        return image;
    }

    /**
     * Asserts an image is chart-sized and not blank: many colours, and a good share of pixels that
     * are not the background.
     *
     * @param image the image
     * @param name  its name for messages
     */
    public static void assertImage(BufferedImage image, String name) {
        assertThat(image.getWidth()).as("width of %s", name).isGreaterThanOrEqualTo(800);
        assertThat(image.getHeight()).as("height of %s", name).isGreaterThanOrEqualTo(400);
        int background = image.getRGB(0, 0);
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    inked++;
                }
            }
        }
        long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
        assertThat(colours.size()).as("distinct colours in %s", name).isGreaterThan(20);
        assertThat((double) inked / sampled).as("share of non-background pixels in %s", name).isGreaterThan(0.02);
    }
}
