package io.swiftbolt.cli;

import java.io.PrintWriter;

/** Plain-text tables for the console. */
final class Tables {

    private Tables() {
    }

    /** Prints a titled two-column table with the labels padded to one width. */
    static void print(PrintWriter out, String title, String[][] rows) {
        int width = 0;
        for (String[] r : rows) {
            width = Math.max(width, r[0].length());
        }
        out.println(title);
        for (String[] r : rows) {
            out.println("  " + pad(r[0], width) + "  " + r[1]);
        }
        out.flush();
    }

    /** Prints a table with a header row, every column padded to its widest cell. */
    static void printGrid(PrintWriter out, String[] header, String[][] rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] r : rows) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        out.println(line(header, widths));
        for (String[] r : rows) {
            out.println(line(r, widths));
        }
        out.flush();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder(" ");
        for (int c = 0; c < cells.length; c++) {
            sb.append(' ').append(c == 0 ? pad(cells[c], widths[c]) : padLeft(cells[c], widths[c]));
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
