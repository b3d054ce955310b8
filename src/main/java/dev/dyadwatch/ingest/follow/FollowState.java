package dev.dyadwatch.ingest.follow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.LinkMemory;
import dev.dyadwatch.ingest.ValidatorStore;
import dev.dyadwatch.ingest.clean.CanonicalUrl;
import dev.dyadwatch.ingest.clean.ContentHash;
import dev.dyadwatch.ingest.fetch.Validators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code ingest --follow} has published, kept in a JSON file so a restart does not flood {@code articles-raw}
 * with repeats: the ids of published articles and the canonical URLs they were fetched from (both as 32-hex-digit
 * hashes), the failures already reported (not dead-lettered again on every poll), and each feed's ETag and
 * Last-Modified for conditional GET. Entries older than the retention, or beyond the size limit, are forgotten
 * oldest first.
 *
 * <p>The file is rewritten atomically after each poll, once the broker has acknowledged the poll's articles. A
 * crash between an acknowledgement and the next save can publish that poll's articles again on restart; they keep
 * their ids, so the dedupe stage drops them as exact copies.
 */
public final class FollowState implements LinkMemory, ValidatorStore {

    /** The file in a state folder. */
    public static final String FILE_NAME = "ingest-follow-state.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private final Path file;
    private final Clock clock;
    private final Duration retention;
    private final int maxEntries;
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();
    private final Map<String, Validators> validators = new LinkedHashMap<>();

    private FollowState(Path file, Clock clock, Duration retention, int maxEntries) {
        this.file = file;
        this.clock = clock;
        this.retention = retention;
        this.maxEntries = maxEntries;
    }

    /**
     * Loads the state of {@code folder}, or starts an empty one.
     *
     * @param retention how long a published article is remembered
     * @param maxEntries how many published articles and failures are remembered at most
     * @throws IllegalStateException when the file exists but cannot be read (rather than forgetting everything)
     */
    public static FollowState load(Path folder, Clock clock, Duration retention, int maxEntries) {
        FollowState state = new FollowState(folder.resolve(FILE_NAME), clock, retention, maxEntries);
        if (Files.exists(state.file)) {
            state.read();
        }
        return state;
    }

    /** The state file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized boolean seen(String url) {
        return seen.containsKey(urlKey(url));
    }

    /** Whether an article with this id was published. */
    public synchronized boolean seenArticle(String id) {
        return seen.containsKey(id);
    }

    /** Remembers a published article: its id, and the URL it was read from. */
    public synchronized void rememberArticle(RawArticle article) {
        long now = clock.millis();
        put(article.getId(), now);
        if (article.getUrl() != null) {
            put(urlKey(article.getUrl()), now);
        }
    }

    /** Whether this input already failed for this reason (and was dead-lettered then). */
    public synchronized boolean seenFailure(String origin, String reason) {
        return seen.containsKey(failureKey(origin, reason));
    }

    /**
     * Remembers a failed input so the same failure is not dead-lettered again on every poll. The input itself is
     * tried again next time: a page that failed for a passing reason is published once it can be read.
     */
    public synchronized void rememberFailure(String origin, String reason) {
        put(failureKey(origin, reason), clock.millis());
    }

    @Override
    public synchronized Validators get(String url) {
        return validators.getOrDefault(url, Validators.NONE);
    }

    @Override
    public synchronized void put(String url, Validators newValidators) {
        validators.put(url, newValidators);
    }

    /** How many articles, URLs and failures are remembered. */
    public synchronized int size() {
        return seen.size();
    }

    private void put(String key, long at) {
        seen.remove(key);
        seen.put(key, at);
        forgetOld();
    }

    private void forgetOld() {
        long oldest = clock.millis() - retention.toMillis();
        Iterator<Map.Entry<String, Long>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Long> entry = entries.next();
            if (seen.size() > maxEntries || entry.getValue() < oldest) {
                entries.remove();
            } else {
                break;
            }
        }
    }

    static String urlKey(String url) {
        return ContentHash.shortHash(CanonicalUrl.of(url).orElse(url.strip()));
    }

    private static String failureKey(String origin, String reason) {
        return ContentHash.shortHash("failed\n" + origin + "\n" + reason);
    }

    /** Writes the state to its file atomically (a temporary file moved over the old one). */
    public synchronized void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("savedAt", Instant.ofEpochMilli(clock.millis()).toString());
        ArrayNode entries = root.putArray("seen");
        seen.forEach((key, at) -> entries.addArray().add(key).add(at));
        ObjectNode feeds = root.putObject("validators");
        validators.forEach((url, v) -> {
            ObjectNode node = feeds.putObject(url);
            node.put("etag", v.etag());
            node.put("lastModified", v.lastModified());
        });
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            JSON.writeValue(temporary.toFile(), root);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the follow state to " + file + ": " + e.getMessage(), e);
        }
    }

    private void read() {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("follow state " + file + " is not valid JSON (" + e.getOriginalMessage()
                    + "); move it away to start afresh, knowing that items published before may be published again",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read follow state " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.path("version").asInt() != VERSION) {
            throw new IllegalStateException("follow state " + file + " is not a version " + VERSION
                    + " dyadwatch ingest state file");
        }
        for (JsonNode entry : root.path("seen")) {
            seen.put(entry.get(0).asText(), entry.get(1).asLong());
        }
        root.path("validators").fields().forEachRemaining(field -> validators.put(field.getKey(),
                new Validators(text(field.getValue(), "etag"), text(field.getValue(), "lastModified"))));
        forgetOld();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
