package dev.dyadwatch.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.ArticleDraft;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.clean.PlainTextBlocks;
import dev.dyadwatch.ingest.clean.TextBlock;
import dev.dyadwatch.ingest.clean.TextDecoder;
import dev.dyadwatch.ingest.clean.Timestamps;
import dev.dyadwatch.ingest.html.HtmlPage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * JSON Lines exports, one article per line: {@code title} and {@code text} (or a page's {@code html}), optional
 * {@code url}, {@code source}, {@code published_at} (ISO-8601, or epoch seconds or milliseconds) and
 * {@code language}. Lines are read as a stream, so a file of any size is fine; each line is parsed on a worker. A
 * bad line fails alone, naming its number: the others still go.
 */
final class JsonLinesReader {

    /** A longer line is refused (and skipped to its end) rather than held in memory. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKUP = Pattern.compile("</p>|<p[ >]|<br\\s*/?>|</div>", Pattern.CASE_INSENSITIVE);

    private JsonLinesReader() {
    }

    /** Reads every line of {@code in}; {@code savedAt} is the fetch time of articles without one. */
    static void read(InputStream in, String origin, Instant savedAt, ReadContext context) {
        LineSplitter lines = new LineSplitter(in, MAX_LINE_BYTES);
        long number = 0;
        while (true) {
            LineSplitter.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                context.emitter().failure(origin + ":" + (number + 1), new InputException(
                        "input ends in the middle of line " + (number + 1) + ": " + describe(origin, e), e), null);
                return;
            }
            if (line == null) {
                return;
            }
            number++;
            String lineOrigin = origin + ":" + number;
            if (line.tooLong()) {
                context.emitter().failure(lineOrigin, new InputException("line longer than " + MAX_LINE_BYTES
                        + " bytes; skipped"), line.bytes());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            byte[] bytes = line.bytes();
            context.emitter().article(lineOrigin, bytes, () -> draft(bytes, lineOrigin, savedAt));
        }
    }

    private static String describe(String origin, IOException e) {
        if (e instanceof java.io.EOFException && origin.endsWith(".gz")) {
            return "truncated gzip file (" + e.getMessage() + ")";
        }
        return e.toString();
    }

    static ArticleDraft draft(byte[] bytes, String origin, Instant savedAt) throws InputException {
        String text = TextDecoder.decodeSlice(bytes, 0, bytes.length);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException("invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InputException("the line is JSON but not an object");
        }
        String url = field(node, "url");
        String html = field(node, "html");
        String body = field(node, "text");
        if (body == null && html == null) {
            throw new InputException("missing field 'text' (or 'html')");
        }
        ArticleDraft draft;
        if (body == null) {
            draft = HtmlDrafts.draft(bytesOf(html), "UTF-8", url, origin, InputFormat.JSONL, savedAt,
                    HtmlDrafts.Fallback.NONE);
        } else {
            draft = ArticleDraft.of(origin, InputFormat.JSONL, null, blocks(body), savedAt)
                    .withUrl(url, null);
        }
        String title = field(node, "title");
        if (title == null && draft.title() == null) {
            throw new InputException("missing field 'title'");
        }
        if (title != null) {
            draft = draft.withTitle(title);
        }
        String source = field(node, "source");
        if (source != null) {
            draft = draft.withSource(source);
        }
        Optional<Instant> published = publishedAt(node);
        if (published.isPresent()) {
            draft = draft.withPublished(published.get(), TimeSource.INPUT_FIELD);
        }
        return draft.withLanguage(field(node, "language"));
    }

    private static List<TextBlock> blocks(String body) {
        boolean markup = body.indexOf('<') >= 0 && MARKUP.matcher(body).find();
        return markup ? HtmlPage.fragmentBlocks(body) : PlainTextBlocks.split(body);
    }

    private static Optional<Instant> publishedAt(JsonNode node) throws InputException {
        for (String name : Arrays.asList("published_at", "publishedAt", "published")) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isIntegralNumber()) {
                long number = value.asLong();
                return Optional.of(number > 100_000_000_000L ? Instant.ofEpochMilli(number)
                        : Instant.ofEpochSecond(number));
            }
            Optional<Instant> instant = value.isTextual() ? Timestamps.parse(value.asText()) : Optional.empty();
            if (instant.isEmpty()) {
                throw new InputException(name + " " + value + " is not an ISO-8601 date-time "
                        + "(e.g. 2024-03-05T10:15:00Z)");
            }
            return instant;
        }
        return Optional.empty();
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static byte[] bytesOf(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
