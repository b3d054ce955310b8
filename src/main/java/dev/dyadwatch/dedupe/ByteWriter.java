package dev.dyadwatch.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Appends the compact binary encoding of dedupe's internal records and state: fixed-width numbers, varints. */
final class ByteWriter {

    private byte[] bytes;
    private int size;

    ByteWriter(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    ByteWriter writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    ByteWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    ByteWriter writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    ByteWriter writeDouble(double value) {
        return writeLong(Double.doubleToLongBits(value));
    }

    /** An unsigned varint (7 bits a byte). */
    ByteWriter writeVarint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("varints are unsigned, got " + value);
        }
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        return writeByte(rest);
    }

    /** A length-prefixed UTF-8 string; null is written as length 0 preceded by a null marker. */
    ByteWriter writeString(String value) {
        if (value == null) {
            return writeByte(0);
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeByte(1).writeVarint(utf8.length);
        return writeRaw(utf8);
    }

    ByteWriter writeBytes(byte[] value) {
        writeVarint(value.length);
        return writeRaw(value);
    }

    ByteWriter writeRaw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
