package dev.dyadwatch.enrich.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a folder of gold articles (one {@code .json} file each, sub-folders included), in name order. */
public final class GoldSet {

    private GoldSet() {
    }

    /** One gold article and the file it came from. */
    public record Entry(Path file, GoldArticle article) {
    }

    /** The articles under {@code dir}; a file that is not a gold article fails with its name. */
    public static List<Entry> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("gold set folder " + dir + " does not exist");
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    entries.add(new Entry(file, json.readValue(file.toFile(), GoldArticle.class)));
                } catch (IOException e) {
                    throw new IllegalArgumentException("gold article " + file + " cannot be read: "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no gold articles (*.json) under " + dir);
        }
        return entries;
    }
}
