package io.swiftbolt.core.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the committed reference CSVs under {@code reference/bsm/} (see the README there). */
final class ReferenceVectors {

    /** One CSV row: named numeric or text fields. */
    record Row(int line, Map<String, String> fields) {
        double d(String name) {
            String v = fields.get(name);
            if (v == null) {
                throw new IllegalStateException("no column " + name + " at line " + line);
            }
            return Double.parseDouble(v);
        }

        String s(String name) {
            return fields.get(name);
        }

        boolean call() {
            return s("type").startsWith("C") || s("type").startsWith("c");
        }

        @Override
        public String toString() {
            return "line " + line + " " + fields;
        }
    }

    private ReferenceVectors() {
    }

    static List<Row> read(String name) {
        String path = "/reference/bsm/" + name;
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (header == null) {
                    header = parts;
                    continue;
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length && i < parts.length; i++) {
                    m.put(header[i].trim(), parts[i].trim());
                }
                rows.add(new Row(n, m));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
