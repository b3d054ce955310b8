package dev.dyadwatch.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * One value of a streamed JSON document, copied out as compact JSON bytes so that it can be parsed again on a
 * worker and kept for its dead letter. A value whose copy outgrows the limit is skipped to its end without being
 * held: only its first bytes are kept.
 *
 * @param bytes the copy, or its first bytes when too long
 * @param tooLong whether the copy outgrew the limit
 */
record ElementCopy(byte[] bytes, boolean tooLong) {

    /** How much of a too-long value is kept for its dead letter. */
    private static final int KEPT_OF_TOO_LONG = 64 * 1024;

    /**
     * Copies the value starting at the parser's current token and leaves the parser on its last token.
     *
     * @throws IOException when the parser fails (a syntax error, or the input ends)
     */
    static ElementCopy of(JsonParser parser, JsonFactory factory, int maxBytes) throws IOException {
        int depth = parser.getParsingContext().getNestingDepth();
        boolean container = parser.currentToken().isStructStart();
        LimitedBuffer out = new LimitedBuffer(maxBytes);
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        } catch (TooLong e) {
            // Mid-value: read on to its end, discarding, so the next element starts where it should.
            int end = container ? depth - 1 : depth;
            while (parser.getParsingContext().getNestingDepth() > end) {
                if (parser.nextToken() == null) {
                    throw new java.io.EOFException("input ends inside a value longer than " + maxBytes + " bytes");
                }
            }
            return new ElementCopy(out.head(KEPT_OF_TOO_LONG), true);
        }
        return new ElementCopy(out.toByteArray(), false);
    }

    /** Signals that a copy outgrew its limit; thrown once, through the generator. */
    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("value too long", null);
        }
    }

    /** A byte buffer that refuses to grow past its limit and, once refused, drops whatever else is written. */
    private static final class LimitedBuffer extends OutputStream {
        private final int limit;
        private byte[] buffer = new byte[1024];
        private int count;
        private boolean over;

        LimitedBuffer(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws TooLong {
            if (over) {
                return;
            }
            if (count + length > limit) {
                over = true;
                throw new TooLong();
            }
            if (count + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + length));
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        @Override
        public void write(int b) throws TooLong {
            write(new byte[] {(byte) b}, 0, 1);
        }

        byte[] head(int length) {
            return Arrays.copyOf(buffer, Math.min(count, length));
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, count);
        }
    }
}
