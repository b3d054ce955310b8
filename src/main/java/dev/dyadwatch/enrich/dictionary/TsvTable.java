package dev.dyadwatch.enrich.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one dictionary table: tab-separated columns under a header line; blank lines and lines starting with
 * {@code #} are skipped; list cells hold values separated by {@code |}. Every error names the file and line.
 */
final class TsvTable {

    /** One data row, with its line number for error messages. */
    record Row(String file, int line, List<String> header, String[] cells) {

        String text(String column) {
            int index = header.indexOf(column);
            return index >= 0 && index < cells.length ? cells[index].strip() : "";
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw error("column '" + column + "' is empty", null);
            }
            return value;
        }

        List<String> list(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        DictionaryFormatException error(String what, Throwable cause) {
            return new DictionaryFormatException(file + " line " + line + ": " + what, cause);
        }
    }

    private TsvTable() {
    }

    static <T> List<T> read(Reader source, String file, List<String> expectedHeader, Function<Row, T> parseRow) {
        return read(source, file, expectedHeader, List.of(), parseRow);
    }

    /**
     * Reads a table whose header is {@code requiredHeader} optionally followed by a leading part of
     * {@code optionalColumns}: columns added to the format later, so that older files still load.
     */
    static <T> List<T> read(Reader source, String file, List<String> requiredHeader, List<String> optionalColumns,
            Function<Row, T> parseRow) {
        List<String> fullHeader = new ArrayList<>(requiredHeader);
        fullHeader.addAll(optionalColumns);
        List<T> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(cells).map(String::strip).toList();
                    if (!isAcceptedHeader(header, requiredHeader, fullHeader)) {
                        throw new DictionaryFormatException(file + " line " + lineNumber + ": header is " + header
                                + ", expected " + fullHeader
                                + (optionalColumns.isEmpty() ? "" : " (the last " + optionalColumns.size()
                                        + " optional)"), null);
                    }
                    continue;
                }
                if (cells.length > header.size()) {
                    throw new DictionaryFormatException(file + " line " + lineNumber + ": " + cells.length
                            + " columns, the header has " + header.size(), null);
                }
                Row row = new Row(file, lineNumber, header, cells);
                try {
                    rows.add(parseRow.apply(row));
                } catch (DictionaryFormatException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw row.error(e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (header == null) {
            throw new DictionaryFormatException(file + " has no header line " + fullHeader, null);
        }
        return rows;
    }

    private static boolean isAcceptedHeader(List<String> header, List<String> required, List<String> full) {
        return header.size() >= required.size() && header.size() <= full.size()
                && header.equals(full.subList(0, header.size()));
    }
}
