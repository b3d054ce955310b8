package dev.dyadwatch.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;

/** Reads what {@link ByteWriter} wrote; truncated or malformed input raises a {@link SerializationException}. */
final class ByteReader {

    private final byte[] bytes;
    private final String what;
    private int position;

    ByteReader(byte[] bytes, String what) {
        this.bytes = bytes;
        this.what = what;
    }

    int readByte() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    boolean readBoolean() {
        return readByte() != 0;
    }

    long readLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    int readVarint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw corrupt("negative length");
                }
                return value;
            }
        }
        throw corrupt("varint longer than 5 bytes");
    }

    String readString() {
        if (readByte() == 0) {
            return null;
        }
        int length = readVarint();
        need(length);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    byte[] readBytes() {
        int length = readVarint();
        need(length);
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    /** True when every byte was read: what follows is optional and absent (an older writer). */
    boolean atEnd() {
        return position == bytes.length;
    }

    /** Fails unless every byte was read. */
    void end() {
        if (position != bytes.length) {
            throw corrupt((bytes.length - position) + " trailing bytes");
        }
    }

    SerializationException corrupt(String why) {
        return new SerializationException("corrupt " + what + " (" + bytes.length + " bytes): " + why);
    }

    private void need(int count) {
        if (count > bytes.length - position) {
            throw corrupt("truncated at byte " + position);
        }
    }
}
