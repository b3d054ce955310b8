package dev.dyadwatch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * How a JSON input lays out its articles, decided from its first non-blank line: {@link #LINES} unless the input
 * clearly is something else, so that JSON Lines, even with a broken first line, keeps its per-line reading.
 */
enum JsonShape {
    /** One object per line (JSON Lines). */
    LINES,
    /**
     * One array whose elements are the articles: the first non-blank character is {@code [}, unless that array
     * closes on the first line and more lines follow (JSON Lines whose lines are arrays, each of them an error).
     */
    ARRAY,
    /**
     * Objects spread over several lines, one after another: the first non-blank line opens an object that it does
     * not close, ends outside a string, and the next non-blank line goes on with a field name or the closing brace.
     */
    OBJECTS;

    /**
     * The first bytes of an input and the shape they show.
     *
     * @param bytes everything read so far, to be read again before the rest of the stream
     * @param shape the shape
     */
    record Head(byte[] bytes, JsonShape shape) {
    }

    /** Bytes a shape needs at most: the first line (within the JSON Lines limit) and a look at the next one. */
    private static final int MAX_HEAD_BYTES = JsonLinesReader.MAX_LINE_BYTES + 65_536;

    /**
     * Reads as much of {@code in} as the decision needs: the first non-blank line and the first character of the
     * next, or {@link #MAX_HEAD_BYTES} at most. The buffer doubles, so a long first line is scanned a few times
     * at most.
     */
    static Head read(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int length = 0;
        while (true) {
            int read = in.readNBytes(buffer, length, buffer.length - length);
            length += read;
            boolean complete = length < buffer.length || length >= MAX_HEAD_BYTES;
            JsonShape shape = of(buffer, length, complete);
            if (shape != null) {
                return new Head(Arrays.copyOf(buffer, length), shape);
            }
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_HEAD_BYTES));
        }
    }

    /**
     * The shape of the first {@code length} bytes, or null when more are needed to say.
     *
     * @param complete whether these are all the bytes there are to look at
     */
    static JsonShape of(byte[] bytes, int length, boolean complete) {
        int at = skipBlank(bytes, startAfterBom(bytes, length), length);
        if (at == length) {
            return complete ? LINES : null;
        }
        boolean array = bytes[at] == '[';
        if (!array && bytes[at] != '{') {
            return LINES;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = at; i < length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                } else if (b == '\n') {
                    return array ? ARRAY : LINES;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    return array ? arrayOrLines(bytes, i + 1, length, complete) : LINES;
                }
            } else if (b == '\n') {
                return array ? ARRAY : continuesObject(bytes, i + 1, length, complete);
            }
        }
        return complete ? (array ? ARRAY : LINES) : null;
    }

    /** After an array that closes on the first line: more lines make it JSON Lines (of values that are not objects). */
    private static JsonShape arrayOrLines(byte[] bytes, int from, int length, boolean complete) {
        int newline = from;
        while (newline < length && bytes[newline] != '\n') {
            newline++;
        }
        int next = skipBlank(bytes, newline, length);
        if (next == length) {
            return complete ? ARRAY : null;
        }
        return LINES;
    }

    private static JsonShape continuesObject(byte[] bytes, int from, int length, boolean complete) {
        int next = skipBlank(bytes, from, length);
        if (next == length) {
            return complete ? LINES : null;
        }
        return bytes[next] == '"' || bytes[next] == '}' ? OBJECTS : LINES;
    }

    private static int startAfterBom(byte[] bytes, int length) {
        boolean bom = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        return bom ? 3 : 0;
    }

    private static int skipBlank(byte[] bytes, int from, int length) {
        int at = from;
        while (at < length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
            at++;
        }
        return at;
    }
}
