package dev.dyadwatch.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.dyadwatch.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * JSON files that are not one article per line: an array of article objects ({@code [{"title": ..., "text": ...},
 * ...]}, compact or pretty-printed) or pretty-printed objects one after another. Each element is one article with
 * the fields of {@link JsonLinesReader}, named {@code file:element N} (or {@code file:object N}), 1-based. The file
 * is parsed as a stream, element by element, so its size does not matter; each element is copied out as compact
 * JSON (its dead letter holds that copy) and turned into an article on a worker.
 *
 * <p>An element that is not an object, or whose copy is larger than {@link JsonLinesReader#MAX_LINE_BYTES}, fails
 * alone and the next ones are read. A syntax error, or a single string value longer than {@link #MAX_STRING_CHARS}
 * characters, leaves the parser no sure place to go on from, so it fails the rest of the file with one error naming
 * the element (and the line and column when known); the elements before it are read. The file must be UTF-8 (or
 * UTF-16/32, which Jackson detects); JSON Lines is the way for Windows-1252 exports.
 */
final class JsonDocumentReader {

    /** The longest string value parsed; a longer one stops the file rather than being held in memory. */
    static final int MAX_STRING_CHARS = 20_000_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build();

    private JsonDocumentReader() {
    }

    /** Reads every element of {@code in}, an {@link JsonShape#ARRAY} or {@link JsonShape#OBJECTS} input. */
    static void read(InputStream in, JsonShape shape, String origin, Instant savedAt, ReadContext context) {
        boolean array = shape == JsonShape.ARRAY;
        String unit = array ? "element" : "object";
        long number = 0;
        boolean inside = false;
        try (JsonParser parser = JSON.createParser(in)) {
            if (array && parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InputException("the file starts with '[' but is not a JSON array");
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return;
                }
                if (array && token == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        fail(context, origin, "more after the array closes at " + where(parser.currentLocation())
                                + "; not read");
                    }
                    return;
                }
                number++;
                inside = true;
                String elementOrigin = origin + ":" + unit + " " + number;
                ElementCopy copy = ElementCopy.of(parser, JSON, JsonLinesReader.MAX_LINE_BYTES);
                inside = false;
                if (copy.tooLong()) {
                    context.emitter().failure(elementOrigin, new InputException(unit + " longer than "
                            + JsonLinesReader.MAX_LINE_BYTES + " bytes; skipped"), copy.bytes());
                } else if (token != JsonToken.START_OBJECT) {
                    context.emitter().failure(elementOrigin, new InputException("the " + unit + " is JSON but not "
                            + "an object (" + kind(token) + ")"), copy.bytes());
                } else {
                    byte[] bytes = copy.bytes();
                    context.emitter().article(elementOrigin, bytes, () -> JsonLinesReader.draft(bytes, elementOrigin,
                            savedAt));
                }
            }
        } catch (JsonEOFException e) {
            if (array && !inside) {
                fail(context, origin, "input ends before the array closes, after element " + number + " (at "
                        + where(e.getLocation()) + ")");
            } else {
                fail(context, origin + ":" + unit + " " + number, "input ends in the middle of " + unit + " "
                        + number + " (at " + where(e.getLocation()) + "): " + e.getOriginalMessage());
            }
        } catch (StreamConstraintsException e) {
            // The parser stops mid-string, with no way to skip the rest of it.
            long at = inside ? number : number + 1;
            fail(context, origin + ":" + unit + " " + at, "a value beyond the parser's limits: "
                    + e.getOriginalMessage() + "; the rest of the file is not read");
        } catch (JsonProcessingException e) {
            long at = inside ? number : number + 1;
            fail(context, origin + ":" + unit + " " + at, "invalid JSON at " + where(e.getLocation()) + ": "
                    + e.getOriginalMessage() + "; the rest of the file is not read");
        } catch (InputException e) {
            context.emitter().failure(origin, e, null);
        } catch (IOException e) {
            long at = inside ? number : number + 1;
            fail(context, origin + ":" + unit + " " + at, "input ends in the middle of " + unit + " " + at + ": "
                    + JsonLinesReader.describe(origin, e));
        }
    }

    private static void fail(ReadContext context, String origin, String reason) {
        context.emitter().failure(origin, new InputException(reason), null);
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown place" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr();
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }
}
