package dev.dyadwatch.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the generator's bundled tab-separated tables: a header line, then rows; blank lines and lines starting
 * with {@code #} are skipped. A row with the wrong number of cells fails with the file and line.
 */
final class Tables {

    static final String DIR = "/dev/dyadwatch/generator/";

    /** One row of a table, cells by column name. */
    record Row(String where, List<String> header, String[] cells) {

        String get(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalStateException(where + ": no column '" + column + "'");
            }
            return cells[index].strip();
        }

        List<String> list(String column) {
            String value = get(column);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(where + ": " + what);
        }
    }

    private Tables() {
    }

    static <T> List<T> read(String name, Function<Row, T> parse) {
        String file = "classpath:" + DIR + name;
        InputStream in = Tables.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("bundled generator table " + file + " is missing from the classpath");
        }
        List<T> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                String where = file + " line " + lineNumber;
                if (cells.length != header.size()) {
                    throw new IllegalArgumentException(where + ": " + cells.length + " cells, the header has "
                            + header.size());
                }
                rows.add(parse.apply(new Row(where, header, cells)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return List.copyOf(rows);
    }
}
