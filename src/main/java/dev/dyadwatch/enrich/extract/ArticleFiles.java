package dev.dyadwatch.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from local files for {@code extract}: scraped {@code .txt} (the first non-empty line is the
 * title) and JSON Lines ({@code .jsonl}, {@code .ndjson}: {@code url}, {@code title}, {@code text},
 * {@code source}, {@code published_at}, {@code language}), files or folders (recursively, hidden files skipped).
 * Every file or line that cannot be read is reported and the rest goes on.
 */
public final class ArticleFiles {

    /** A file or line that could not be read, and why. */
    public record Failure(String origin, String reason) {
    }

    private final ObjectMapper json = new ObjectMapper();

    /** Reads every input in order, giving each article to {@code articles} and each failure to {@code failures}. */
    public void read(List<Path> inputs, Consumer<RawArticle> articles, Consumer<Failure> failures) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(f -> !isHidden(input, f)).sorted()
                            .toList()) {
                        readFile(file, articles, failures);
                    }
                } catch (IOException e) {
                    failures.accept(new Failure(input.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(input)) {
                readFile(input, articles, failures);
            } else {
                failures.accept(new Failure(input.toString(), "no such file or folder"));
            }
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, Consumer<RawArticle> articles, Consumer<Failure> failures) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                readText(file, articles, failures);
            } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                readJsonLines(file, articles, failures);
            } else {
                failures.accept(new Failure(file.toString(), "not a .txt or .jsonl file"));
            }
        } catch (IOException e) {
            failures.accept(new Failure(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private static void readText(Path file, Consumer<RawArticle> articles, Consumer<Failure> failures)
            throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String stripped = content.strip();
        int newline = stripped.indexOf('\n');
        if (stripped.isEmpty() || newline < 0) {
            failures.accept(new Failure(file.toString(), "no title line followed by text"));
            return;
        }
        String title = stripped.substring(0, newline).strip();
        String text = stripped.substring(newline + 1).strip();
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        articles.accept(article(null, title, text, file.getFileName().toString(), modified, TimeSource.FETCH_TIME,
                modified, null, InputFormat.TEXT, file.toString()));
    }

    private void readJsonLines(Path file, Consumer<RawArticle> articles, Consumer<Failure> failures)
            throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + number;
                try {
                    JsonNode node = json.readTree(line);
                    String title = text(node, "title");
                    String body = text(node, "text");
                    if (title == null || body == null) {
                        failures.accept(new Failure(origin, "a line needs \"title\" and \"text\""));
                        continue;
                    }
                    String published = text(node, "published_at");
                    Instant when = published == null ? modified : parseTime(published);
                    String source = text(node, "source");
                    String url = text(node, "url");
                    articles.accept(article(url, title, body, source != null ? source : url != null ? url
                            : file.getFileName().toString(), when, published == null ? TimeSource.FETCH_TIME
                            : TimeSource.INPUT_FIELD, modified, text(node, "language"), InputFormat.JSONL, origin));
                } catch (IOException | DateTimeParseException e) {
                    failures.accept(new Failure(origin, "not a JSON article: " + e.getMessage()));
                }
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(text.length() == 10 ? text + "T00:00:00Z" : text);
        }
    }

    private static RawArticle article(String url, String title, String text, String source, Instant published,
            TimeSource publishedSource, Instant fetched, String language, InputFormat format, String origin) {
        String contentHash = sha256(text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip());
        String id = url != null ? sha256(url).substring(0, 32) : contentHash.substring(0, 32);
        return RawArticle.newBuilder().setId(id).setUrl(url).setCanonicalUrl(url).setTitle(title).setText(text)
                .setDateline(null).setSource(source).setPublishedAt(published).setPublishedAtSource(publishedSource)
                .setFetchedAt(fetched).setLanguage(language).setInputFormat(format).setOrigin(origin)
                .setContentHash(contentHash).build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
