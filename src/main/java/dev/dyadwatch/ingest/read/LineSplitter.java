package dev.dyadwatch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines without decoding it, so each line's encoding can be checked on its own. */
final class LineSplitter {

    /**
     * One line without its line break.
     *
     * @param bytes the line (only its first bytes when too long)
     * @param tooLong whether the line was longer than the limit
     */
    record Line(byte[] bytes, boolean tooLong) {
        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[65_536];
    private int position;
    private int limit;

    LineSplitter(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(Arrays.copyOf(line, length), tooLong) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (!tooLong) {
                if (length + chunk > maxBytes) {
                    tooLong = true;
                    chunk = maxBytes - length;
                }
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                }
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
            }
            if (position < limit) {
                position++;
                int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                return new Line(Arrays.copyOf(line, end), tooLong);
            }
        }
    }
}
