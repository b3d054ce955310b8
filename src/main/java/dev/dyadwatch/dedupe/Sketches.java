package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.similarity.Sketch;

/** The binary form of a {@link Sketch} inside dedupe state and messages: shingle count, numbers, bins. */
final class Sketches {

    private Sketches() {
    }

    static void write(Sketch sketch, ByteWriter out) {
        out.writeVarint(sketch.shingles()).writeVarint(sketch.numbers().length);
        for (int number : sketch.numbers()) {
            out.writeByte(number >>> 24).writeByte(number >>> 16).writeByte(number >>> 8).writeByte(number);
        }
        out.writeBytes(sketch.bins());
    }

    static Sketch read(ByteReader in) {
        int shingles = in.readVarint();
        int count = in.readVarint();
        if (count > Sketch.MAX_NUMBERS) {
            throw in.corrupt(count + " numbers in a sketch");
        }
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = in.readByte() << 24 | in.readByte() << 16 | in.readByte() << 8 | in.readByte();
        }
        return new Sketch(in.readBytes(), shingles, numbers);
    }
}
