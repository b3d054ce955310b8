package dev.dyadwatch.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * JSON Lines exports, one article per line: {@code title} and {@code text} (or {@code body} or {@code content}, or a
 * page's {@code html}), optional {@code url}, {@code source}, {@code published_at} (or {@code publishedAt} or
 * {@code published}; ISO-8601, or epoch seconds or milliseconds) and {@code language}. Other fields are ignored.
 * Lines are read as a stream, so a file of any size is fine; each line is parsed on a worker. A bad line fails
 * alone, naming its number: the others still go. Arrays and pretty-printed objects go to {@link JsonDocumentReader}
 * instead (see {@link JsonShape}).
 */
final class JsonLinesReader {

    /** A longer line is refused (and skipped to its end) rather than held in memory. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** The article's text, under the name exports most often give it; the first present is taken. */
    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");

    private static final JsonFactory JSON = new JsonFactory();
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

    static String describe(String origin, IOException e) {
        if (e instanceof java.io.EOFException && origin.endsWith(".gz")) {
            return "truncated gzip file (" + e.getMessage() + ")";
        }
        return e.toString();
    }

    /** One article object (a line, or an element of a {@link JsonDocumentReader} file) as a draft. */
    static ArticleDraft draft(byte[] bytes, String origin, Instant savedAt) throws InputException {
        String text = TextDecoder.decodeSlice(bytes, 0, bytes.length);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Object> fields = fields(text);
        String url = string(fields, "url");
        String html = string(fields, "html");
        String body = firstString(fields, TEXT_FIELDS);
        if (body == null && html == null) {
            throw new InputException("missing field 'text' (or 'body', 'content', 'html')");
        }
        ArticleDraft draft;
        if (body == null) {
            draft = HtmlDrafts.draft(html.getBytes(StandardCharsets.UTF_8), "UTF-8", url, origin, InputFormat.JSONL,
                    savedAt, HtmlDrafts.Fallback.NONE);
        } else {
            draft = ArticleDraft.of(origin, InputFormat.JSONL, null, blocks(body), savedAt).withUrl(url, null);
        }
        String title = string(fields, "title");
        if (title == null && draft.title() == null) {
            throw new InputException("missing field 'title'");
        }
        if (title != null) {
            draft = draft.withTitle(title);
        }
        String source = string(fields, "source");
        if (source != null) {
            draft = draft.withSource(source);
        }
        Optional<Instant> published = publishedAt(fields);
        if (published.isPresent()) {
            draft = draft.withPublished(published.get(), TimeSource.INPUT_FIELD);
        }
        return draft.withLanguage(string(fields, "language"));
    }

    /**
     * The top-level fields of a JSON object: strings as strings, whole numbers as longs, other scalars as their
     * text; nested objects and arrays are skipped (streaming, so an article costs no tree of nodes).
     */
    private static Map<String, Object> fields(String line) throws InputException {
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException("the line is JSON but not an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_NUMBER_INT) {
                    fields.put(name, parser.getLongValue());
                } else if (value != JsonToken.VALUE_NULL) {
                    fields.put(name, parser.getText());
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new InputException("invalid JSON: the object is not closed");
            }
            if (parser.nextToken() != null) {
                throw new InputException("invalid JSON: more after the object ends");
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new InputException("invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot read the line: " + e.getMessage(), e);
        }
    }

    private static List<TextBlock> blocks(String body) {
        boolean markup = body.indexOf('<') >= 0 && MARKUP.matcher(body).find();
        return markup ? HtmlPage.fragmentBlocks(body) : PlainTextBlocks.split(body);
    }

    private static Optional<Instant> publishedAt(Map<String, Object> fields) throws InputException {
        for (String name : List.of("published_at", "publishedAt", "published")) {
            Object value = fields.get(name);
            if (value == null) {
                continue;
            }
            if (value instanceof Long number) {
                return Optional.of(number > 100_000_000_000L ? Instant.ofEpochMilli(number)
                        : Instant.ofEpochSecond(number));
            }
            Optional<Instant> instant = Timestamps.parse(value.toString());
            if (instant.isEmpty()) {
                throw new InputException(name + " \"" + value + "\" is not an ISO-8601 date-time "
                        + "(e.g. 2024-03-05T10:15:00Z)");
            }
            return instant;
        }
        return Optional.empty();
    }

    private static String firstString(Map<String, Object> fields, List<String> names) {
        for (String name : names) {
            String value = string(fields, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String string(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}
